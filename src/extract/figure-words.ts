// Word classes and word runs that every reader of "what a figure counts" uses: which words are content, which
// are verbs or times, and the runs of content words on either side of a token ("Hadley & Crane", "U.S. stores").

import type { Token } from '../text/figure-tokenizer.js';
import { CHANGE_WORDS, MONTHS } from './figure-lexicon.js';
import { glued, gluedHyphen, isCapitalised, isSym, isWord } from './figure-tokens.js';

/** Longest noun phrase kept, in words: longer phrases stop being "short" in a table. */
export const MAX_PHRASE_WORDS = 8;
/** Furthest (in tokens) any leftward search looks, so that a sentence of thousands of figures stays linear. */
export const MAX_LOOK_BACK = 60;

/** Words that are never part of what a figure counts. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'of', 'in',
  'on', 'at', 'by', 'for', 'with', 'from', 'to', 'into', 'onto', 'over', 'under', 'and', 'or', 'but', 'as', 'than',
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'will', 'would', 'could', 'should',
  'may', 'might', 'can', 'must', 'shall', 'do', 'does', 'did', 'said', 'says', 'say', 'which', 'who', 'whom', 'whose',
  'what', 'when', 'where', 'while', 'it', 'they', 'he', 'she', 'we', 'you', 'i', 'there', 'here', 'not', 'no', 'so',
  'also', 'just', 'only', 'more', 'most', 'less', 'least', 'some', 'all', 'each', 'every', 'per', 'about', 'around',
  'nearly', 'almost', 'reached', 'totalled', 'totaled', 'total', 'stood', 'hit', 'made', 'make', 'paid', 'pay', 'cost',
  'worth', 'valued', 'expected', 'forecast', 'reported', 'posted', 'announced', 'estimated', 'according', 'compared',
  'against', 'versus', 'after', 'before', 'during', 'since', 'until', 'if', 'because', 'them', 'him', 'us', 'me',
  'now', 'then', 'still', 'even', 'already', 'again', 'both', 'either', 'neither', 'such', 'other', 'another',
  'many', 'much', 'few', 'several', 'through', 'across', 'between', 'among', 'within', 'without', 'via', 'including',
  'up', 'down', 'out', 'off', 'away', 'back', 'around', 'yet', 'however', 'whether', 'though', 'although', 'get',
  'got', 'gets', 'take', 'took', 'taken', 'give', 'gave', 'given', 'see', 'saw', 'seen', 'put', 'set', 'came', 'come',
  'went', 'go', 'goes', 'gone', 'become', 'became', 'remain', 'remained', 'remains', 'accounted', 'account',
  'amounted', 'amount', 'compared', 'some', 'almost', 'roughly', 'approximately', 'estimated', 'just', 'well', 'whom',
  'those', 'over', 'under', 'below', 'above', 'than', 'like', 'unlike', 'year-earlier', 'earlier', 'later', 'ago',
  'rather', 'instead', 's', 'despite', 'towards', 'toward', 'although', 'though', 'unless', 'whereas', 'that\'s', 'it\'s', 'that’s', 'it’s',
]);

export const TIME_WORDS = new Set([
  'year', 'years', 'quarter', 'quarters', 'month', 'months', 'week', 'weeks', 'day', 'days', 'end', 'period', 'half',
  'decade', 'season', 'term', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'christmas', 'summer', 'winter', 'spring', 'autumn', 'start', 'beginning', 'middle', 'weekend', 'weekends', 'night', 'morning', 'evening', 'afternoon', 'fortnight',
]);

/** The tokens that belong to some figure of the sentence. */
export interface Taken {
  has(index: number): boolean;
}

/** Marks the tokens of every figure; one byte per token, so a sentence of 40,000 figures costs one small array. */
export function takenTokens(tokenCount: number, spans: ReadonlyArray<{ first: number; last: number }>): Taken {
  const marks = new Uint8Array(tokenCount);
  for (const span of spans) marks.fill(1, Math.max(0, span.first), Math.min(tokenCount, span.last + 1));
  return { has: (index) => marks[index] === 1 };
}

export interface FigureSpan {
  /** First and last token of the figure. */
  first: number;
  last: number;
  /** Measure word of the figure, used when nothing else names what it counts ("three months"). */
  measure: string | null;
  /** A duration's measure ("months") says what it counts better than the clause's subject; money may name
   * what it counts after a preposition ("$12.5bn (£9.8bn) in unpaid fees"). */
  unit: string;
  kind: string;
}

/** Past and base forms of change verbs ("rose", "jumped") are never what is counted; the nouns ("growth", "rise") may be. */
const IRREGULAR_CHANGE_VERBS = new Set(['rose', 'fell', 'grew', 'sank', 'slid', 'shrank', 'leapt', 'lost', 'risen', 'fallen', 'grown', 'sunk', 'shrunk', 'shed', 'up', 'down', 'higher', 'lower', 'cut']);

