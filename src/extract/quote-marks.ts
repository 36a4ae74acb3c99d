// Which characters in a paragraph are quotation marks, and which way they face.
//
// One pass over the text, looking only at the neighbouring characters of each mark, so the cost is
// linear whatever the input (10,000 marks on one line cost 10,000 looks). Apostrophes (don’t,
// council’s, ’90s, rock ’n’ roll) are not marks; a straight mark inside a word is not a mark; a
// straight double mark right after `=` is an attribute value in markup (`author="x"`), not speech.

export type MarkFamily = 'double' | 'single';
/** `either` is a straight mark whose neighbours do not say which way it faces. */
export type MarkFacing = 'open' | 'close' | 'either';

export interface QuoteMark {
  offset: number;
  family: MarkFamily;
  facing: MarkFacing;
  /** A closing single mark right after a plural `s` (“the players’ union”): maybe a possessive. */
  maybePossessive: boolean;
  /** A straight mark with letters on both sides (`a"b`): only ever closes an open quote. */
  inWord: boolean;
  /** Characters the mark takes: 2 for '' and ``, else 1. */
  width: number;
}

const OPEN_DOUBLE = new Set(['“', '„', '«']);
/** Punctuation that ends a quoted sentence: an opening mark right after it (and before a space) closes. */
const MISPRINTED_CLOSE = /^[,.!?]$/;
const CLOSE_DOUBLE = new Set(['”', '»']);
const STRAIGHT_DOUBLE = '"';
const OPEN_SINGLE = '‘';
const CLOSE_SINGLE = '’';
const STRAIGHT_SINGLE = "'";

/** Elisions written with a leading apostrophe: ’em, ’tis, ’n’, ’cause. */
const LEADING_ELISIONS = /^(?:em|tis|twas|n|cause|til|bout|round)\b/i;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

function isSpaceOrStart(ch: string | undefined): boolean {
  return ch === undefined || /[\s([{\u2014\u2013\-\/]/.test(ch);
}

function isSpaceOrEnd(ch: string | undefined): boolean {
  return ch === undefined || /[\s)\]}.,;:!?\u2014\u2013\-\/…]/.test(ch);
}

/**
 * The last search for `<`: in `scannedText`, the first at or after `scannedFrom` is at `scannedAt`
 * (-1: none). Paragraphs come in text order, so one search answers for every paragraph up to that
 * `<`, and the searches of a whole article read its text once, not once per paragraph.
 */
let scannedText: string | null = null;
let scannedFrom = 0;
let scannedAt = -1;

/** text.indexOf('<', from), remembered between calls. */
function nextLessThan(text: string, from: number): number {
  if (text !== scannedText || from < scannedFrom || (scannedAt !== -1 && scannedAt < from)) {
    scannedText = text;
    scannedFrom = from;
    scannedAt = text.indexOf('<', from);
  }
  return scannedAt;
}

/** Masks `<tag attr="x">` markup so attribute values are never taken for quotes. Linear: each `<` looks ahead only to the next `<`. */
export function markupRanges(text: string, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // Nothing can be masked before the first `<`, and news text mostly has none: find it natively.
  const first = nextLessThan(text, from);
  if (first === -1 || first >= to) return ranges;
  let open = -1;
  for (let i = first; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 60 /* < */) open = /[A-Za-z\/!]/.test(text[i + 1] ?? '') ? i : -1;
    else if (code === 10 || code === 13) open = -1;
    else if (code === 62 /* > */ && open !== -1) { ranges.push([open, i + 1]); open = -1; }
  }
  return ranges;
}

