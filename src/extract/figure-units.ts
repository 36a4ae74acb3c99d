// What a number is measured in, read from the words right after it: "%", "per cent", "pc",
// "percentage points", "40p", "3 billion euros", "34-year-old", "three years", "25 tonnes", "21st", "1990s".

import type { FigureKind, FigureUnit } from '../model.js';
import type { Token } from '../text/figure-tokenizer.js';
import type { Core } from './figure-core.js';
import { AGE_CUES, CURRENCY_WORDS, DURATION_WORDS, MEASURE_WORDS, ORDINAL_SUFFIXES } from './figure-lexicon.js';
import { glued, gluedHyphen, isPlainInteger, isSym, isWord, wordsAt } from './figure-tokens.js';

/** Oldest age read from "aged N" or "Name, N,": larger numbers there are not ages. */
export const MAX_AGE = 120;
/** Years a bare four-digit number may be read as. */
export const FIRST_YEAR = 1800;
export const LAST_YEAR = 2100;

export interface Measured {
  value: number | null;
  high: number | null;
  unit: FigureUnit;
  kind: FigureKind;
  measure: string | null;
  /** Index just past the last token of the unit. */
  end: number;
}

/** Reads the unit after a core number (tokens[at] is its first token); `currency` is a unit read before it. */
export interface Currency {
  unit: FigureUnit;
  /** For currencies other than GBP, USD and EUR: "yen", "A$". */
  measure: string | null;
}

export function readUnit(tokens: readonly Token[], at: number, core: Core, currency: Currency | null): Measured | 'code' {
  const k = core.end;
  const percent = percentUnit(tokens, k, core.value);
  if (percent) return percent;
  if (currency) return measured(core.value, currency.unit, 'money', currency.measure, k);
  const money = currencyWord(tokens, k, core) ?? (core.digits ? exchangeRate(tokens, k, core.value) : null);
  if (money) return money;
  const age = core.digits || core.scale === 1 ? ageUnit(tokens, at, k, core.value) : null;
  if (age) return age;
  const timed = durationOrMeasure(tokens, k, core.value);
  if (timed) return timed;
  const ordinal = ordinalOrDecade(tokens, at, k, core);
  if (ordinal) return ordinal;
  if (tokens[k]?.type === 'word' && glued(tokens[k]) && core.digits) return 'code';
  const year = yearUnit(tokens, at, k, core);
  if (year) return year;
  return { value: core.value, high: null, unit: 'count', kind: 'count', measure: null, end: k };
}

function measured(value: number | null, unit: FigureUnit, kind: FigureKind, measure: string | null, end: number): Measured {
  return { value, high: null, unit, kind, measure, end };
}

function percentUnit(tokens: readonly Token[], k: number, value: number): Measured | null {
  const next = tokens[k];
  if (isSym(next, '%', '％')) return measured(value, 'percent', 'percent', null, k + 1);
  if (wordsAt(tokens, k, ['per', 'cent']) || (isWord(next, 'per') && gluedHyphen(tokens, k + 1) && isWord(tokens[k + 2], 'cent'))) {
    const end = isWord(tokens[k + 1], 'cent') ? k + 2 : k + 3;
    return measured(value, 'percent', 'percent', null, end);
  }
  if (isWord(next, 'percent', 'pc', 'pct')) return measured(value, 'percent', 'percent', null, k + 1);
  if (isWord(next, 'percentage') && isWord(tokens[k + 1], 'points', 'point', 'pts')) return measured(value, 'percent', 'percent', 'percentage points', k + 2);
  if (isWord(next, 'basis') && isWord(tokens[k + 1], 'points', 'point')) return measured(value / 100, 'percent', 'percent', 'basis points', k + 2);
  return null;
}

/** "8.28 to the dollar", "43.305 per US dollar": an exchange rate. */
function exchangeRate(tokens: readonly Token[], k: number, value: number): Measured | null {
  let j = k;
  if (wordsAt(tokens, j, ['to', 'the']) || wordsAt(tokens, j, ['against', 'the'])) j += 2;
  else if (isWord(tokens[j], 'per', 'a')) j++;
  else return null;
  if (isWord(tokens[j], 'us')) j++;
  if (!isWord(tokens[j], 'dollar', 'euro', 'pound', 'yen', 'yuan')) return null;
  return measured(value, 'other', 'ratio', `per ${tokens[j]?.lower}`, j + 1);
}

