// Numbers that are not quantities: times of day, phone numbers, house numbers ("10 Downing Street"),
// dotted identifiers ("4.2.1", IP addresses), labels ("section 4", "flight 93"), numbers glued to
// letters ("G8", "MP3", "A380") and numbers in URLs or e-mail addresses. Each test looks at a few
// tokens around one number, so the scan stays linear.

import type { Token } from '../text/figure-tokenizer.js';
import { LABEL_WORDS, STREET_WORDS, TIME_WORDS, CAPITALISED_BEFORE_QUANTITY, MONTHS, WEEKDAYS } from './figure-lexicon.js';
import { glued, isCapitalised, isPlainInteger, isSym, isWord } from './figure-tokens.js';

/** Fewest digits in a run of digit groups that makes it a phone number rather than a list of figures. */
export const MIN_PHONE_DIGITS = 8;

/** "Year 8", "Year 13": the digits of a school year group (a capitalised "Year 2020" stays a year). */
const MAX_SCHOOL_YEAR_DIGITS = 2;

/** If tokens[i] (a number) starts a non-figure, the index just past it; otherwise -1. */
export function nonFigureEnd(tokens: readonly Token[], i: number, sentenceStart: number): number {
  for (const test of NON_FIGURE_TESTS) {
    const end = test(tokens, i);
    if (end > i) return end;
  }
  if (isLabelled(tokens, i, sentenceStart)) {
    // "a Higham 40-20 kick": the label covers the pair.
    return isSym(tokens[i + 1], '-') && glued(tokens[i + 1]) && isPlainInteger(tokens[i + 2]) && glued(tokens[i + 2]) ? i + 3 : i + 1;
  }
  return -1;
}

/** The tests nonFigureEnd tries in turn; one list for every number rather than a new one each time. */
const NON_FIGURE_TESTS: ReadonlyArray<(tokens: readonly Token[], i: number) => number> = [timeOfDayEnd, phoneEnd, dottedEnd, gluedEnd, houseNumberEnd];

/**
 * Most capitalised words of a street name between a house number and its street word ("10 Downing
 * Street"). More drops house numbers of longer street names, and risks counts before a long name.
 */
const MAX_STREET_NAME_WORDS = 3;
/** Most digits of a house number ("1600 Pennsylvania Avenue"): a longer number before a street name stays a figure. */
const MAX_HOUSE_NUMBER_DIGITS = 4;

/** "10 Downing Street", "221 Baker Street", "5 Abbey Road": a plain integer before a capitalised street name. */
function houseNumberEnd(tokens: readonly Token[], i: number): number {
  if (!isPlainInteger(tokens[i]) || (tokens[i]?.text.length ?? 0) > MAX_HOUSE_NUMBER_DIGITS) return -1;
  for (let k = 1; k <= MAX_STREET_NAME_WORDS + 1; k++) {
    const word = tokens[i + k];
    if (!word || word.type !== 'word' || !isCapitalised(word)) return -1;
    if (k > 1 && STREET_WORDS.has(word.lower)) return i + 1;
  }
  return -1;
}

/** "10:30", "10.30am", "3pm", "3 p.m.", "1400 GMT". */
function timeOfDayEnd(tokens: readonly Token[], i: number): number {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (isSym(next, ':') && glued(next) && tokens[i + 2]?.type === 'num' && glued(tokens[i + 2]) && tokens[i + 2]?.text.length === 2) {
    let end = i + 3;
    if (isSym(tokens[end], ':') && tokens[end + 1]?.type === 'num') end += 2;
    return isWord(tokens[end]) && TIME_WORDS.has(tokens[end]?.lower ?? '') ? end + 1 : end;
  }
  if (next !== undefined && isWord(next) && TIME_WORDS.has(next.lower) && (token?.text.length ?? 0) <= 5) return i + 2;
  if (isWord(next, 'a', 'p') && isSym(tokens[i + 2], '.') && isWord(tokens[i + 3], 'm')) return isSym(tokens[i + 4], '.') ? i + 5 : i + 4;
  if (isWord(next, "o'clock", 'o’clock')) return i + 2;
  return -1;
}

