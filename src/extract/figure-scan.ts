// Finds the figures of one sentence in its tokens, left to right, each reader looking at a few tokens
// around its start: dates, money, numbers in digits or words, fractions, ratios and ranks.

import type { FigureKind, FigureUnit } from '../model.js';
import type { Token } from '../text/figure-tokenizer.js';
import { VAGUE_PLURALS, fractionDenominator, numberAndOrdinalWords, ordinalWordValue, unitWordValue } from '../text/numbers.js';
import { digitCore, wordCore, type Core } from './figure-core.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, HEDGES, MONTHS, ORDINAL_SUFFIXES } from './figure-lexicon.js';
import { nonFigureEnd } from './figure-nonfigures.js';
import { readUnit, FIRST_YEAR, LAST_YEAR, type Currency } from './figure-units.js';
import { glued, gluedHyphen, isCapitalised, isDash, isPhraseEnd, isPlainInteger, isSym, isWord, wordsAt } from './figure-tokens.js';

/** A figure found in a sentence, by token indices. */
export interface Mention {
  /** First and last token (inclusive) of the figure, hedge included. */
  first: number;
  last: number;
  /** First token of the number itself (after any hedge or currency sign). */
  numberAt: number;
  value: number | null;
  high: number | null;
  unit: FigureUnit;
  kind: FigureKind;
  measure: string | null;
  approx: string | null;
  scale: number;
  /** The figure is (the new end of) a change; set when the sentence's figures are related. */
  direction: 'up' | 'down' | null;
  /** Index (in its sentence's list) of the earlier end of a change. */
  changeFrom: number | null;
}

/** A copy with some fields replaced; every field is written in one order so that all mentions share one shape. */
export function copyMention(m: Mention, changes: Partial<Mention> = {}): Mention {
  const copy: Mention = {
    first: m.first, last: m.last, numberAt: m.numberAt, value: m.value, high: m.high, unit: m.unit, kind: m.kind,
    measure: m.measure, approx: m.approx, scale: m.scale, direction: m.direction, changeFrom: m.changeFrom,
  };
  return Object.assign(copy, changes);
}

interface Read {
  mention: Mention | null;
  /** Index of the next token to look at. */
  next: number;
}

export function scanTokens(tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const read = readAt(tokens, i);
    if (read?.mention) mentions.push(withHedge(tokens, read.mention));
    i = read ? Math.max(i + 1, read.next) : i + 1;
  }
  return mentions;
}

function readAt(tokens: readonly Token[], i: number): Read | null {
  const token = tokens[i];
  if (!token) return null;
  // Only a number or a month name can start a date: readDate answers null for any other token.
  const date = token.type === 'num' || isMonth(token) ? readDate(tokens, i) : null;
  if (date) return date;
  const currency = currencyAt(tokens, i);
  if (currency) return readMoney(tokens, i, currency);
  if (token.type === 'num') return readShortDecade(tokens, i) ?? readDigits(tokens, i);
  if (token.type === 'word' && mayStartNumber(token.lower)) return readRank(tokens, i) ?? readFraction(tokens, i) ?? readWordNumber(tokens, i);
  return null;
}

/**
 * Words a figure in words can start with: number words, ordinals, vague plurals ("hundreds"), and
 * "a", "an", "half", "no", "number". One set, so that the most words, which are none of these, are
 * passed over with one lookup (this runs for every word of every article).
 */
const NUMBER_STARTS: ReadonlySet<string> = new Set([...numberAndOrdinalWords(), ...VAGUE_PLURALS.keys(), 'a', 'an', 'half', 'no', 'number']);

function mayStartNumber(word: string): boolean {
  return NUMBER_STARTS.has(word);
}

function mention(first: number, last: number, numberAt: number, value: number | null, unit: FigureUnit, kind: FigureKind, extra: Partial<Mention> = {}): Mention {
  const made: Mention = { first, last, numberAt, value, high: null, unit, kind, measure: null, approx: null, scale: 1, direction: null, changeFrom: null };
  return Object.assign(made, extra);
}

