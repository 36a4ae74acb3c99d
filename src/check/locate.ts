// Where things are written in the file: front matter values, the headline, the body's H1.
import type { Position } from '../model.js';
import type { RuleContext } from './rule.js';
import { findField, rawLines, type FieldLine } from './frontmatter-lines.js';

/** Front matter fields that hold the headline, in the order ingest reads them. */
export const TITLE_FIELDS = ['title', 'headline'] as const;

const ATX_H1 = /^ {0,3}#[^\S\r\n]+(.*?)(?:[^\S\r\n]+#+)?[^\S\r\n]*$/;

export interface Located extends Position {
  text: string;
  start: number;
}

/** Where a field's value starts, or the field's line when the value is on later lines. */
export function valuePosition(field: FieldLine): Position {
  return { line: field.valueLine, column: field.valueColumn };
}

/** Where findings about the file or the front matter as a whole are reported. */
export const FILE_START: Position = { line: 1, column: 1 };

/** The headline as written: the title field's value, the body's H1, or the plain-text first line. */
export function headlinePosition(context: RuleContext): Position | null {
  const { article } = context;
  if (article.headlineFrom === 'front-matter') {
    const field = findField(context.frontMatter, TITLE_FIELDS);
    return field ? valuePosition(field) : { line: 1, column: 1 };
  }
  if (article.headlineFrom === 'heading') {
    const heading = firstHeading(context);
    return heading ? { line: heading.line, column: heading.column } : null;
  }
  if (article.headlineFrom === 'first-line') {
    const first = firstTextLine(context);
    return first ? { line: first.line, column: first.column } : null;
  }
  return null;
}

/** Column of `needle` inside the headline as written, when it is on one line; else the headline's start. */
export function positionInHeadline(context: RuleContext, needle: string): Position | null {
  const at = headlinePosition(context);
  if (!at) return null;
  const lineStart = context.lines.lineStart(at.line);
  const lineEnd = context.article.text.slice(lineStart).search(/\r|\n|$/);
  const index = context.article.text.slice(lineStart + at.column - 1, lineStart + lineEnd).indexOf(needle);
  return index === -1 ? at : { line: at.line, column: at.column + index };
}

/** The first ATX H1 (`# Title`) in the body, outside code. */
export function firstHeading(context: RuleContext): Located | null {
  for (const raw of rawLines(context.masked, context.frontMatter.end, context.masked.length, context.lines.position(context.frontMatter.end).line)) {
    const match = ATX_H1.exec(raw.text);
    if (!match) continue;
    const text = match[1] ?? '';
    const column = raw.text.indexOf(text, raw.text.indexOf('#') + 1) + 1;
    return { text: context.article.text.slice(raw.start + column - 1, raw.start + column - 1 + text.length), line: raw.line, column, start: raw.start + column - 1 };
  }
  return null;
}

/** The first non-blank line after the front matter. */
export function firstTextLine(context: RuleContext): Located | null {
  const from = context.frontMatter.end;
  const match = /\S/.exec(context.article.text.slice(from));
  if (!match) return null;
  const start = from + match.index;
  const end = context.article.text.slice(start).search(/\r|\n|$/);
  return { text: context.article.text.slice(start, start + end), start, ...context.lines.position(start) };
}

/**
 * False when the front matter could not be read (syntax error, refused language, wrong shape): then
 * `frontmatter/*` has said so, and the field rules stay quiet rather than report every field missing.
 */
export function frontMatterReadable(context: RuleContext): boolean {
  return !context.article.problems.some((problem) =>
    problem.code === 'YAML' || problem.code === 'UNSAFE_FRONT_MATTER' || (problem.code === 'FRONT_MATTER_SHAPE' && problem.line !== null));
}
