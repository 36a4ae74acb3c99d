// A time adverbial between a subject and its verb ("Jane Roe on Monday said", "The board less than
// two weeks ago said", "Roe last week told"): found backwards from the word before the verb, so the
// subject reader can step over it. Only closed time phrases: a weekday, a month, a year, "N units
// ago", "last/this/next unit", "yesterday"; anything longer is left alone.
import { MONTHS, WEEKDAYS } from './figure-lexicon.js';

interface Word {
  text: string;
  kind: string;
}

/** Parts of a day after a weekday or "yesterday": "on Wednesday morning", "yesterday evening". */
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Single words that are a time: "Roe yesterday said". */
const TIME_WORDS = new Set(['yesterday', 'today', 'tonight']);
/** Units of "two weeks ago", "last month". */
const UNITS = new Set(['day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'hour', 'hours', 'decade', 'decades',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'night', 'time']);
/** Words that make a unit a time: "last week", "this month", "earlier this year" ("earlier" before "this"). */
const UNIT_OPENERS = new Set(['last', 'this', 'next', 'that', 'earlier', 'later']);
/** Counts before a unit and "ago": "two weeks ago", "a few days ago", "several years ago". */
const COUNTS = /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|many|some)$/;
/** Hedges before a count: "less than two weeks ago", "about a month ago", "just days ago". */
const HEDGES = new Set(['about', 'nearly', 'almost', 'just', 'only', 'some', 'roughly', 'than', 'less', 'more', 'over', 'under']);
/** How many hedge words "ago" may reach back over ("less than", "just over"). */
const MAX_HEDGE_WORDS = 2;

function lowerAt(tokens: readonly Word[], i: number): string {
  return tokens[i]?.kind === 'word' ? tokens[i]!.text.toLowerCase() : '';
}

/**
 * The first token of a time phrase that ends at token `end` and starts no earlier than `floor`, or
 * -1. "on Monday", "Monday", "on Wednesday morning", "last week", "earlier this month", "in May",
 * "in 2012", "two weeks ago", "less than two weeks ago", "several hours earlier", "a day later", "yesterday".
 */
export function timePhraseStart(tokens: readonly Word[], floor: number, end: number): number {
  let k = end;
  if (PARTS_OF_DAY.has(lowerAt(tokens, k)) && (WEEKDAYS.has(lowerAt(tokens, k - 1)) || lowerAt(tokens, k - 1) === 'yesterday')) k--;
  const word = lowerAt(tokens, k);
  let start = -1;
  if (WEEKDAYS.has(word) && /^\p{Lu}/u.test(tokens[k]!.text)) start = lowerAt(tokens, k - 1) === 'on' ? k - 1 : k;
  else if (TIME_WORDS.has(word)) start = k;
  else if (word === 'ago' || ((word === 'earlier' || word === 'later') && lowerAt(tokens, k - 1) !== 'this')) start = agoStart(tokens, k);
  else if (UNITS.has(word) && UNIT_OPENERS.has(lowerAt(tokens, k - 1))) start = /^(?:earlier|later)$/.test(lowerAt(tokens, k - 2)) && lowerAt(tokens, k - 1) === 'this' ? k - 2 : k - 1;
  else if ((MONTHS.has(word) && /^\p{Lu}/u.test(tokens[k]!.text) || YEAR.test(word)) && lowerAt(tokens, k - 1) === 'in') start = k - 1;
  else start = dateStart(tokens, k);
  return start >= floor ? start : -1;
}

/** Units that only a span of time before "after"/"before" takes ("Moments after …"). */
const SPAN_UNITS = new Set(['minutes', 'moments', 'seconds']);

/** Tokens [from, to) are a span of time: "A day", "two weeks", "Hours", "moments" (before "after …"). */
export function isSpanOfTime(tokens: readonly Word[], from: number, to: number): boolean {
  const unit = lowerAt(tokens, to - 1);
  if (!UNITS.has(unit) && !SPAN_UNITS.has(unit)) return false;
  return to - from === 1 ? /s$/.test(unit) : to - from === 2 && COUNTS.test(lowerAt(tokens, from));
}

const DAY = /^(?:[1-9]|[12]\d|3[01])$/;
const YEAR = /^(?:19|20)\d\d$/;

/** A day of the month written as a number ("20"). */
export function isDayNumber(text: string): boolean {
  return DAY.test(text);
}

/** A year of the last or this century ("2006"). */
export function isYear(text: string): boolean {
  return YEAR.test(text);
}

/** "on July 20", "on July 20, 2006", "on 20 July": the start ("on") of a date ending at token `k`, or -1. */
function dateStart(tokens: readonly Word[], k: number): number {
  // Most words end no date: a date ends in a digit or a capitalised month.
  const code = tokens[k]?.text.charCodeAt(0) ?? 0;
  if (!(code >= 48 && code <= 57) && !(code >= 65 && code <= 90)) return -1;
  let end = k;
  if (YEAR.test(lowerAt(tokens, end)) && tokens[end - 1]?.text === ',') end -= 2;
  const month = (i: number) => MONTHS.has(lowerAt(tokens, i)) && /^\p{Lu}/u.test(tokens[i]!.text);
  const first = DAY.test(lowerAt(tokens, end)) && month(end - 1) ? end - 1 : month(end) && DAY.test(lowerAt(tokens, end - 1)) ? end - 1 : -1;
  return first !== -1 && lowerAt(tokens, first - 1) === 'on' ? first - 1 : -1;
}

/** "two weeks ago", "less than two weeks ago", "days ago": the start of the phrase ending in "ago" at `ago`. */
function agoStart(tokens: readonly Word[], ago: number): number {
  if (!UNITS.has(lowerAt(tokens, ago - 1))) return -1;
  let start = ago - 1;
  if (COUNTS.test(lowerAt(tokens, start - 1))) start--;
  if (lowerAt(tokens, start) === 'few' && lowerAt(tokens, start - 1) === 'a') start--;
  for (let n = 0; n < MAX_HEDGE_WORDS && HEDGES.has(lowerAt(tokens, start - 1)); n++) start--;
  return start;
}