/** Every quotation mark in text[from, to), in order. */
export function findQuoteMarks(text: string, from: number, to: number): QuoteMark[] {
  const marks: QuoteMark[] = [];
  const masked = markupRanges(text, from, to);
  let maskIndex = 0;
  for (let i = from; i < to; i++) {
    // Most characters are not marks: test the code unit before making a one-character string.
    if (!isMarkCode(text.charCodeAt(i))) continue;
    const ch = text[i]!;
    while (maskIndex < masked.length && masked[maskIndex]![1] <= i) maskIndex++;
    const mask = masked[maskIndex];
    if (mask && mask[0] <= i && i < mask[1]) continue;
    // Two straight single marks ('') or two backticks (``) stand for one double mark (NYT, PTB style).
    if ((ch === STRAIGHT_SINGLE || ch === '`') && text[i + 1] === ch && i + 1 < to) {
      marks.push({ offset: i, family: 'double', facing: ch === '`' ? 'open' : doubledFacing(text, i, from, to), maybePossessive: false, inWord: false, width: 2 });
      i++;
      continue;
    }
    const mark = classify(text, i, from, to);
    if (mark) marks.push(mark);
  }
  return marks;
}

function doubledFacing(text: string, i: number, from: number, to: number): MarkFacing {
  return straightFacing(i > from ? text[i - 1] : undefined, i + 2 < to ? text[i + 2] : undefined);
}

/** ` " ' ‘ ’ and the members of OPEN_DOUBLE and CLOSE_DOUBLE, by code unit. */
function isMarkCode(code: number): boolean {
  if (code < 0xab) return code === 0x60 || code === 0x22 || code === 0x27;
  return code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x2019) || (code >= 0x201c && code <= 0x201e);
}

function classify(text: string, i: number, from: number, to: number): QuoteMark | null {
  const ch = text[i]!;
  if (ch === '`') return null; // a lone backtick is code or a typo, not a quote mark
  const before = i > from ? text[i - 1] : undefined;
  const after = i + 1 < to ? text[i + 1] : undefined;
  const inWord = isLetterOrDigit(before) && isLetterOrDigit(after);
  const mark = (family: MarkFamily, facing: MarkFacing, maybePossessive = false): QuoteMark => ({ offset: i, family, facing, maybePossessive, inWord, width: 1 });
  // “It’s unusual,“ said …: an opening mark after the quote’s last punctuation and before a space is a misprinted closing one.
  if (OPEN_DOUBLE.has(ch)) return mark('double', MISPRINTED_CLOSE.test(before ?? '') && isSpaceOrEnd(after) ? 'close' : 'open');
  if (CLOSE_DOUBLE.has(ch)) return mark('double', 'close');
  if (ch === STRAIGHT_DOUBLE) {
    if (before === '=') return null;
    return mark('double', straightFacing(before, after));
  }
  const rest = text.slice(i + 1, Math.min(to, i + 8));
  if (isApostrophe(before, after, rest)) return null;
  if (ch === OPEN_SINGLE) return mark('single', 'open');
  if (ch === CLOSE_SINGLE) {
    // ’ after a space is an elided letter (’em, ’90s); typographers open quotes with ‘.
    if (isSpaceOrStart(before) && isLetterOrDigit(after)) return null;
    return mark('single', 'close', before === 's' || before === 'S');
  }
  const facing = straightFacing(before, after);
  return mark('single', facing, facing !== 'open' && (before === 's' || before === 'S'));
}

function isApostrophe(before: string | undefined, after: string | undefined, rest: string): boolean {
  if (isLetterOrDigit(before) && isLetterOrDigit(after)) return true; // don’t, council’s, O’Neill
  if (isSpaceOrStart(before) && /^\d\d(?:s\b|\b)/.test(rest)) return true; // ’90s, '16
  if (isSpaceOrStart(before) && LEADING_ELISIONS.test(rest)) return true;
  // Pride!’s, Acme!’s: a possessive "s" after a name ending in punctuation.
  if (before !== undefined && !isSpaceOrStart(before) && /^s(?![\p{L}\p{N}])/u.test(rest)) return true;
  return false;
}

function straightFacing(before: string | undefined, after: string | undefined): MarkFacing {
  const openSide = isSpaceOrStart(before) || before === '“' || before === '‘' || before === '"' || before === "'";
  const closeSide = isSpaceOrEnd(after) || after === '”' || after === '’' || after === '"' || after === "'";
  if (openSide && !closeSide) return 'open';
  if (closeSide && !openSide) return 'close';
  return 'either';
}
