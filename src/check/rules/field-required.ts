import { fileRule, type RuleFinding } from '../rule.js';
import { findField, type FrontMatterLines } from '../frontmatter-lines.js';
import { FILE_START, frontMatterReadable, valuePosition } from '../locate.js';

/** Each entry is a field name, or alternatives joined by `|` ("title|headline": either will do). */
export const DEFAULT_REQUIRED_FIELDS: readonly string[] = ['title|headline', 'date|published|datePublished'];

/** Markdown articles must have these front matter fields, not empty. */
export const fieldRequired = fileRule({
  id: 'field/required',
  description: 'required front matter fields are present and not empty (default: title, date)',
  defaultSeverity: 'error',
  defaultOptions: { fields: DEFAULT_REQUIRED_FIELDS },
  optionSpecs: { fields: { kind: 'strings' } },
  fixable: false,
  check: (context, options) => {
    if (context.article.format !== 'markdown' || !frontMatterReadable(context)) return [];
    const findings: RuleFinding[] = [];
    for (const entry of options.fields) {
      const names = entry.split('|').map((name) => name.trim()).filter(Boolean);
      const present = names.filter((name) => Object.hasOwn(context.article.frontMatter, name));
      if (present.length === 0) {
        const where = context.frontMatter.present ? '' : ' (the file has no front matter)';
        findings.push({ ...FILE_START, message: `required field "${names[0] ?? entry}" is missing${where}` });
      } else if (present.every((name) => isEmpty(context.article.frontMatter[name]))) {
        findings.push({ ...emptyPosition(context.frontMatter, present), message: `required field "${present[0]}" is empty` });
      }
    }
    return findings;
  },
});

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

function emptyPosition(front: FrontMatterLines, names: readonly string[]): { line: number; column: number } {
  const field = findField(front, names);
  return field ? valuePosition(field) : FILE_START;
}
