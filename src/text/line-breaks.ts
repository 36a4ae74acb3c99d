// Line breaks inside one paragraph: a hard-wrapped paragraph breaks lines wherever the next word
// did not fit, a list or a headline-plus-text block breaks them on purpose. Only a break made on
// purpose can end a sentence that has no final punctuation.

import { isLineBreak, isSpace } from './chars.js';

/** Longest run of a line looked at for a list marker ("12. ", "- ", "(a) "). */
const MAX_MARKER_LENGTH = 6;
/**
 * Text is rarely hard-wrapped narrower than this. A paragraph's widest line underestimates its wrap
 * width when it has only two or three lines; below this width a short line followed by a word that
 * would have fitted is taken as broken on purpose (a headline or caption over its text).
 */
export const ASSUMED_MIN_WRAP_WIDTH = 60;
/** Longest first word measured when testing whether it would have fitted on the line before. */
const MAX_WORD_LENGTH = 40;

/** Bullet characters that open a list item when followed by a space. */
const BULLETS = new Set(['*', '+', '•', '‣', '◦', '▪', '▫', '●', '○', '■', '□', '·', '►', '➢', '✓', '✔']);
/** Dashes open list items too, but a hard-wrapped line can also start with a dash used as punctuation. */
const DASHES = new Set(['-', '–', '—']);
/** Numbered or lettered list items: "1. ", "2) ", "(a) ", "iv. ". */
const ENUMERATION_FIRST = /^[\d(a-z]$/;
const ENUMERATED_ITEM = /^(?:\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])[^\S\r\n]/;

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/** The length of the longest line of `text` (ignoring its indentation). */
export function wrapWidth(text: string): number {
  let widest = 0;
  let lineStart = 0;
  for (const match of text.matchAll(LINE_BREAK)) {
    widest = Math.max(widest, trimmedLength(text, lineStart, match.index));
    lineStart = match.index + match[0].length;
  }
  return Math.max(widest, trimmedLength(text, lineStart, text.length));
}

function trimmedLength(text: string, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end - start;
}

/**
 * The list item marker starting at `index`: 'bullet' ("• ", "* ", "1. ", "(a) "), 'dash' ("- ", "— ",
 * which may also be a wrapped dash) or null.
 */
export function listMarkerAt(text: string, index: number): 'bullet' | 'dash' | null {
  const char = text[index] ?? '';
  const spaced = isSpace(text.charCodeAt(index + 1)) && !isLineBreak(text.charCodeAt(index + 1));
  if (spaced && BULLETS.has(char)) return 'bullet';
  if (spaced && DASHES.has(char)) return 'dash';
  if (!ENUMERATION_FIRST.test(char)) return null;
  return ENUMERATED_ITEM.test(text.slice(index, index + MAX_MARKER_LENGTH)) ? 'bullet' : null;
}

/** True when `index` is the first non-space character of its line (or of the text). */
export function startsLine(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) return true;
    if (!isSpace(code)) return false;
  }
  return true;
}

/**
 * True when the line ending at `lineEnd` was broken on purpose: the first word of the next line
 * (starting at `nextStart`) would have fitted within the paragraph's widest line.
 */
export function isDeliberateBreak(text: string, lineEnd: number, nextStart: number, width: number): boolean {
  let lineStart = lineEnd;
  while (lineStart > 0 && !isLineBreak(text.charCodeAt(lineStart - 1))) lineStart--;
  const lineLength = trimmedLength(text, lineStart, lineEnd);
  let wordEnd = nextStart;
  while (wordEnd < text.length && wordEnd - nextStart < MAX_WORD_LENGTH && !isSpace(text.charCodeAt(wordEnd))) wordEnd++;
  return lineLength + 1 + (wordEnd - nextStart) <= Math.max(width, ASSUMED_MIN_WRAP_WIDTH);
}
