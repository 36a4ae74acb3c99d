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
    const lower = type === 'word' && lastWordCased ? surface.toLowerCase() : surface;
    tokens.push({ type, text: surface, lower, start: base + i, end: base + end, spaceBefore });
    spaceBefore = false;
    i = end;
  }
  return tokens;
}

/** ' and ’, which join two runs of letters into one word ("council's", "don’t"). */
const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;

/**
 * Whether the last word wordEnd read has a code unit that toLowerCase could change (an ASCII capital,
 * or anything past ASCII). Most words have none, and their lower-case form is the surface itself: no
 * second pass over the word to find that out. Set by every call; tokenizing is synchronous.
 */
let lastWordCased = false;

/**
 * A run of letters, with apostrophes inside ("council's", "don't") but not at either end. ASCII letters,
 * nearly every code unit of news text, are told by their code alone, without the general test.
 */
function wordEnd(text: string, start: number): number {
  let i = start;
  let cased = false;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) i++;
    else if (code >= 65 && code <= 90) {
      cased = true;
      i++;
    } else if (code >= 128 && isLetterAt(text, i)) {
      cased = true;
      i += charLength(text, i);
    } else if ((code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE) && isLetterAt(text, i + 1)) {
      i++;
    } else break;
  }
  lastWordCased = cased;
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

/** A run of digits; ASCII ones, nearly all of them in news text, told by their code alone. */
function runOfDigits(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) i++;
    else if (code >= 0x660 && isDigitAt(text, i)) i += charLength(text, i);
    else break;
  }
  return i;
}
