// After an abbreviation's full stop a capitalised word may carry the sentence on ("U.S. Senate",
// "5 p.m. Friday") or open a new one ("U.S. The", "5 p.m. Police"). Besides the sentence starters,
// a few local facts settle it; these helpers read them.

import { continuesTimeOrPlace, isClockSuffix, isStateAbbreviation } from './abbreviations.js';
import { caseAt } from './chars.js';

/** Shortest capitalised -ing word read as a participle opening a sentence ("Reaching"; not "King" or "Ring"). */
const MIN_PARTICIPLE_LENGTH = 7;

/**
 * A capitalised participle before a lower-case word ("… Jr. Reaching that point took years"), the
 * next word spanning `[wordStart, wordEnd)`. Callers skip it after an initial: "J. K. Rowling signed" is a name.
 */
export function opensWithParticiple(text: string, wordStart: number, wordEnd: number): boolean {
  if (wordEnd - wordStart < MIN_PARTICIPLE_LENGTH || !text.startsWith('ing', wordEnd - 3)) return false;
  return text[wordEnd] === ' ' && caseAt(text, wordEnd + 1) === 'lower';
}

/**
 * A time ("at 5 p.m.") or a city's state ("in Tampa, Fla.") is complete: a capitalised word after it
 * opens a new sentence unless it goes on with the time or place ("5 p.m. Friday", "9 a.m. ET",
 * "Washington, D.C. Monday"). `word` is the abbreviation starting at `wordStart`; the next word spans `[nextStart, nextEnd)`.
 */
export function endsTimeOrPlace(text: string, word: string, wordStart: number, nextStart: number, nextEnd: number): boolean {
  if (!isClockSuffix(word) && !(isStateAbbreviation(word) && followsPlaceAndComma(text, wordStart))) return false;
  return !continuesTimeOrPlace(text.slice(nextStart, nextEnd));
}

/** "Tampa, " stands before `index`: a capitalised word and a comma. */
function followsPlaceAndComma(text: string, index: number): boolean {
  if (text[index - 1] !== ' ' || text[index - 2] !== ',') return false;
  let start = index - 2;
  while (start > 0 && /\p{L}/u.test(text[start - 1] ?? '')) start--;
  return start < index - 2 && caseAt(text, start) === 'upper';
}
