// Whose age a figure gives: the owner after "whose", the person noun or name before a bare age.

import type { Token } from '../text/figure-tokenizer.js';
import { MONTHS } from './figure-lexicon.js';
import { isCapitalised, isSym, isWord } from './figure-tokens.js';
import {
  DETERMINERS, MAX_LOOK_BACK, TIME_WORDS, contentRunLeft, contentRunRight, isContent, isVerbLike, joinTokens,
  type FigureSpan, type Taken,
} from './figure-words.js';

/**
 * Whose age a figure gives: "Lorraine Kent's son" for "Lorraine Kent, whose 13-year-old son"; the nearest person
 * named before a bare age ("winger Kyle Maddox, and the 18-year-old", "Jamie Silvonek … when she was 13").
 * Null when the age qualifies a noun of its own ("the 34-year-old captain") or no one is named before it.
 */
export function agedPerson(tokens: readonly Token[], span: FigureSpan, taken: Taken): string | null {
  const noun = isContent(tokens[span.last + 1]) && !isVerbLike(tokens[span.last + 1]) ? contentRunRight(tokens, span.last + 1, taken) : -1;
  let before = span.first - 1;
  while (isWord(tokens[before], ...DETERMINERS)) before--;
  if (noun >= 0) {
    if (!isWord(tokens[before], 'whose')) return null;
    // "whose 9-year-old son attends the school": a word followed by a determiner is the verb, not the noun.
    let nounEnd = span.last + 1;
    while (nounEnd < noun && !isWord(tokens[nounEnd + 2], ...DETERMINERS)) nounEnd++;
    const owner = contentRunLeft(tokens, isSym(tokens[before - 1], ',') ? before - 2 : before - 1, taken);
    return owner >= 0 ? `${joinTokens(tokens, owner, before - (isSym(tokens[before - 1], ',') ? 2 : 1))}'s ${joinTokens(tokens, span.last + 1, nounEnd)}` : null;
  }
  // "people aged over 45", "children under five": the noun right before says whose age it is.
  let cue = span.first - 1;
  while (isWord(tokens[cue], 'aged', 'just', 'only', 'over', 'under', 'about', 'around', 'nearly', 'almost')) cue--;
  if (cue < span.first - 1 && isContent(tokens[cue]) && !isCapitalised(tokens[cue])) {
    const start = contentRunLeft(tokens, cue, taken);
    return start >= 0 ? joinTokens(tokens, start, cue) : null;
  }
  for (let k = span.first - 1; k > 0 && k >= span.first - MAX_LOOK_BACK; k--) {
    if (taken.has(k)) continue;
    if (isWord(tokens[k], ...PERSON_NOUNS)) return joinTokens(tokens, k, isNamePart(tokens[k + 1]) ? contentRunRight(tokens, k, taken) : k);
    // "British" in "a British schoolgirl" is no name: a name is not followed by a lower-case noun.
    const adjective = isContent(tokens[k + 1]) && !isCapitalised(tokens[k + 1]) && !isNamePart(tokens[k - 1]);
    if (!isNamePart(tokens[k]) || adjective) continue;
    const start = contentRunLeft(tokens, k, taken);
    return start > 0 || (start === 0 && isNamePart(tokens[1])) ? joinTokens(tokens, Math.max(start, 0), k) : null;
  }
  return null;
}

/** Nouns for a person whose age a later "she was 13" may give. */
const PERSON_NOUNS = [
  'daughter', 'son', 'girl', 'boy', 'man', 'woman', 'child', 'baby', 'teenager', 'youngster', 'schoolgirl', 'schoolboy',
  'mother', 'father', 'wife', 'husband', 'brother', 'sister', 'grandmother', 'grandfather', 'pupil', 'student', 'toddler',
];

/** A capitalised word that may be part of a person's name: not a month, a day or "I". */
function isNamePart(token: Token | undefined): boolean {
  const lower = token?.lower ?? '';
  return isCapitalised(token) && lower !== 'i' && !MONTHS.has(lower) && !TIME_WORDS.has(lower) && isContent(token);
}
