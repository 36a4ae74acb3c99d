// Numbers as news writes them: digit strings in any script ("7,319", "1.5", "٣٤"), and number words
// ("twenty-one", "a dozen", "two hundred and fifty", "a third"). Pure lookups, no regular expressions
// with nested repetition: every function here is linear in its input.

/** Integer parts longer than this are identifiers or junk ("digit runs of 5,000 characters"), not quantities. */
export const MAX_INTEGER_DIGITS = 16;

/** A lookup table with no prototype behind it: "constructor" or "toString" in an article is just a word. */
export function table<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}

const UNITS: ReadonlyMap<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});

const TENS: ReadonlyMap<string, number> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Words that multiply what comes before them. "hundred" multiplies within a group; the others close a group. */
export const SCALE_WORDS: ReadonlyMap<string, number> = table({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});

/** Plural scales used as vague quantities: "hundreds of jobs" → 100, hedged as "hundreds of". */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = table({
  dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, tens: 10,
});

/** Scale suffixes written straight after digits: "£9.2m", "$10.9bn", "£30k", "1.3tn". */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = table({
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, thousand: 1e3,
  tn: 1e12, trn: 1e12, trillion: 1e12,
});

const ORDINALS: ReadonlyMap<string, number> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
});

/** Denominators of fractions, singular and plural: "a third", "two-thirds", "three quarters". */
const FRACTIONS: ReadonlyMap<string, number> = table({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
});

export function unitWordValue(word: string): number | null {
  return UNITS.get(word) ?? TENS.get(word) ?? null;
}

export function isTensWord(word: string): boolean {
  return TENS.get(word) !== undefined;
}

export function ordinalWordValue(word: string): number | null {
  return ORDINALS.get(word) ?? null;
}

export function fractionDenominator(word: string): number | null {
  return FRACTIONS.get(word) ?? null;
}

/** Every word isNumberWord or ordinalWordValue knows, for callers that test many words against them at once. */
export function numberAndOrdinalWords(): string[] {
  return [...UNITS.keys(), ...TENS.keys(), ...SCALE_WORDS.keys(), 'dozen', ...ORDINALS.keys()];
}

export function isNumberWord(word: string): boolean {
  return UNITS.get(word) !== undefined || TENS.get(word) !== undefined || SCALE_WORDS.get(word) !== undefined || word === 'dozen';
}

/**
 * Where each script's digits 0-9 start (the code point of its zero), for every run of decimal digits (Unicode
 * category Nd) above ASCII, ascending. Generated once from Node's \p{Nd}; a script added to Unicode later is
 * read as text, not as digits. Each run is ten long except the mathematical digits, five styles of ten.
 */
const DIGIT_ZEROS: readonly number[] = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20,
  0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0,
  0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x10d40, 0x11066, 0x110f0, 0x11136, 0x111d0,
  0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x116d0, 0x11730, 0x118e0, 0x11950, 0x11bf0, 0x11c50, 0x11d50,
  0x11da0, 0x11de0, 0x11f50, 0x16130, 0x16a60, 0x16ac0, 0x16b50, 0x16d70, 0x1ccf0, 0x1d7ce, 0x1e140, 0x1e2f0,
  0x1e4f0, 0x1e5f1, 0x1e950, 0x1fbf0,
];
const MATH_DIGITS_ZERO = 0x1d7ce;
const MATH_DIGITS_LENGTH = 50;

/** The value of a decimal digit in any script (ASCII, Arabic-Indic, Devanagari, full-width, mathematical …), or -1. */
export function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code < 0x660) return -1;
  let lo = 0;
  let hi = DIGIT_ZEROS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((DIGIT_ZEROS[mid] ?? 0) <= code) lo = mid;
    else hi = mid - 1;
  }
  const zero = DIGIT_ZEROS[lo] ?? 0;
  const offset = code - zero;
  if (offset < 0) return -1;
  if (zero === MATH_DIGITS_ZERO) return offset < MATH_DIGITS_LENGTH ? offset % 10 : -1;
  return offset < 10 ? offset : -1;
}

export function isDigitCode(code: number): boolean {
  return digitValue(code) >= 0;
}

/**
 * Parses a digit string with optional thousands separators (",", thin or no-break spaces) and one decimal
 * point, in any script. Returns null when the string is not a plain quantity (too many digits, no digits).
 */
export function parseDigitString(text: string): number | null {
  let normalized = '';
  let integerDigits = 0;
  let seenPoint = false;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const digit = digitValue(code);
    if (digit >= 0) {
      normalized += String(digit);
      if (!seenPoint) integerDigits++;
    } else if (char === '.' && !seenPoint) {
      normalized += '.';
      seenPoint = true;
    } else if (!isGroupSeparator(char)) return null;
  }
  if (integerDigits === 0 && !seenPoint) return null;
  if (integerDigits > MAX_INTEGER_DIGITS) return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/** Thousands separators: comma, no-break space, narrow no-break space, thin space, apostrophe (Swiss). */
export function isGroupSeparator(char: string): boolean {
  return char === ',' || char === '\u00a0' || char === '\u202f' || char === '\u2009' || char === '\u2019' || char === "'";
}

export interface WordNumber {
  value: number;
  /** How many words were used. */
  used: number;
}

/**
 * Reads a cardinal written in words from the start of `words` (lower case, hyphenated parts already split):
 * "twenty one", "two hundred and fifty", "a dozen", "three million", "half a dozen". Null when none starts there.
 */
export function parseNumberWords(words: readonly string[]): WordNumber | null {
  let total = 0;
  let group = 0;
  let used = 0;
  let any = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const unit = unitWordValue(word);
    if (unit !== null && (group % 100 === 0 || (group % 10 === 0 && group % 100 >= 20 && unit < 10))) {
      group += unit;
    } else if (word === 'hundred' && group > 0 && group < 100) {
      group *= 100;
    } else if (SCALE_WORDS.get(word) !== undefined && word !== 'hundred' && (group > 0 || total === 0 && any)) {
      total += Math.max(group, 1) * (SCALE_WORDS.get(word) ?? 1);
      group = 0;
    } else if (word === 'and' && any && group >= 100 && unitWordValue(words[i + 1] ?? '') !== null) {
      continue;
    } else break;
    any = true;
    used = i + 1;
  }
  if (!any) return null;
  return { value: total + group, used };
}
