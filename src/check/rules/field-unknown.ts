import { fileRule, type RuleFinding } from '../rule.js';
import { closest } from '../edit-distance.js';

/** Field names news sites commonly use (Jekyll, Hugo, Astro, schema.org NewsArticle). */
export const KNOWN_FIELDS: readonly string[] = [
  'title', 'headline', 'subtitle', 'description', 'summary', 'excerpt', 'date', 'published', 'datePublished',
  'updated', 'dateModified', 'lastmod', 'author', 'authors', 'byline', 'source', 'publication', 'publisher',
  'outlet', 'url', 'link', 'canonical', 'slug', 'permalink', 'tags', 'keywords', 'category', 'categories',
  'section', 'image', 'caption', 'credit', 'draft', 'layout', 'lang', 'language', 'location', 'dateline',
];

/** Names this short only count as a typo with one edit: two edits turn "date" into "data" and "tags" into "page". */
const SHORT_NAME = 5;
const EDITS_FOR_SHORT_NAMES = 1;
const EDITS_FOR_LONG_NAMES = 2;

/** A field that is not a known one but is one or two keystrokes from one is almost surely a typo. */
export const fieldUnknown = fileRule({
  id: 'field/unknown',
  description: 'no unknown front matter field that looks like a typo of a known one ("titel", "dte")',
  defaultSeverity: 'warn',
  defaultOptions: { extra: [] as readonly string[] },
  optionSpecs: { extra: { kind: 'strings' } },
  fixable: false,
  check: (context, options) => {
    const known = [...KNOWN_FIELDS, ...options.extra];
    const knownSet = new Set(known);
    const findings: RuleFinding[] = [];
    for (const field of context.frontMatter.fields) {
      if (knownSet.has(field.key)) continue;
      const guess = typoOf(field.key, known);
      if (guess) findings.push({ line: field.line, column: field.column, message: `unknown field "${field.key}" — did you mean "${guess}"?` });
    }
    return findings;
  },
});

function typoOf(name: string, known: readonly string[]): string | null {
  const lowerKnown = known.map((candidate) => candidate.toLowerCase());
  const lower = name.toLowerCase();
  const limit = lower.length < SHORT_NAME ? EDITS_FOR_SHORT_NAMES : EDITS_FOR_LONG_NAMES;
  const guess = closest(lower, lowerKnown, limit);
  return guess === null ? null : known[lowerKnown.indexOf(guess)] ?? null;
}