// ---- dates ----------------------------------------------------------------------------------

function isMonth(token: Token | undefined): boolean {
  // The capital first: it is one character to compare, and rules out most words before the lookup.
  return token !== undefined && token.type === 'word' && isCapitalised(token) && MONTHS.has(token.lower);
}

function dayNumber(tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (!isPlainInteger(token) || (token?.text.length ?? 0) > 2) return 0;
  const day = Number(token?.text);
  if (day < 1 || day > 31) return 0;
  return isWord(tokens[at + 1]) && glued(tokens[at + 1]) && ORDINAL_SUFFIXES.has(tokens[at + 1]?.lower ?? '') ? 2 : 1;
}

function yearAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!isPlainInteger(token) || token?.text.length !== 4) return false;
  const value = Number(token.text);
  return value >= FIRST_YEAR && value <= LAST_YEAR;
}

/** "5 March 2016", "March 5, 2016", "5th of March", "March 2016", "2016-03-05". A day alone is no figure. */
function readDate(tokens: readonly Token[], i: number): Read | null {
  let k = i;
  let monthFirst = false;
  if (isMonth(tokens[k])) {
    monthFirst = true;
    k += isSym(tokens[k + 1], '.') && glued(tokens[k + 1]) ? 2 : 1;
    k += dayNumber(tokens, k);
    if (k > i + 1 && isSym(tokens[k], ',') && yearAt(tokens, k + 1)) k++;
  } else {
    const day = dayNumber(tokens, k);
    if (day === 0) return isoDate(tokens, i);
    k += day;
    if (isWord(tokens[k], 'of')) k++;
    if (!isMonth(tokens[k])) return null;
    k += isSym(tokens[k + 1], '.') && glued(tokens[k + 1]) ? 2 : 1;
  }
  if (yearAt(tokens, k)) return { mention: mention(i, k, k, Number(tokens[k]?.text), 'year', 'date'), next: k + 1 };
  if (monthFirst && k === i + 1) return null;
  return { mention: null, next: k };
}

function isoDate(tokens: readonly Token[], i: number): Read | null {
  if (!yearAt(tokens, i)) return null;
  const parts = [1, 2, 3, 4].map((d) => tokens[i + d]);
  const shape = isSym(parts[0], '-') && isPlainInteger(parts[1]) && parts[1]?.text.length === 2 && isSym(parts[2], '-')
    && isPlainInteger(parts[3]) && parts[3]?.text.length === 2 && parts.every(glued);
  return shape ? { mention: mention(i, i + 4, i, Number(tokens[i]?.text), 'year', 'date'), next: i + 5 } : null;
}

// ---- money ----------------------------------------------------------------------------------

interface CurrencyAt extends Currency {
  /** Index of the number after the sign. */
  numberAt: number;
}

/** "£", "$", "€", "US$", "A$", "EUR " before a number. */
function currencyAt(tokens: readonly Token[], i: number): CurrencyAt | null {
  const token = tokens[i];
  if (!token) return null;
  if (token.type === 'sym') {
    const symbol = CURRENCY_SYMBOLS.get(token.text);
    return symbol ? { unit: symbol, measure: symbol === 'other' ? 'yen' : null, numberAt: i + 1 } : null;
  }
  if (token.type !== 'word' || token.text.length > 3) return null;
  const prefix = token.type === 'word' ? DOLLAR_PREFIXES.get(token.lower) : undefined;
  if (prefix && token.text === token.text.toUpperCase() && isSym(tokens[i + 1], '$') && glued(tokens[i + 1])) {
    return { unit: prefix, measure: prefix === 'other' ? `${token.text}$` : null, numberAt: i + 2 };
  }
  // The code is looked up before the upper-case test: most short words are no code, and need no upper-cased copy.
  const code = CURRENCY_CODES.get(token.lower);
  if (code && token.text === token.text.toUpperCase() && tokens[i + 1]?.type === 'num') return { unit: code, measure: code === 'other' ? token.text : null, numberAt: i + 1 };
  return null;
}