/** Change verbs in a past form that is never an adjective: "the captain rose highest" ends the noun at "captain". */
const SIMPLE_PASTS = new Set(['rose', 'fell', 'grew', 'sank', 'slid', 'shrank', 'leapt']);

export function isChangeVerb(lower: string): boolean {
  return CHANGE_WORDS.has(lower) && (lower.endsWith('ed') || IRREGULAR_CHANGE_VERBS.has(lower));
}

/** Verbs the leftward search steps over: "reach", "hit", "exceeding", "indicated". Words ending in -ed or -ing count too. */
const VERBS = new Set([
  'reach', 'reaches', 'hit', 'hits', 'exceed', 'exceeds', 'top', 'tops', 'need', 'needs', 'help', 'helps', 'show', 'shows',
  'stand', 'stands', 'remain', 'surrender', 'consider', 'expect', 'expects', 'conclude', 'seize', 'fly', 'offer', 'offers',
  'averages', 'average', 'employs', 'employ', 'owns', 'own', 'sell', 'sells', 'buy', 'buys', 'pay', 'pays', 'raise',
  'cost', 'spend', 'spends', 'lose', 'loses', 'earn', 'earns', 'want', 'wants', 'plan', 'plans', 'aim', 'aims',
  'rather', 'instead', 'worst', 'best', 'ahead', 'short', 'high', 'low', 'record', 'further', 'extra', 'massive', 'whopping',
  'astonishing', 'breakneck', 'staggering', 'estimated', 'additional', 'total', 'mere', 'paltry', 'modest', 'healthy',
  'means', 'leaves', 'brings', 'brought', 'found', 'finds', 'suggests', 'includes', 'represents', 'requires', 'makes',
  'takes', 'gives', 'puts', 'sees', 'faster', 'slower', 'quicker', 'sharper', 'steeper', 'better', 'worse',
  'met', 'told', 'left', 'sold', 'bought', 'won', 'held', 'kept', 'ran', 'began', 'thought', 'knew', 'spent', 'led',
  'built', 'sent', 'meant', 'chose', 'wrote', 'struck', 'paid',
]);

export function isVerbLike(token: Token | undefined): boolean {
  if (!isWord(token)) return false;
  const lower = token?.lower ?? '';
  const lowerCase = token?.text[0] === lower[0];
  return VERBS.has(lower) || (lowerCase && lower.length > 4 && (lower.endsWith('ed') || lower.endsWith('ing')));
}

export function isContent(token: Token | undefined): boolean {
  if (!isWord(token)) return false;
  const lower = token?.lower ?? '';
  if (lower.length > 1 && token?.text === token?.text.toUpperCase()) return true;
  if (FUNCTION_WORDS.has(lower) || isChangeVerb(lower)) return false;
  return !(lower.length > 4 && lower.endsWith('ly') && !lower.endsWith('ply'));
}

/** A content word, or an adverb that opens a hyphenated compound: "previously-unknown", "hotly-contested". */
function isContentAt(tokens: readonly Token[], k: number): boolean {
  return isContent(tokens[k]) || (isWord(tokens[k]) && (tokens[k]?.lower.endsWith('ly') ?? false) && gluedHyphen(tokens, k + 1) && isContent(tokens[k + 2]));
}

/** Surface text of tokens[from..to] with the spacing they had. */
export function joinTokens(tokens: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let k = from; k <= to; k++) {
    const token = tokens[k];
    if (!token) continue;
    text += (k > from && token.spaceBefore ? ' ' : '') + token.text;
  }
  return text;
}

/** A run of content words (compounds kept whole) from tokens[at] rightwards; returns its last index or -1. */
export function contentRunRight(tokens: readonly Token[], at: number, taken: Taken): number {
  let k = at;
  let last = -1;
  let words = 0;
  while (k < tokens.length && words < MAX_PHRASE_WORDS && !taken.has(k)) {
    const compound = last >= 0 && linkedRight(tokens, last) === k;
    // "advanced nurse practitioners", "reduced fares": a change verb before a noun is an adjective.
    const adjective = isChangeVerb(tokens[k]?.lower ?? '') && !SIMPLE_PASTS.has(tokens[k]?.lower ?? '') && isWord(tokens[k]) && isContent(tokens[k + 1]);
    if (!isContentAt(tokens, k) && !compound && !adjective) break;
    if (last >= 0 && (isParticiple(tokens, k) || introducesMeasure(tokens, k))) break;
    last = k;
    words++;
    const next = linkedRight(tokens, k);
    // "U.S. stores": the run goes on past the full stop that closes an initialism.
    k = next >= 0 ? next : isInitialismDot(tokens, k + 1) ? k + 2 : k + 1;
  }
  return last >= 0 && isInitialismDot(tokens, last + 1) ? last + 1 : last;
}

