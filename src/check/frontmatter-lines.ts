// The front matter as raw lines: where each top-level field and each comment is written.
// YAML parsers drop comments and positions, so rules that point at a field, and the
// `# digest-disable-…` comments, need this scan of the file's own lines.

export interface RawLine {
  /** 1-based line number. */
  line: number;
  /** Offset of the line's first character in the text. */
  start: number;
  /** The line without its line ending. */
  text: string;
}

export interface FieldLine {
  key: string;
  line: number;
  /** 1-based column of the key. */
  column: number;
  /** Offset, line and column where the value starts (after `key:` and spaces). */
  valueStart: number;
  valueLine: number;
  valueColumn: number;
  /** The rest of the line after `key:`, trimmed: the value as written when it is a one-line scalar. */
  valueText: string;
}

export interface FrontMatterLines {
  present: boolean;
  /** Line of the closing `---`, or null when it is never closed. */
  closeLine: number | null;
  /** Offset just after the front matter (after the closing line), or 0 when there is none. */
  end: number;
  /** Top-level fields in order of appearance (a repeated key appears twice). */
  fields: FieldLine[];
  /** Lines inside the front matter whose first non-blank character is `#`. */
  comments: RawLine[];
}

const OPENING = /^---[^\S\r\n]*[A-Za-z]*[^\S\r\n]*$/;
const CLOSING = /^---[^\S\r\n]*$/;
/** A top-level `key:` — plain, or in single or double quotes — followed by a space or the line end. */
const TOP_LEVEL_KEY = /^(?:"([^"]+)"|'([^']+)'|([^\s#:'"\-?[{][^:#]*?|-[^\s:#][^:#]*?))[^\S\r\n]*:(?=[^\S\r\n]|$)[^\S\r\n]*/;

const NONE: FrontMatterLines = { present: false, closeLine: null, end: 0, fields: [], comments: [] };

/** Splits text[from, to) into lines; CRLF, LF and lone CR each end a line. */
export function rawLines(text: string, from = 0, to = text.length, firstLine = 1): RawLine[] {
  const lines: RawLine[] = [];
  const ending = /\r\n|\r|\n/g;
  ending.lastIndex = from;
  let start = from;
  let line = firstLine;
  for (let match = ending.exec(text); match !== null && match.index < to; match = ending.exec(text)) {
    lines.push({ line: line++, start, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  if (start < to || lines.length === 0) lines.push({ line, start, text: text.slice(start, to) });
  return lines;
}

/** Reads the raw front matter lines of a Markdown article. */
export function scanFrontMatter(text: string): FrontMatterLines {
  if (!text.startsWith('---')) return NONE;
  const firstEnd = text.search(/\r\n|\r|\n/);
  if (firstEnd === -1 || !OPENING.test(text.slice(0, firstEnd))) return NONE;
  const fields: FieldLine[] = [];
  const comments: RawLine[] = [];
  for (const raw of rawLines(text)) {
    if (raw.line === 1) continue;
    if (CLOSING.test(raw.text)) {
      const after = raw.start + raw.text.length;
      const end = text.startsWith('\r\n', after) ? after + 2 : after + (after < text.length ? 1 : 0);
      return { present: true, closeLine: raw.line, end, fields, comments };
    }
    readLine(raw, fields, comments);
  }
  return { present: true, closeLine: null, end: text.length, fields, comments };
}

function readLine(raw: RawLine, fields: FieldLine[], comments: RawLine[]): void {
  if (/^\s*#/.test(raw.text)) {
    comments.push(raw);
    return;
  }
  const match = TOP_LEVEL_KEY.exec(raw.text);
  if (!match) return;
  const key = (match[1] ?? match[2] ?? match[3] ?? '').trim();
  const valueOffset = match[0].length;
  fields.push({
    key,
    line: raw.line,
    column: 1,
    valueStart: raw.start + valueOffset,
    valueLine: raw.line,
    valueColumn: valueOffset + 1,
    valueText: stripComment(raw.text.slice(valueOffset)).trim(),
  });
}

/** A `#` after white space starts a YAML comment, unless it is inside quotes. */
function stripComment(value: string): string {
  if (/^["']/.test(value)) return value;
  const hash = value.search(/\s#/);
  return hash === -1 ? value : value.slice(0, hash);
}

/** The first field with one of these names, in the order given. */
export function findField(front: FrontMatterLines, names: readonly string[]): FieldLine | null {
  for (const name of names) {
    const field = front.fields.find((f) => f.key === name);
    if (field) return field;
  }
  return null;
}