function readMoney(tokens: readonly Token[], i: number, currency: CurrencyAt): Read | null {
  const core = digitCore(tokens, currency.numberAt) ?? wordCore(tokens, currency.numberAt);
  if (!core) return null;
  const unit = readUnit(tokens, currency.numberAt, core, currency);
  if (unit === 'code') return { mention: null, next: core.end + 1 };
  const found = mention(i, unit.end - 1, currency.numberAt, unit.value, unit.unit, unit.kind, { measure: unit.measure, scale: core.scale, high: unit.high });
  return { mention: found, next: unit.end };
}

// ---- numbers in digits ----------------------------------------------------------------------

function readDigits(tokens: readonly Token[], i: number): Read {
  const skip = nonFigureEnd(tokens, i, 0);
  if (skip > i) return { mention: null, next: skip };
  const core = digitCore(tokens, i);
  if (!core) return { mention: null, next: i + 1 };
  const ratio = readRatio(tokens, i, core);
  if (ratio) return ratio;
  const unit = readUnit(tokens, i, core, null);
  if (unit === 'code') return { mention: null, next: core.end + 1 };
  const sign = negativeSign(tokens, i);
  const value = unit.value === null ? null : unit.value * sign;
  const found = mention(sign < 0 ? i - 1 : i, unit.end - 1, i, value, unit.unit, unit.kind, { measure: unit.measure, scale: core.scale, high: unit.high });
  return { mention: found, next: unit.end };
}

/** "the ’90s", "the '60s": a decade written with two digits. */
function readShortDecade(tokens: readonly Token[], i: number): Read | null {
  const token = tokens[i];
  const mark = tokens[i - 1];
  if (!isSym(mark, '’', '\'', '‘') || !glued(token) || token?.text.length !== 2 || !token.text.endsWith('0')) return null;
  if (!isWord(tokens[i + 1], 's') || !glued(tokens[i + 1])) return null;
  const value = Number(token.text);
  const year = value >= SHORT_DECADE_PIVOT ? 1900 + value : 2000 + value;
  return { mention: mention(i - 1, i + 1, i, year, 'year', 'year', { measure: 'decade' }), next: i + 2 };
}

/** Two-digit decades from here on are the 1900s ("the ’90s"); below it, the 2000s ("the ’20s" is ambiguous and read as 2020). */
export const SHORT_DECADE_PIVOT = 30;

/** "−3.2%" or " -3.2%": a minus sign glued to the number, after a space (so not a range "5-10"). */
function negativeSign(tokens: readonly Token[], i: number): number {
  const before = tokens[i - 1];
  if (!before || !glued(tokens[i])) return 1;
  if (isSym(before, '−')) return -1;
  if (isSym(before, '-') && before.spaceBefore && tokens[i - 2]?.type !== 'num') return -1;
  return 1;
}

/** "one in five", "1 in 4", "three out of four": a ratio. */
function readRatio(tokens: readonly Token[], i: number, core: Core): Read | null {
  let k = core.end;
  if (isWord(tokens[k], 'in')) k++;
  else if (wordsAt(tokens, k, ['out', 'of'])) k += isWord(tokens[k + 2], 'every') ? 3 : 2;
  else return null;
  if (isWord(tokens[k], 'every')) k++;
  if (yearAt(tokens, k)) return null;
  const whole = digitCore(tokens, k) ?? wordCore(tokens, k);
  if (!whole || !Number.isInteger(whole.value) || !Number.isInteger(core.value) || whole.value <= core.value || core.scale !== 1 || whole.scale !== 1) return null;
  if (isSym(tokens[whole.end], '%') || isWord(tokens[whole.end], 'per', 'percent')) return null;
  return { mention: mention(i, whole.end - 1, i, core.value / whole.value, 'other', 'ratio'), next: whole.end };
}