/** A run of content words ending at tokens[at], leftwards; returns its first index or -1. */
export function contentRunLeft(tokens: readonly Token[], at: number, taken: Taken): number {
  let k = isInitialismDot(tokens, at) ? at - 1 : at;
  let first = -1;
  let words = 0;
  while (k >= 0 && words < MAX_PHRASE_WORDS && !taken.has(k)) {
    const compound = first >= 0 && linkedLeft(tokens, first) === k;
    if (!isContentAt(tokens, k) && !compound) break;
    first = k;
    words++;
    const previous = linkedLeft(tokens, k);
    k = previous >= 0 ? previous : k - 1;
  }
  return first;
}

/** The word joined to the word at tokens[k] from the right ("year-old", "Hadley & Crane", "U.S."), or -1. */
function linkedRight(tokens: readonly Token[], k: number): number {
  if (!isWord(tokens[k + 2])) return -1;
  if (gluedHyphen(tokens, k + 1)) return k + 2;
  if (isSym(tokens[k + 1], '&') && isCapitalised(tokens[k]) && isCapitalised(tokens[k + 2])) return k + 2;
  return isInitial(tokens[k]) && isInitialismDot(tokens, k + 1) && isInitial(tokens[k + 2]) && glued(tokens[k + 2]) ? k + 2 : -1;
}

/** The word joined to the word at tokens[k] from the left, or -1. */
function linkedLeft(tokens: readonly Token[], k: number): number {
  return k >= 2 && linkedRight(tokens, k - 2) === k ? k - 2 : -1;
}

/** A single capital letter: a letter of "U.S." or "A.N. Other". */
function isInitial(token: Token | undefined): boolean {
  return isWord(token) && token?.text.length === 1 && isCapitalised(token);
}

/** The full stop glued after an initial: "U." of "U.S.". */
function isInitialismDot(tokens: readonly Token[], at: number): boolean {
  return isSym(tokens[at], '.') && glued(tokens[at]) && isInitial(tokens[at - 1]) && (isInitialismDot(tokens, at - 2) || (isInitial(tokens[at + 1]) && glued(tokens[at + 1])));
}

/** Auxiliaries between a sum and the verb it is the subject of: "£2m is earmarked", "£5m was going". */
export const AUXILIARIES = new Set(['is', 'was', 'were', 'are', 'will', 'would', 'be', 'been', 'being', 'has', 'have', 'had', 'could', 'may', 'might', 'should', 'also', 'now', 'already', 'then', 'still']);

/** Words that open what a participle takes: "requiring the …", "living with …". */
const PARTICIPLE_OBJECT_STARTS = ['the', 'a', 'an', 'their', 'its', 'his', 'her', 'our', 'with', 'in', 'on', 'at', 'for', 'from', 'to', 'by', 'into', 'as'];

/** Words that put a number on the noun before them: "pupils aged 11 to 16", "homes priced at £200,000". */
const MEASURE_INTRODUCERS = new Set(['aged', 'priced', 'valued', 'worth', 'costing', 'weighing', 'measuring']);

/** "aged 11", "priced at £200,000": a measuring word before a figure (perhaps after at, about, over …) ends the noun it follows. */
function introducesMeasure(tokens: readonly Token[], k: number): boolean {
  if (!isWord(tokens[k]) || !MEASURE_INTRODUCERS.has(tokens[k]!.lower)) return false;
  const next = isWord(tokens[k + 1], 'at', 'about', 'around', 'over', 'under', 'between') ? tokens[k + 2] : tokens[k + 1];
  return next !== undefined && (next.type === 'num' || /^[£$€]/.test(next.text));
}

/** "requiring the council's services", "living with foster families": an -ing word heading a phrase, not an adjective. */
export function isParticiple(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k];
  return isWord(word) && (word?.lower.endsWith('ing') ?? false) && (word?.lower.length ?? 0) > 5 && isWord(tokens[k + 1], ...PARTICIPLE_OBJECT_STARTS);
}

export function isYearToken(token: Token | undefined): boolean {
  if (token?.type !== 'num' || token.text.length !== 4) return false;
  const year = Number(token.text);
  return year >= 1800 && year <= 2100;
}

export const DETERMINERS = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'any', 'no', 'each', 'every', 'another'];

/** "the fourth quarter", "last year", "December", "a day": a time, not what a figure counts. */
export function isTimeRun(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k <= end; k++) {
    const lower = tokens[k]?.lower ?? '';
    if (!isWord(tokens[k])) continue;
    if (!TIME_WORDS.has(lower) && !MONTHS.has(lower) && !TIME_MODIFIERS.has(lower)) return false;
  }
  return true;
}

const TIME_MODIFIERS = new Set(['earlier', 'prior', 'ago', 'first', 'second', 'third', 'fourth', 'final', 'full', 'fiscal', 'financial', 'calendar', 'previous', 'same', 'current', 'next', 'late', 'early', 'mid', 'whole', 'past', 'last', 'this', 'coming', 'recent', 'a', 'per', 'each', 'every']);
