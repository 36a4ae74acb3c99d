import { fileRule, type RuleFinding } from '../rule.js';
import { findField } from '../frontmatter-lines.js';
import { FILE_START, valuePosition } from '../locate.js';

export const FIELD_TYPES = ['string', 'list', 'string-or-list', 'url', 'boolean', 'number'] as const;
type FieldType = (typeof FIELD_TYPES)[number];

/** The types of the fields digest reads; a config can add or change entries. */
export const DEFAULT_FIELD_TYPES: Readonly<Record<string, FieldType>> = {
  title: 'string', headline: 'string', description: 'string', summary: 'string', slug: 'string',
  author: 'string-or-list', authors: 'string-or-list', byline: 'string-or-list', source: 'string', publisher: 'string',
  tags: 'list', keywords: 'list', categories: 'list',
  url: 'url', link: 'url', canonical: 'url',
  draft: 'boolean',
};

const TYPE_NAMES: Record<FieldType, string> = {
  string: 'a text value', list: 'a list', 'string-or-list': 'a text value or a list of them', url: 'an absolute http(s) URL',
  boolean: 'true or false', number: 'a number',
};

/** Front matter fields hold the kind of value readers of the site expect: tags a list, url a URL. */
export const fieldType = fileRule({
  id: 'field/type',
  description: 'front matter fields have the right type: tags a list of text, url an absolute http(s) URL, …',
  defaultSeverity: 'error',
  defaultOptions: { types: DEFAULT_FIELD_TYPES as Readonly<Record<string, string>> },
  optionSpecs: { types: { kind: 'string-map', allowed: FIELD_TYPES } },
  fixable: false,
  check: (context, options) => {
    const findings: RuleFinding[] = [];
    const data = context.article.frontMatter;
    for (const [name, type] of Object.entries(options.types)) {
      if (!Object.hasOwn(data, name) || data[name] === null) continue;
      const problem = typeProblem(data[name], type as FieldType);
      if (problem === null) continue;
      const field = findField(context.frontMatter, [name]);
      findings.push({ ...(field ? valuePosition(field) : FILE_START), message: `field "${name}" ${problem}` });
    }
    return findings;
  },
});

/** What is wrong with the value, or null when it has the type. */
export function typeProblem(value: unknown, type: FieldType): string | null {
  const expected = `should be ${TYPE_NAMES[type]}`;
  switch (type) {
    case 'string': return isText(value) ? null : `${expected}, not ${describe(value)}`;
    case 'list': return Array.isArray(value) && value.every(isText) ? null : `${expected} of text values, not ${describe(value)}`;
    case 'string-or-list': return isText(value) || (Array.isArray(value) && value.every(isText)) ? null : `${expected}, not ${describe(value)}`;
    case 'url': return urlProblem(value);
    case 'boolean': return typeof value === 'boolean' ? null : `${expected}, not ${describe(value)}`;
    case 'number': return typeof value === 'number' ? null : `${expected}, not ${describe(value)}`;
  }
}

/** Numbers count as text: `title: 1984` is a fine headline. */
function isText(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number';
}

function urlProblem(value: unknown): string | null {
  if (typeof value !== 'string') return `should be an absolute http(s) URL, not ${describe(value)}`;
  if (/\s/.test(value.trim())) return `is not a valid URL (it contains white space): ${value.trim()}`;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return `is not a valid absolute URL: ${value.trim()}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `should be an http(s) URL, not ${url.protocol.replace(':', '')}:`;
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return `has no valid host name: ${value.trim()}`;
  return null;
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return value.every(isText) ? 'a list' : 'a list with nested values';
  if (typeof value === 'object') return 'a nested mapping';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}