/** Digit groups that start with 0 or follow "+" or "(", adding up to a phone number: "0800 123 4567", "+44 20 7946 0000". */
function phoneEnd(tokens: readonly Token[], i: number): number {
  const token = tokens[i];
  if (!token || !isPlainInteger(token)) return -1;
  const opener = isSym(tokens[i - 1], '+', '(') && glued(token);
  if (!opener && !token.text.startsWith('0')) return usStylePhoneEnd(tokens, i);
  let digits = token.text.length;
  let end = i + 1;
  let groups = 1;
  while (end < tokens.length) {
    const sep = tokens[end];
    if (isSym(sep, ')', '-', '.') && isPlainInteger(tokens[end + 1])) end++;
    else if (!isPlainInteger(sep) || !sep?.spaceBefore) break;
    digits += tokens[end]?.text.length ?? 0;
    groups++;
    end++;
  }
  if (isSym(tokens[end], ')')) end++;
  return groups >= 2 && digits >= MIN_PHONE_DIGITS ? end : -1;
}

/** "555-123-4567": three hyphenated groups of 3, 3 and 4 digits. */
function usStylePhoneEnd(tokens: readonly Token[], i: number): number {
  const lengths = [3, 3, 4];
  for (let k = 0; k < 3; k++) {
    const part = tokens[i + k * 2];
    if (!isPlainInteger(part) || part?.text.length !== lengths[k]) return -1;
    if (k < 2 && !(isSym(tokens[i + k * 2 + 1], '-', '.') && glued(tokens[i + k * 2 + 1]) && glued(tokens[i + k * 2 + 2]))) return -1;
  }
  return i + 5;
}

/** "4.2.1", "192.168.0.1", "v2.3.1": a number, a dot and another number with no spaces, more than once. */
function dottedEnd(tokens: readonly Token[], i: number): number {
  let end = i + 1;
  let dots = 0;
  while (isSym(tokens[end], '.') && glued(tokens[end]) && tokens[end + 1]?.type === 'num' && glued(tokens[end + 1])) {
    end += 2;
    dots++;
  }
  const decimal = tokens[i]?.text.includes('.') ?? false;
  return dots >= 1 && (dots >= 2 || decimal) ? end : -1;
}

/** Letters or symbols glued to the number that make it a name or code: "G8", "A380", "MP3", "#1", "24/7", "3G". */
function gluedEnd(tokens: readonly Token[], i: number): number {
  const before = tokens[i - 1];
  const token = tokens[i];
  if (token && glued(token) && before && (before.type === 'word' || isSym(before, '#', '@', '/', '_', '\\', '=', '&'))) {
    return codeEnd(tokens, i);
  }
  const after = tokens[i + 1];
  if (isSym(after, '/', '_', '@', '=', '#', '\\') && glued(after) && glued(tokens[i + 2]) && tokens[i + 2] !== undefined) return codeEnd(tokens, i);
  return -1;
}

function codeEnd(tokens: readonly Token[], i: number): number {
  let end = i + 1;
  while (end < tokens.length && glued(tokens[end]) && (tokens[end]?.type !== 'sym' || isSym(tokens[end], '/', '_', '-', '.', '#') && glued(tokens[end + 1]))) end++;
  return end;
}

/**
 * A label, not a quantity: "section 4", "page 12", "Formula 1", "Channel 4", "FTSE 100". A capitalised word
 * right before a plain integer (other than at the start of the sentence, or a month or cue word) names a thing.
 */
function isLabelled(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  const before = tokens[i - 1];
  const token = tokens[i];
  if (!before || !token || before.type !== 'word') return false;
  if (LABEL_WORDS.has(before.lower) && !isCapitalised(before)) return true;
  if (!isPlainInteger(token) || !isCapitalised(before) || i - 1 < sentenceStart) return false;
  if (/['’]s$/.test(before.text)) return false;
  // "in Year 8", "Year 11 pupils": a school year is a class, not a count of years.
  if (before.text === 'Year' && token.text.length <= MAX_SCHOOL_YEAR_DIGITS) return true;
  if (CAPITALISED_BEFORE_QUANTITY.has(before.lower) || MONTHS.has(before.lower) || WEEKDAYS.has(before.lower)) return false;
  const value = Number(token.text);
  if (token.text.length === 4 && value >= 1800 && value <= 2100) return false;
  return LABEL_WORDS.has(before.lower) || !isSym(tokens[i + 1], '%');
}