function currencyWord(tokens: readonly Token[], at: number, core: Core): Measured | null {
  const k = gluedHyphen(tokens, at) && isWord(tokens[at + 1], 'euro', 'pound', 'dollar', 'yen') ? at + 1 : at;
  const next = tokens[k];
  if (!isWord(next)) return null;
  const entry = CURRENCY_WORDS.get(next?.lower ?? '');
  if (!entry) return null;
  if (next?.lower === 'p' && (!glued(next) || !core.digits || core.scale !== 1)) return null;
  if ((next?.lower === 'pound' || next?.lower === 'pounds') && isWord(tokens[k - 2], 'weighed', 'weighing', 'weighs', 'weigh')) return null;
  return measured(core.value * entry.factor, entry.unit, 'money', entry.measure, k + 1);
}

/** "34-year-old", "34 years old", "34-year-olds", "aged 34". */
function ageUnit(tokens: readonly Token[], at: number, k: number, value: number): Measured | null {
  const hyphen = gluedHyphen(tokens, k);
  const word = tokens[hyphen ? k + 1 : k];
  if (isWord(word, 'year', 'years')) {
    const j = hyphen ? k + 2 : k + 1;
    if (gluedHyphen(tokens, j) && isWord(tokens[j + 1], 'old', 'olds')) return measured(value, 'age', 'age', null, j + 2);
    if (isWord(tokens[j], 'old', 'olds') && !isWord(tokens[j + 1], 'and', 'or')) return measured(value, 'age', 'age', null, j + 1);
  }
  if (value > MAX_AGE || !Number.isInteger(value) || value < 1) return null;
  const cueAt = isWord(tokens[at - 1], ...AGE_HEDGES) ? at - 2 : at - 1;
  const cue = tokens[cueAt];
  if (isWord(cue) && AGE_CUES.has(cue?.lower ?? '')) return measured(value, 'age', 'age', null, k);
  if (isWord(tokens[at - 1], 'under', 'over') && isWord(tokens[at - 2], ...PEOPLE)) return measured(value, 'age', 'age', null, k);
  if (nameCommaAge(tokens, at, k, value) || personWasAge(tokens, at, k)) return measured(value, 'age', 'age', null, k);
  return null;
}

/** Words between "aged" and the age: "aged just 13", "aged over 45". */
const AGE_HEDGES = ['just', 'only', 'over', 'under', 'about', 'around', 'nearly', 'almost', 'barely'];
/** Nouns for people before "under five" / "over 65". */
const PEOPLE = ['children', 'kids', 'people', 'those', 'anyone', 'men', 'women', 'girls', 'boys', 'adults', 'pensioners', 'patients', 'everyone', 'babies'];
const PRONOUNS = ['he', 'she', 'i', 'they', 'we', 'you'];

/** "when she was 13", "Silvonek was not 17": a person, a form of "be", and a bare small number ending the clause. */
function personWasAge(tokens: readonly Token[], at: number, k: number): boolean {
  if (!isPlainInteger(tokens[at])) return false;
  let b = at - 1;
  if (isWord(tokens[b], 'not', 'only', 'just', 'barely', 'still')) b--;
  if (!isWord(tokens[b], 'was', 'is', 'turned', 'turns', 'turn', 'be', 'being', 'been', 'am', 'are', 'were')) return false;
  b--;
  while (isWord(tokens[b], 'have', 'has', 'had', 'would', 'will', 'could', 'might', 'may', 'must', 'not', 'only', 'then', 'already')) b--;
  const who = tokens[b];
  const person = isWord(who, ...PRONOUNS) || (isWord(who) && who?.text[0] !== who?.text[0]?.toLowerCase() && !isWord(who, 'it', 'this', 'that', 'which', 'there'));
  const ends = isSym(tokens[k], '.', ',', ';', '—', '–', ')') || tokens[k] === undefined || isWord(tokens[k], 'at', 'when', 'then');
  return person && ends;
}

/** "John Smith, 34, said" and "John Smith (34)": a small number set off right after a name. */
function nameCommaAge(tokens: readonly Token[], at: number, k: number, value: number): boolean {
  if (!isPlainInteger(tokens[at]) || value > MAX_AGE || value < 1) return false;
  const open = tokens[at - 1];
  const name = tokens[at - 2];
  const capital = name !== undefined && name.type === 'word' && name.text[0] !== name.text[0]?.toLowerCase();
  if (!capital) return false;
  if (isSym(open, ',')) return isSym(tokens[k], ',', ';', '.', ')') && !isPlainInteger(tokens[k + 1]);
  return isSym(open, '(') && isSym(tokens[k], ')');
}

/** "three years", "a 10-year bond", "25 tonnes", "50 points", "2 sq miles". */
/** Words that may stand between a number and its duration: "two successive quarters", "three straight months". */
const DURATION_ADJECTIVES = new Set(['successive', 'consecutive', 'straight', 'full', 'whole', 'more', 'further', 'additional', 'long', 'short', 'separate']);

