// Character classes used by the sentence splitter, as char-code tests (no regex per character).

const SPACES = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];
const LINE_BREAKS = [0x0a, 0x0d, 0x2028, 0x2029];
/** Marks that can end a sentence: . ! ? … and the interrobang and fullwidth forms. */
const TERMINALS = [0x2e, 0x21, 0x3f, 0x2026, 0x203d, 0xff01, 0xff1f];
/** Closing quotes and brackets that stay with the sentence they close: `…end.” Next`. */
const CLOSERS = [0x22, 0x27, 0x201d, 0x2019, 0x29, 0x5d, 0xbb, 0x203a];
/** Opening quotes and brackets that may stand before the first word of a sentence. */
const OPENERS = [0x22, 0x27, 0x201c, 0x2018, 0x28, 0x5b, 0xab, 0x2039, 0x201e, 0x201a, 0xbf, 0xa1];

const SPACE_BIT = 1;
const LINE_BREAK_BIT = 2;
const TERMINAL_BIT = 4;
const CLOSER_BIT = 8;
const OPENER_BIT = 16;

/** One byte of class bits per UTF-16 code unit: a table lookup is far cheaper than a Set per character. */
const CLASSES = new Uint8Array(0x10000);
for (const [codes, bit] of [[SPACES, SPACE_BIT], [LINE_BREAKS, LINE_BREAK_BIT], [TERMINALS, TERMINAL_BIT],
  [CLOSERS, CLOSER_BIT], [OPENERS, OPENER_BIT]] as const) {
  for (const code of codes) CLASSES[code] = (CLASSES[code] ?? 0) | bit;
}


export const PERIOD = 0x2e;
export const ELLIPSIS = 0x2026;
export const SPACE = 0x20;

function has(code: number, bit: number): boolean {
  return ((CLASSES[code] ?? 0) & bit) !== 0;
}

/** Index of the next terminal mark or line break at or after `from`, or the text's length. */
export function nextCandidateEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && ((CLASSES[text.charCodeAt(i)] ?? 0) & (TERMINAL_BIT | LINE_BREAK_BIT)) === 0) i++;
  return i;
}

export function isSpace(code: number): boolean {
  return has(code, SPACE_BIT);
}

export function isLineBreak(code: number): boolean {
  return has(code, LINE_BREAK_BIT);
}

export function isTerminal(code: number): boolean {
  return has(code, TERMINAL_BIT);
}

export function isCloser(code: number): boolean {
  return has(code, CLOSER_BIT);
}

export function isOpener(code: number): boolean {
  return has(code, OPENER_BIT);
}

export type LetterCase = 'upper' | 'lower' | 'digit' | 'other';

const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/** Case of the character at `index` (a whole code point, so letters outside the BMP work too). */
export function caseAt(text: string, index: number): LetterCase {
  const code = text.charCodeAt(index);
  if (code >= 0x41 && code <= 0x5a) return 'upper';
  if (code >= 0x61 && code <= 0x7a) return 'lower';
  if (code >= 0x30 && code <= 0x39) return 'digit';
  if (code < 0x80 || Number.isNaN(code)) return 'other';
  const char = String.fromCodePoint(text.codePointAt(index) ?? code);
  if (UPPER.test(char)) return 'upper';
  if (LOWER.test(char)) return 'lower';
  return 'other';
}

/** True for a letter or digit, any script. */
export function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
  if (code < 0x80 || Number.isNaN(code)) return false;
  return LETTER.test(String.fromCodePoint(text.codePointAt(index) ?? code));
}

/** JavaScript's \s: ECMAScript WhiteSpace and LineTerminator code units. */
export function isJsSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
