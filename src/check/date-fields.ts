// The date fields of an article's front matter, read the same way for every date rule.
import type { Position } from '../model.js';
import { parseDate, type DateParse } from '../text/dates.js';
import type { RuleContext } from './rule.js';
import { findField, type FieldLine } from './frontmatter-lines.js';
import { FILE_START, valuePosition } from './locate.js';

/** Front matter fields that hold dates: what ingest reads, plus common "updated" names. */
export const DATE_FIELDS: readonly string[] = ['date', 'published', 'datePublished', 'updated', 'dateModified', 'lastmod'];

export type DateStyle = 'date' | 'datetime' | 'written';
export const DATE_STYLES: readonly DateStyle[] = ['date', 'datetime', 'written'];

export interface DateValue {
  name: string;
  /** The value as parsed by YAML (CORE_SCHEMA keeps dates as strings). */
  value: unknown;
  /** The string form, or null when the value is not text at all. */
  text: string | null;
  parsed: DateParse;
  style: DateStyle | null;
  field: FieldLine | null;
  position: Position;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]/;

/** Each present, non-empty date field with its parse and position. */
export function dateValues(context: RuleContext, names: readonly string[]): DateValue[] {
  const data = context.article.frontMatter;
  const values: DateValue[] = [];
  for (const name of names) {
    if (!Object.hasOwn(data, name)) continue;
    const value = data[name];
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    const text = typeof value === 'string' ? value.trim() : null;
    const field = findField(context.frontMatter, [name]);
    const parsed: DateParse = text === null ? { ok: false, reason: 'format' } : parseDate(text);
    values.push({ name, value, text, parsed, style: text === null ? null : styleOf(text), field, position: field ? valuePosition(field) : FILE_START });
  }
  return values;
}

function styleOf(text: string): DateStyle {
  if (DATE_ONLY.test(text)) return 'date';
  if (DATE_TIME.test(text)) return 'datetime';
  return 'written';
}