// ---- numbers in words -----------------------------------------------------------------------

/** Spelled-out numbers. "one" alone is a determiner ("one analyst said"), reported only with a scale or as a share. */
function readWordNumber(tokens: readonly Token[], i: number): Read | null {
  if (isNameWord(tokens, i)) return null;
  const core = wordCore(tokens, i);
  if (!core) return null;
  const ratio = readRatio(tokens, i, core);
  if (ratio) return ratio;
  const unit = readUnit(tokens, i, core, null);
  if (unit === 'code') return null;
  const lone = core.scale === 1 && core.vague === null && core.value <= 1;
  if (lone && unit.unit !== 'percent') return { mention: null, next: core.end };
  const found = mention(i, unit.end - 1, i, unit.value, unit.unit, unit.kind, { measure: unit.measure, scale: core.scale, approx: core.vague });
  return { mention: found, next: unit.end };
}

/** "the Six Nations", "Formula One", "the Big Four": a capitalised number word inside a sentence, in a name. */
function isNameWord(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const before = tokens[i - 1];
  if (!isCapitalised(token) || before === undefined || isSym(before, '.', '!', '?', '"', '“', '‘', '\'', ':', '(', '-', '–', '—')) return false;
  return isCapitalised(before) || isCapitalised(tokens[i + 1]);
}

/** Denominator words that need "of" or the end of a phrase after them to be a fraction ("a third of", "by a third."). */
const FRACTION_FOLLOWERS = new Set(['of', 'more', 'less', 'fewer', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'as', 'the', 'its', 'their', 'his', 'her', 'our', 'a', 'an', 'that', 'those', 'all', 'this', 'these']);
/** Words before "half" that make it a period ("the first half"), not a fraction. */
const PERIOD_BEFORE_HALF = new Set(['first', 'second', 'latter', 'other', 'this', 'last', 'next', 'the', 'previous', 'final', 'opening', 'each']);

/** "a third", "two-thirds", "three quarters of", "half of", "by half". */
function readFraction(tokens: readonly Token[], i: number): Read | null {
  const token = tokens[i];
  if (isWord(token, 'half')) return readHalf(tokens, i);
  const numerator = isWord(token, 'a', 'an') ? 1 : unitWordValue(token?.lower ?? '');
  if (numerator === null || numerator === 0 || numerator > 10) return null;
  const hyphen = gluedHyphen(tokens, i + 1);
  const denominatorAt = hyphen ? i + 2 : i + 1;
  const word = tokens[denominatorAt]?.lower ?? '';
  const denominator = fractionDenominator(word);
  if (denominator === null || denominator === 2 || !isWord(tokens[denominatorAt])) return null;
  const plural = word.endsWith('s');
  if (plural !== numerator > 1) return null;
  const after = tokens[denominatorAt + 1];
  const byAt = isWord(tokens[i - 1], 'around', 'about', 'nearly', 'almost', 'roughly', 'over', 'just') ? i - 2 : i - 1;
  const followed = isPhraseEnd(after) || (isWord(after) && FRACTION_FOLLOWERS.has(after?.lower ?? '')) || isWord(tokens[byAt], 'by');
  if (!followed && !(hyphen && plural && word !== 'quarters')) return null;
  // "the preceding three quarters" are periods; "three quarters of" is a share.
  if (word === 'quarters' && !isWord(after, 'of')) return null;
  if (isWord(tokens[i - 1]) && ordinalWordValue(tokens[i - 1]?.lower ?? '') !== null) return null;
  return { mention: mention(i, denominatorAt, i, numerator / denominator, 'other', 'ratio'), next: denominatorAt + 1 };
}

