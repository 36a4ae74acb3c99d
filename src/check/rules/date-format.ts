import { fileRule, type Edit } from '../rule.js';
import { DATE_FIELDS, DATE_STYLES, dateValues, type DateValue } from '../date-fields.js';

const STYLE_NAMES: Record<string, string> = {
  date: 'YYYY-MM-DD', datetime: 'ISO date-time', written: 'written dates',
};

/** A weekday in a written date is information --fix would drop ("Monday, 5 May"): leave those to a person. */
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i;

/** Readable dates in a style the site does not use; `--fix` rewrites written dates as YYYY-MM-DD. */
export const dateFormat = fileRule({
  id: 'date/format',
  description: 'dates are written in an accepted style (default: YYYY-MM-DD or ISO date-time); --fix rewrites "5 May 2024" as 2024-05-05',
  defaultSeverity: 'warn',
  defaultOptions: { fields: DATE_FIELDS, formats: ['date', 'datetime'] as readonly string[] },
  optionSpecs: { fields: { kind: 'strings' }, formats: { kind: 'strings', allowed: DATE_STYLES } },
  fixable: true,
  check: (context, options) => dateValues(context, options.fields)
    .filter((date) => date.parsed.ok && date.style !== null && !options.formats.includes(date.style))
    .map((date) => {
      const accepted = options.formats.map((style) => STYLE_NAMES[style] ?? style).join(', ');
      // Unclosed front matter runs into the body: rewriting it there could change the story.
      const fix = context.frontMatter.closeLine === null ? null : isoFix(date);
      const iso = date.parsed.ok ? date.parsed.iso : '';
      return { ...date.position, message: `${date.name} "${date.text ?? ''}" is not in an accepted style (${accepted})${fix ? `: --fix writes ${iso}` : ''}`, ...(fix ? { fix } : {}) };
    }),
});

/** Replaces the value as written (quoted or not) by the ISO date, when that loses nothing. */
function isoFix(date: DateValue): Edit[] | null {
  if (!date.parsed.ok || date.style !== 'written' || date.field === null || date.text === null) return null;
  if (WEEKDAY.test(date.text)) return null;
  const written = date.field.valueText;
  const unquoted = /^(["'])(.*)\1$/.exec(written)?.[2] ?? written;
  if (unquoted.trim() !== date.text) return null;
  return [{ start: date.field.valueStart, end: date.field.valueStart + written.length, text: date.parsed.iso }];
}
