import { fileRule, type Edit, type RuleContext, type RuleFinding } from '../rule.js';
import { isBoilerplate } from '../../ingest/layout.js';

/** Web-page furniture that survives a copy and paste into an article, found anywhere in a paragraph. */
const INLINE_PHRASES: readonly RegExp[] = [
  /\bclick here\b/i,
  /\bsign[\s-]?up (?:for|to) (?:our|the)\b[^.!?\n]{0,40}\bnewsletters?\b/i,
  /\bsubscribe (?:to|for) our\b/i,
  /\bstory continues below\b/i,
  /\bcontinue reading\b/i,
  /\b(?:share|tweet) this (?:article|story)\b/i,
  /^advertisement$/i,
];

/** No leftover boilerplate: a trailer after the story (fixable: --fix trims it) or web furniture inside it. */
export const bodyBoilerplate = fileRule({
  id: 'body/boilerplate',
  description: 'no leftover boilerplate ("Sign-up for our newsletter", "Click here"); --fix trims it from the end of the article',
  defaultSeverity: 'error',
  defaultOptions: { phrases: [] as readonly string[] },
  optionSpecs: { phrases: { kind: 'strings' } },
  fixable: true,
  check: (context, options) => {
    const findings: RuleFinding[] = [];
    const trailer = context.article.trailer;
    if (trailer) {
      const shown = trailer.text.replace(/\s+/g, ' ').slice(0, 60);
      findings.push({ line: trailer.line, column: trailer.column, message: `trailing boilerplate "${shown}"`, fix: trimTrailer(context, trailer.start, trailer.end) });
    }
    const extra = options.phrases.map((phrase) => phrase.toLowerCase()).filter(Boolean);
    for (const paragraph of context.article.paragraphs) {
      const text = context.masked.slice(paragraph.start, paragraph.end);
      const at = boilerplateIn(text, extra);
      if (at === null) continue;
      findings.push({ ...context.lines.position(paragraph.start + at.index), message: `leftover boilerplate "${at.text}"` });
    }
    return findings;
  },
});

function boilerplateIn(text: string, extra: readonly string[]): { index: number; text: string } | null {
  if (isBoilerplate(text)) return { index: 0, text: text.replace(/\s+/g, ' ').trim().slice(0, 60) };
  for (const pattern of INLINE_PHRASES) {
    const match = pattern.exec(text);
    if (match) return { index: match.index, text: match[0] };
  }
  const lower = text.toLowerCase();
  for (const phrase of extra) {
    const index = lower.indexOf(phrase);
    if (index !== -1) return { index, text: text.slice(index, index + phrase.length) };
  }
  return null;
}

/** Removes the trailer and the blank lines before it; what follows it (only white space) stays. */
function trimTrailer(context: RuleContext, start: number, end: number): Edit[] {
  let from = start;
  while (from > 0 && /\s/.test(context.article.text[from - 1] ?? '')) from--;
  return [{ start: from, end, text: '' }];
}