function readHalf(tokens: readonly Token[], i: number): Read | null {
  const scaled = wordCore(tokens, i);
  if (scaled) {
    const unit = readUnit(tokens, i, scaled, null);
    if (unit === 'code') return null;
    return { mention: mention(i, unit.end - 1, i, unit.value, unit.unit, unit.kind, { scale: scaled.scale, measure: unit.measure }), next: unit.end };
  }
  if (gluedHyphen(tokens, i + 1) || isDash(tokens[i - 1]) && glued(tokens[i])) return null;
  const before = tokens[i - 1];
  if (isWord(before) && (PERIOD_BEFORE_HALF.has(before?.lower ?? '') || ordinalWordValue(before?.lower ?? '') !== null)) return null;
  const after = tokens[i + 1];
  const followed = isPhraseEnd(after) || (isWord(after) && FRACTION_FOLLOWERS.has(after?.lower ?? '') && !isWord(after, 'more', 'less', 'higher', 'lower'));
  if (!followed) return null;
  return { mention: mention(i, i, i, 0.5, 'other', 'ratio'), next: i + 1 };
}

/** Highest position written "No N" that is read as a rank; news writes top places that way, and names ("No. 10") otherwise. */
export const MAX_NO_RANK = 3;

/** Superlatives after an ordinal: "second-largest", "third biggest", "fifth most popular". */
function isSuperlative(token: Token | undefined): boolean {
  if (!isWord(token)) return false;
  const lower = token?.lower ?? '';
  return lower === 'most' || lower === 'best' || lower === 'worst' || lower === 'least' || (lower.length > 5 && lower.endsWith('est'));
}

/** Ranks: "No 1", "No. 2", "number one", "second-largest", "ranked third". */
function readRank(tokens: readonly Token[], i: number): Read | null {
  const token = tokens[i];
  if (token?.text === 'No' || (isWord(token, 'no', 'number') && isSym(tokens[i + 1], '.'))) {
    const at = isSym(tokens[i + 1], '.') ? i + 2 : i + 1;
    // "No 1", "No. 2" rank; "No. 47" (a bus route) and "No. 10" (Downing Street) are names.
    if (isPlainInteger(tokens[at]) && Number(tokens[at]?.text) <= MAX_NO_RANK) {
      return { mention: mention(i, at, at, Number(tokens[at]?.text), 'other', 'rank'), next: at + 1 };
    }
    if (isPlainInteger(tokens[at])) return { mention: null, next: at + 1 };
  }
  if (isWord(token, 'number') && isWord(tokens[i + 1], 'one', 'two', 'three')) {
    return { mention: mention(i, i + 1, i + 1, unitWordValue(tokens[i + 1]?.lower ?? ''), 'other', 'rank'), next: i + 2 };
  }
  const ordinal = ordinalWordValue(token?.lower ?? '');
  if (ordinal === null || ordinal < 2) return null;
  const superAt = gluedHyphen(tokens, i + 1) ? i + 2 : i + 1;
  if (isSuperlative(tokens[superAt])) return { mention: mention(i, superAt, i, ordinal, 'other', 'rank'), next: superAt + 1 };
  if (isWord(tokens[i - 1], 'ranked', 'placed', 'finished', 'came')) return { mention: mention(i, i, i, ordinal, 'other', 'rank'), next: i + 1 };
  return null;
}

// ---- hedges ---------------------------------------------------------------------------------

const HEDGE_LAST_WORDS = new Set(HEDGES.map((hedge) => hedge[hedge.length - 1] ?? ''));

/** Widens a mention over a hedge right before it ("about 500", "more than £2bn") and records it. */
function withHedge(tokens: readonly Token[], found: Mention): Mention {
  if (found.kind === 'date' || found.kind === 'year') return found;
  const before = tokens[found.first - 1];
  if (before?.type !== 'word' || !HEDGE_LAST_WORDS.has(before.lower)) return found;
  for (const hedge of HEDGES) {
    const at = found.first - hedge.length;
    if (at >= 0 && wordsAt(tokens, at, hedge)) {
      const approx = tokens.slice(at, found.first).map((t) => t.lower).join(' ');
      return copyMention(found, { first: at, approx: found.approx ? `${approx} ${found.approx}` : approx });
    }
  }
  return found;
}
