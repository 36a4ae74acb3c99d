// A one-pass tokenizer for finding numbers: digit groups, words and single symbols, with offsets.
// Hand-written (no backtracking regular expressions), so a 5 MB line of digits or commas costs one pass.

import { digitValue, isGroupSeparator } from './numbers.js';

export type TokenType = 'num' | 'word' | 'sym';

export interface Token {
  type: TokenType;
  /** Exact surface text. */
  text: string;
  /** Lower-case text (words), for lookups. */
  lower: string;
  /** Offsets into the text given to `tokenize`, plus its base offset. */
  start: number;
  end: number;
  /** White space (or the start of the text) comes right before this token. */
  spaceBefore: boolean;
}

const LETTER = /^[\p{L}\p{M}]$/u;

function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (code < 128 || Number.isNaN(code)) return false;
  return LETTER.test(String.fromCodePoint(text.codePointAt(index) ?? 0));
}

function isDigitAt(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  if (unit >= 48 && unit <= 57) return true;
  if (unit < 0x660 || Number.isNaN(unit)) return false;
  const code = text.codePointAt(index);
  return code !== undefined && digitValue(code) >= 0;
}

function charLength(text: string, index: number): number {
  const code = text.codePointAt(index) ?? 0;
  return code > 0xffff ? 2 : 1;
}

function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f || code === 0x2009
    || code === 0x2002 || code === 0x2003 || code === 0x3000 || code === 0x0b || code === 0x0c;
}

/** Splits `text` into tokens; `base` is added to every offset. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let spaceBefore = true;
  while (i < text.length) {
    if (isSpaceAt(text, i)) {
      i++;
      spaceBefore = true;
      continue;
    }
    const type: TokenType = isDigitAt(text, i) ? 'num' : isLetterAt(text, i) ? 'word' : 'sym';
    const end = type === 'num' ? digitGroupEnd(text, i) : type === 'word' ? wordEnd(text, i) : i + charLength(text, i);
    const surface = text.slice(i, end);
    tokens.push({ type, text: surface, lower: type === 'word' ? surface.toLowerCase() : surface, start: base + i, end: base + end, spaceBefore });
    spaceBefore = false;
    i = end;
  }
  return tokens;
}

/** A run of letters, with apostrophes inside ("council's", "don't") but not at either end. */
function wordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    if (isLetterAt(text, i)) i += charLength(text, i);
    else if ((text[i] === '\'' || text[i] === '\u2019') && isLetterAt(text, i + 1)) i++;
    else break;
  }
  return i;
}

/**
 * Digits with thousands groups and one decimal part: "7,319", "1.5", "10 000" (no-break space).
 * A separator joins only a following group of exactly three digits, so "1,2,3,4" stays four numbers.
 */
function digitGroupEnd(text: string, start: number): number {
  let i = runOfDigits(text, start);
  let grouped = false;
  while (isGroupSeparator(text[i] ?? '') && text[i] !== '\'' && text[i] !== '\u2019') {
    const next = runOfDigits(text, i + 1);
    if (next - (i + 1) !== 3 || (!grouped && i - start > 3)) break;
    grouped = true;
    i = next;
  }
  if (text[i] === '.' && isDigitAt(text, i + 1)) i = runOfDigits(text, i + 1);
  return i;
}

function runOfDigits(text: string, start: number): number {
  let i = start;
  while (i < text.length && isDigitAt(text, i)) i += charLength(text, i);
  return i;
}