function durationOrMeasure(tokens: readonly Token[], at: number, value: number): Measured | null {
  const k = isWord(tokens[at], ...DURATION_ADJECTIVES) && isWord(tokens[at + 1]) && DURATION_WORDS.has(tokens[at + 1]?.lower ?? '') ? at + 1 : at;
  const hyphen = gluedHyphen(tokens, k);
  const word = tokens[hyphen ? k + 1 : k];
  if (!isWord(word)) return null;
  const lower = word?.lower ?? '';
  const duration = DURATION_WORDS.get(lower);
  if (duration && !(lower === 'second' && !hyphen)) {
    return measured(value, 'duration', 'count', duration, hyphen ? k + 2 : k + 1);
  }
  const measure = MEASURE_WORDS.get(lower);
  if (measure && !(lower === 'points' && isWord(tokens[k - 2], 'percentage'))) {
    const square = (lower === 'sq' || lower === 'square' || lower === 'cubic') && isWord(tokens[(hyphen ? k + 2 : k + 1)]);
    const end = (hyphen ? k + 2 : k + 1) + (square ? 1 : 0);
    const name = square ? `${measure} ${MEASURE_WORDS.get(tokens[end - 1]?.lower ?? '') ?? tokens[end - 1]?.lower}` : measure;
    return measured(value, 'other', 'count', name, end);
  }
  return null;
}

/** "21st" → rank 21 (not "21st century"); "1990s" → the decade, a year. */
function ordinalOrDecade(tokens: readonly Token[], at: number, k: number, core: Core): Measured | null {
  const next = tokens[k];
  if (!isWord(next) || !glued(next) || !core.digits) return null;
  if (ORDINAL_SUFFIXES.has(next?.lower ?? '') && isPlainInteger(tokens[at])) {
    if (isWord(tokens[k + 1], 'century', 'centuries')) return measured(null, 'other', 'other', 'century', k + 2);
    // "the 84th minute" is a time in a match, not a position.
    if (isWord(tokens[k + 1], 'minute', 'min', 'over', 'lap', 'hole')) return measured(null, 'other', 'other', tokens[k + 1]?.lower ?? null, k + 2);
    return measured(core.value, 'other', 'rank', null, k + 1);
  }
  if (next?.lower === 's' && isPlainInteger(tokens[at]) && core.value % 10 === 0) {
    return measured(core.value, 'year', 'year', 'decade', k + 1);
  }
  return null;
}

/** Words after a bare four-digit number that show it counts things: "2000 jobs" (but "in 2000 jobs …" stays a year). */
const YEAR_CUE_WORDS = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'to', 'of', 'and', 'between', 'during', 'before', 'after', 'for',
  'year', 'early', 'late', 'mid', 'fiscal', 'financial', 'the', 'through', 'or', 'than', 'throughout', 'spring',
  'summer', 'autumn', 'winter', 'end', 'beginning', 'start', 'into', 'past', 'this', 'its', 'their', 'calendar',
  'circa', 'as', 'on', 'at', 'against', 'over', 'with', 'that', 'season', 'budget', 'election',
]);

/** A bare 1800–2100 integer is a year unless a plural noun follows with no year cue before it. */
function yearUnit(tokens: readonly Token[], at: number, k: number, core: Core): Measured | null {
  const token = tokens[at];
  if (!token || !isPlainInteger(token) || token.text.length !== 4 || core.scale !== 1) return null;
  if (core.value < FIRST_YEAR || core.value > LAST_YEAR) return null;
  const before = tokens[at - 1];
  const cued = (isWord(before) && YEAR_CUE_WORDS.has(before?.lower ?? '')) || isSym(before, '-', '(', '’', '\'');
  const next = tokens[k];
  const countNoun = isWord(next) && /^[a-z]+s$/.test(next?.text ?? '') && !(next?.text.endsWith('ss') ?? false);
  if (countNoun && !cued) return null;
  const high = fiscalYearEnd(tokens, k, core.value);
  if (high) return { value: core.value, high: high.value, unit: 'year', kind: 'year', measure: null, end: high.end };
  return measured(core.value, 'year', 'year', null, k);
}

/** "2004-05", "2004/05", "2004-2005": a year running into the next. */
function fiscalYearEnd(tokens: readonly Token[], k: number, year: number): { value: number; end: number } | null {
  if (!isSym(tokens[k], '-', '/', '–') || !glued(tokens[k]) || !glued(tokens[k + 1]) || !isPlainInteger(tokens[k + 1])) return null;
  const text = tokens[k + 1]?.text ?? '';
  const next = text.length === 2 ? Math.floor(year / 100) * 100 + Number(text) : text.length === 4 ? Number(text) : NaN;
  if (next !== year + 1) return null;
  return { value: next, end: k + 2 };
}
