// What a figure counts, as a short phrase from its sentence: the noun phrase after it ("604 children",
// "20% of staff"), or the thing a "number of …" or "… of £5m" names, or the subject of the verb that
// carries it ("profits rose 20%"), with a time phrase when one follows ("at the end of February").

import type { Token } from '../text/figure-tokenizer.js';
import { CHANGE_WORDS, MONTHS } from './figure-lexicon.js';
import { glued, gluedHyphen, isCapitalised, isPhraseEnd, isSym, isWord } from './figure-tokens.js';
import { clauseBefore, tailAfter } from './figure-clause.js';

/** Longest noun phrase kept, in words: longer phrases stop being "short" in a table. */
export const MAX_PHRASE_WORDS = 8;
/** How many function words and verbs the leftward search may step over before giving up. */
export const LEFT_SKIP_BUDGET = 12;
/** How far a time phrase may run to reach its time word: "at the end of March 2016". */
export const TIME_PHRASE_WORDS = 6;
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

const TIME_WORDS = new Set([
  'year', 'years', 'quarter', 'quarters', 'month', 'months', 'week', 'weeks', 'day', 'days', 'end', 'period', 'half',
  'decade', 'season', 'term', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'christmas', 'summer', 'winter', 'spring', 'autumn', 'start', 'beginning', 'middle', 'weekend', 'weekends', 'night', 'morning', 'evening', 'afternoon', 'fortnight',
]);

const TIME_PREPOSITIONS = new Set(['in', 'at', 'by', 'for', 'during', 'over', 'to', 'since', 'until', 'through', 'between']);

/** Nouns that name a measure of something else: "the number of children", "the value of exports". */
const MEASURE_NOUNS = new Set(['number', 'numbers', 'total', 'amount', 'level', 'levels', 'proportion', 'share', 'value', 'cost', 'price', 'rate', 'figure', 'percentage', 'count', 'sum', 'size', 'volume']);

/** Measure nouns that say something of their own, kept in the phrase: "cost of the scheme", "price of crude". */
const NAMING_MEASURE_NOUNS = new Set(['cost', 'price', 'rate', 'share', 'proportion', 'value', 'percentage', 'volume', 'size']);

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
   * what it counts after a preposition ("$27.5bn (£14.5bn) in unpaid taxes"). */
  unit: string;
  kind: string;
}

/** Past and base forms of change verbs ("rose", "jumped") are never what is counted; the nouns ("growth", "rise") may be. */
const IRREGULAR_CHANGE_VERBS = new Set(['rose', 'fell', 'grew', 'sank', 'slid', 'shrank', 'leapt', 'lost', 'risen', 'fallen', 'grown', 'sunk', 'shrunk', 'shed', 'up', 'down', 'higher', 'lower', 'cut']);

function isChangeVerb(lower: string): boolean {
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

function isVerbLike(token: Token | undefined): boolean {
  if (!isWord(token)) return false;
  const lower = token?.lower ?? '';
  const lowerCase = token?.text[0] === lower[0];
  return VERBS.has(lower) || (lowerCase && lower.length > 4 && (lower.endsWith('ed') || lower.endsWith('ing')));
}

function isContent(token: Token | undefined): boolean {
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
function contentRunRight(tokens: readonly Token[], at: number, taken: Taken): number {
  let k = at;
  let last = -1;
  let words = 0;
  while (k < tokens.length && words < MAX_PHRASE_WORDS && !taken.has(k)) {
    const compound = last >= 0 && linkedRight(tokens, last) === k;
    // "advanced nurse practitioners", "reduced fares": a change verb before a noun is an adjective.
    const adjective = isChangeVerb(tokens[k]?.lower ?? '') && isWord(tokens[k]) && isContent(tokens[k + 1]);
    if (!isContentAt(tokens, k) && !compound && !adjective) break;
    if (last >= 0 && isParticiple(tokens, k)) break;
    last = k;
    words++;
    const next = linkedRight(tokens, k);
    // "U.S. stores": the run goes on past the full stop that closes an initialism.
    k = next >= 0 ? next : isInitialismDot(tokens, k + 1) ? k + 2 : k + 1;
  }
  return last >= 0 && isInitialismDot(tokens, last + 1) ? last + 1 : last;
}

/** A run of content words ending at tokens[at], leftwards; returns its first index or -1. */
function contentRunLeft(tokens: readonly Token[], at: number, taken: Taken): number {
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

/** The phrase that says what the figure at `span` counts, or null. `taken` holds the tokens of every figure. */
export function figureContext(tokens: readonly Token[], span: FigureSpan, taken: Taken): string | null {
  const time = timePhrase(tokens, span.last + 1);
  // A duration counts its own measure ("two years prior", "65 seconds of listening"), unless it qualifies a noun
  // as one hyphenated word: "a three-year deal".
  const adjectival = isSym(tokens[span.last - 1], '-', '‐', '‑');
  const person = span.kind === 'age' ? agedPerson(tokens, span, taken) : null;
  if (person) return person;
  if (span.unit === 'duration' && span.measure && !adjectival) return eventContext(tokens, span.first, span.last + 1, span.measure, taken);
  if (isFrequency(tokens, span)) return eventContext(tokens, span.first, span.last + 2, 'times', taken);
  const after = phraseAfter(tokens, span.last + 1, taken, span.kind === 'money');
  if (after) return after;
  if (span.unit === 'duration' && span.measure) return time ? `${span.measure} ${time}` : span.measure;
  // "they plan to seize 12,900 acres", "break the record by 1,000 metres": a measure counts the event it measures.
  if (span.unit === 'other' && span.kind === 'count' && span.measure) {
    const ownName = measureNounPhrase(tokens, span.first, taken) ?? ofPhrase(tokens, span.first, taken);
    return ownName ?? eventContext(tokens, span.first, span.last + 1, span.measure, taken);
  }
  const purpose = span.kind === 'money' ? moneyPurpose(tokens, span, taken) : null;
  // "a sum of £3m is earmarked for repairs": after "a total of", "a sum of", what the sum is for says more.
  const valueOnly = isWord(tokens[span.first - 1], 'of') && VALUE_NOUNS.has(tokens[span.first - 2]?.lower ?? '');
  const named = measureNounPhrase(tokens, span.first, taken) ?? (valueOnly ? purpose : null) ?? ofPhrase(tokens, span.first, taken) ?? purpose ?? subjectPhrase(tokens, span.first, taken);
  const compared = comparison(tokens, span.last + 1);
  if (named && compared) return `${named} ${compared}`;
  if (compared) return compared;
  if (named) return time ? `${named} ${time}` : named;
  if (span.measure) return time ? `${span.measure} ${time}` : span.measure;
  return null;
}

/**
 * Whose age a figure gives: "Lorraine Kent's son" for "Lorraine Kent, whose 13-year-old son"; the nearest person
 * named before a bare age ("winger Kyle Maddox, and the 18-year-old", "Jamie Silvonek … when she was 13").
 * Null when the age qualifies a noun of its own ("the 34-year-old captain") or no one is named before it.
 */
function agedPerson(tokens: readonly Token[], span: FigureSpan, taken: Taken): string | null {
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

/**
 * "growth of 3.6% in 2004, slipping to 2.9% next year before recovering to 3.1%": the figure after an -ing change
 * word continues the change of an earlier figure and counts what that one counts.
 */
export function continuesChange(tokens: readonly Token[], first: number): boolean {
  const verb = tokens[first - 2]?.lower ?? '';
  return isWord(tokens[first - 1], 'to', 'by') && verb.endsWith('ing') && (CHANGE_WORDS.has(verb) || CHANGE_WORDS.has(verb.slice(0, -3)) || CHANGE_WORDS.has(`${verb.slice(0, -3)}e`) || RECOVERY_WORDS.has(verb));
}

/** -ing change words missing from CHANGE_WORDS by their base form: "slipping", "recovering". */
const RECOVERY_WORDS = new Set(['slipping', 'recovering', 'dropping', 'dipping', 'slumping', 'easing', 'edging', 'rebounding', 'returning', 'widening', 'narrowing', 'sliding', 'sinking']);

/**
 * What a duration or a frequency measures: its measure word, the clause it belongs to and a phrase placing it,
 * "years the Conservatives have held this seat", "times the contract was varied", "years in the post".
 */
function eventContext(tokens: readonly Token[], first: number, after: number, measure: string, taken: Taken): string {
  const clause = clauseBefore(tokens, first, isContent, (k) => taken.has(k));
  const tail = perPeriod(tokens, after) ? joinTokens(tokens, after, after + 1) : timePhrase(tokens, after) ?? tailAfter(tokens, after);
  return [measure, clause, tail].filter((part) => part !== null).join(' ');
}

/** Words after "N times" that make it a multiplier ("three times the size", "four times as many"), not a frequency. */
const MULTIPLIER_FOLLOWERS = new Set(['as', 'the', 'more', 'less', 'fewer', 'that', 'its', 'their', 'his', 'her', 'our', 'this', 'what', 'higher', 'lower', 'bigger', 'larger', 'greater', 'smaller', 'faster', 'slower', 'over', 'a']);

/** "varied 14 times", "three times a week": a count of events, not of things. */
function isFrequency(tokens: readonly Token[], span: FigureSpan): boolean {
  if (span.unit !== 'count' || !isWord(tokens[span.last + 1], 'times')) return false;
  const next = tokens[span.last + 2];
  if (!isWord(next)) return true;
  const lower = next?.lower ?? '';
  if (isWord(next, 'a', 'an')) return perPeriod(tokens, span.last + 2);
  if (MULTIPLIER_FOLLOWERS.has(lower)) return false;
  return !isContent(next) || TIME_WORDS.has(lower) || isWord(next, 'last', 'this', 'next');
}

/** "a week", "a year", "per day" at tokens[at]: how often. */
function perPeriod(tokens: readonly Token[], at: number): boolean {
  return isWord(tokens[at], 'a', 'an', 'per', 'each', 'every') && isWord(tokens[at + 1]) && TIME_WORDS.has(tokens[at + 1]?.lower ?? '');
}

/** The figure is followed by the noun it counts: "604 children", "nine posts". */
export function namesItsNoun(tokens: readonly Token[], span: FigureSpan, taken: Taken): boolean {
  return span.unit !== 'duration' && phraseAfter(tokens, span.last + 1, taken, span.kind === 'money') !== null;
}

/** "604 children", "20% of staff", "seven serious notifications", "500 dedicated, passionate and committed staff". */
function phraseAfter(tokens: readonly Token[], at: number, taken: Taken, money = false): string | null {
  let k = skipParenthesis(tokens, at);
  // "the 0.6% forecast", "a £2m total": nouns that are verbs elsewhere, so not content words.
  if (isWord(tokens[k], ...HEAD_NOUNS_AFTER) && isPhraseEnd(tokens[k + 1])) return tokens[k]?.text ?? null;
  const dimension = isWord(tokens[k + 1], 'long', 'high', 'wide', 'tall', 'deep', 'strong', 'thick');
  if (gluedHyphen(tokens, k) && isWord(tokens[k + 1]) && (dimension || !isContentNoun(tokens, k + 2))) k += 2;
  if (money && k > at && isWord(tokens[k], 'in', 'on', 'for') && !isTimeStart(tokens[k + 1])) k++;
  // "the 2.5% which the government had predicted": the figure is the object of the clause that follows.
  if (k === at && isWord(tokens[k], 'which') && !isPhraseEnd(tokens[k + 1])) return joinTokens(tokens, k, relativeClauseEnd(tokens, k));
  // "brought to 49 the number of banks that …": the measure noun comes after the figure.
  if (isWord(tokens[k], 'the', 'a') && MEASURE_NOUNS.has(tokens[k + 1]?.lower ?? '') && isWord(tokens[k + 2], 'of')) k += 2;
  if (isWord(tokens[k], 'of')) {
    k++;
    while (isWord(tokens[k], 'the', 'its', 'their', 'his', 'her', 'our', 'all', 'a', 'an', 'these', 'those', 'this', 'that')) k++;
    // "22 of the 45 seats", "half of the 6,000-metre-long kite": the part counts what the whole counts.
    k = pastFigure(tokens, k, taken);
    // "£1.2m of the cost": a noun that is no content word elsewhere.
    if (isWord(tokens[k], ...HEAD_NOUNS_AFTER)) return joinTokens(tokens, k, postModifier(tokens, k + 1, taken));
  }
  const last = contentRunRight(tokens, k, taken);
  if (last < 0 || isTimeRun(tokens, k, last)) return null;
  const end = extendList(tokens, last, taken);
  const modified = postModifier(tokens, end + 1, taken);
  return joinTokens(tokens, k, modified);
}

/** Comparatives that, with "than", say what a figure is measured against: "24% higher than in 2003". */
const COMPARATIVES = new Set(['higher', 'lower', 'more', 'less', 'fewer', 'bigger', 'smaller', 'greater', 'larger', 'cheaper', 'dearer', 'longer', 'shorter', 'faster', 'slower']);
/** Prepositions that, before a noun, say what a figure is measured against: "51% over budget". */
const MEASURED_AGAINST = ['over', 'above', 'below', 'under', 'beyond', 'within'];
/** Longest comparison kept, in tokens: "more than the average of the past five years". */
export const COMPARISON_TOKENS = 8;

/** "higher than in 2003", "over budget", "more than the average of the past five years", or null. */
function comparison(tokens: readonly Token[], at: number): string | null {
  if (isWord(tokens[at], ...MEASURED_AGAINST)) {
    const last = contentRunRight(tokens, at + 1, { has: () => false });
    return last >= 0 && !isTimeRun(tokens, at + 1, last) ? joinTokens(tokens, at, last) : null;
  }
  if (!isWord(tokens[at]) || !COMPARATIVES.has(tokens[at]?.lower ?? '') || !isWord(tokens[at + 1], 'than')) return null;
  let end = at + 1;
  // It ends at punctuation, at a conjunction or at another figure: "24% higher than in 2003 and 21% more than …".
  const ends = (token: Token | undefined) => isPhraseEnd(token) || isWord(token, 'and', 'or', 'but') || (token?.type === 'num' && !isYearToken(token));
  while (end + 1 < tokens.length && end - at < COMPARISON_TOKENS && !ends(tokens[end + 1])) end++;
  return end > at + 1 ? joinTokens(tokens, at, end) : null;
}

/** Prepositions after a sum that say what it pays for or where it comes from: "£310,000 on consultants". */
const PURPOSE_PREPOSITIONS = ['on', 'for', 'in', 'towards', 'toward', 'from', 'to', 'by'];

/** Prepositions that say what a sum is for even when no verb takes it: "£85,000 towards equipment". */
const PLAIN_PURPOSE_PREPOSITIONS = ['on', 'towards', 'toward'];

/** Verbs that take a sum as their object and say what happens to it: "spent", "raised", "borrow", "take". */
const MONEY_VERBS = new Set([
  'take', 'took', 'taken', 'borrow', 'borrowed', 'invest', 'invested', 'spend', 'spent', 'raise', 'raised', 'pay',
  'paid', 'receive', 'received', 'contribute', 'contributed', 'donate', 'donated', 'give', 'gave', 'lend', 'lent',
  'owe', 'owed', 'fined', 'charge', 'charged', 'save', 'saved', 'earmarked', 'allocated', 'bought', 'sold', 'won',
  'lost', 'award', 'awarded', 'set', 'put', 'add', 'added', 'claim', 'claimed', 'seek', 'sought', 'return', 'repay',
]);

/** Words between such a verb and its sum: "raised a further £46,000", "bought for $9.4bn". */
const SUM_LEADERS = new Set(['a', 'an', 'further', 'extra', 'another', 'additional', 'just', 'only', 'some', 'for', 'nearly', 'almost', 'about', 'around', 'over', 'up', 'to']);

/** "spent £310,000 on outside consultants", "raised £46,000 for furniture": the verb and what the sum is for. */
function moneyPurpose(tokens: readonly Token[], span: FigureSpan, taken: Taken): string | null {
  let k = skipParenthesis(tokens, span.last + 1);
  if (perPeriod(tokens, k)) k += 2;
  const passive = verbAfter(tokens, k);
  if (passive >= 0) k = passive + 1;
  const verb = passive >= 0 ? (tokens[passive]?.text ?? null) : verbBefore(tokens, span.first);
  // Without a verb taking the sum, "in" and "from" more often place it ("sales rose to £5m in Europe").
  if (!isWord(tokens[k], ...(verb ? PURPOSE_PREPOSITIONS : PLAIN_PURPOSE_PREPOSITIONS))) return null;
  let start = k + 1;
  while (isWord(tokens[start], 'the', 'its', 'their', 'his', 'her', 'our', 'a', 'an', 'this', 'that', 'these', 'those')) start++;
  const last = contentRunRight(tokens, start, taken);
  if (last < 0 || isTimeRun(tokens, start, last)) return null;
  const end = postModifier(tokens, extendList(tokens, last, taken) + 1, taken);
  return `${verb ? `${verb} ` : ''}${joinTokens(tokens, k, end)}`;
}

/** Auxiliaries between a sum and the verb it is the subject of: "£2m is earmarked", "£5m was going". */
const AUXILIARIES = new Set(['is', 'was', 'were', 'are', 'will', 'would', 'be', 'been', 'being', 'has', 'have', 'had', 'could', 'may', 'might', 'should', 'also', 'now', 'already', 'then', 'still']);

/** "is earmarked", "was going", "will go": the index of the verb a sum at tokens[at - 1] is the subject of, or -1. */
function verbAfter(tokens: readonly Token[], at: number): number {
  let k = at;
  while (isWord(tokens[k]) && AUXILIARIES.has(tokens[k]?.lower ?? '') && k - at < 3) k++;
  const token = tokens[k];
  const verb = isWord(token) && (MONEY_VERBS.has(token?.lower ?? '') || isVerbLike(token) || isWord(token, 'go', 'goes', 'went', 'gone', 'going'));
  return verb && !CHANGE_WORDS.has(token?.lower ?? '') ? k : -1;
}

/** The verb whose object the figure at tokens[first] is, or null. */
function verbBefore(tokens: readonly Token[], first: number): string | null {
  let k = first - 1;
  while (k >= 0 && first - k < 4 && isWord(tokens[k]) && SUM_LEADERS.has(tokens[k]?.lower ?? '')) k--;
  const token = tokens[k];
  return isWord(token) && (MONEY_VERBS.has(token?.lower ?? '') || isVerbLike(token)) ? (token?.text ?? null) : null;
}

/** Index just past the figure at tokens[at] and a hyphened word glued to it ("6,000-metre-long"), else `at`. */
function pastFigure(tokens: readonly Token[], at: number, taken: Taken): number {
  let k = at;
  while (k < tokens.length && taken.has(k) && k - at < MAX_PHRASE_WORDS) k++;
  while (k > at && gluedHyphen(tokens, k) && isWord(tokens[k + 1])) k += 2;
  return k;
}

/** Nouns that name what a figure is when they follow it and end the phrase: "ahead of the 0.6% forecast". */
const HEAD_NOUNS_AFTER = ['forecast', 'estimate', 'total', 'cost', 'target', 'prediction'];

/** Index just past a bracketed aside of up to a dozen tokens at tokens[at] ("($141m)"), else `at`. */
function skipParenthesis(tokens: readonly Token[], at: number): number {
  if (!isSym(tokens[at], '(')) return at;
  for (let k = at + 1; k < at + 14 && k < tokens.length; k++) if (isSym(tokens[k], ')')) return k + 1;
  return at;
}

function isContentNoun(tokens: readonly Token[], k: number): boolean {
  return isContent(tokens[k]) && !isWord(tokens[k + 1]);
}

function isTimeStart(token: Token | undefined): boolean {
  return isWord(token) && (TIME_WORDS.has(token?.lower ?? '') || MONTHS.has(token?.lower ?? '') || isWord(token, 'the', 'this', 'last'));
}

/** "dedicated, passionate and committed staff": a list with commas that ends with "and" or "or" before its last item. */
function extendList(tokens: readonly Token[], last: number, taken: Taken): number {
  let k = last + 1;
  let closed = last;
  let sawComma = false;
  while (isSym(tokens[k], ',') || isWord(tokens[k], 'and', 'or')) {
    const joiner = isWord(tokens[k], 'and', 'or');
    sawComma ||= !joiner;
    const runEnd = contentRunRight(tokens, k + 1, taken);
    if (runEnd < 0 || runEnd - last > MAX_PHRASE_WORDS * 2) break;
    // The list is complete only at an item that follows "and" or "or".
    if (joiner && sawComma) closed = runEnd;
    k = runEnd + 1;
  }
  return closed;
}

/** Words that open what a participle takes: "requiring the …", "living with …". */
const PARTICIPLE_OBJECT_STARTS = ['the', 'a', 'an', 'their', 'its', 'his', 'her', 'our', 'with', 'in', 'on', 'at', 'for', 'from', 'to', 'by', 'into', 'as'];

/** "requiring the council's services", "living with foster families": an -ing word heading a phrase, not an adjective. */
function isParticiple(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k];
  return isWord(word) && (word?.lower.endsWith('ing') ?? false) && (word?.lower.length ?? 0) > 5 && isWord(tokens[k + 1], ...PARTICIPLE_OBJECT_STARTS);
}

/** A participle or "of" phrase and a time phrase after a noun: "children requiring the council's services by the end of February". */
function postModifier(tokens: readonly Token[], at: number, taken: Taken): number {
  let end = at - 1;
  const word = tokens[at];
  if (isWord(word, 'of') || isParticiple(tokens, at)) {
    let k = at + 1;
    if (!isWord(word, 'of') && isWord(tokens[k], 'with', 'in', 'on', 'at', 'for', 'from', 'to', 'as')) k++;
    while (isWord(tokens[k], 'the', 'its', 'their', 'his', 'her', 'our', 'a', 'an')) k++;
    const runEnd = contentRunRight(tokens, k, taken);
    if (runEnd >= 0) end = runEnd;
  }
  else if (isWord(word, ...PLACE_PREPOSITIONS)) end = placePhraseEnd(tokens, at, taken, end);
  else if (isWord(word, 'who', 'that') && !isPhraseEnd(tokens[at + 1])) end = relativeClauseEnd(tokens, at);
  const time = timePhraseEnd(tokens, end + 1);
  return time >= 0 ? time : end;
}

/** Prepositions whose phrase narrows what a noun counts: "members for the Brickfields ward", "staff at the plant". */
const PLACE_PREPOSITIONS = ['for', 'in', 'at', 'on', 'from', 'with', 'across'];

/** "for the Brickfields ward": the end of a place phrase at tokens[at], or `end` when it is a time or holds no noun. */
function placePhraseEnd(tokens: readonly Token[], at: number, taken: Taken, end: number): number {
  let k = at + 1;
  while (isWord(tokens[k], 'the', 'its', 'their', 'his', 'her', 'our', 'a', 'an', 'this', 'that')) k++;
  const runEnd = contentRunRight(tokens, k, taken);
  return runEnd >= 0 && !isTimeRun(tokens, k, runEnd) ? runEnd : end;
}

/** Longest relative clause kept after a noun, in tokens: "people who come to our emergency department". */
export const RELATIVE_CLAUSE_TOKENS = 6;

/** "who come to our emergency department": the last token of a relative clause at tokens[at]. */
function relativeClauseEnd(tokens: readonly Token[], at: number): number {
  let end = at;
  // "that Mr Bondi has sued": a clause with its own subject keeps its auxiliary; in "who come … could be", "could" starts the main clause.
  const next = tokens[at + 1];
  const ownSubject = !isWord(tokens[at], 'who') && isWord(next) && !AUXILIARIES.has(next?.lower ?? '') && !isVerbLike(next) && !isChangeVerb(next?.lower ?? '');
  const stops = (token: Token | undefined) => isPhraseEnd(token) || token?.type === 'num' || (!ownSubject && isWord(token) && AUXILIARIES.has(token?.lower ?? '') && !isWord(token, 'also', 'now', 'already', 'still'));
  // The clause's own auxiliary may come first ("who were aged"); a later one starts the main clause ("… could be").
  if (isWord(tokens[at + 1]) && AUXILIARIES.has(tokens[at + 1]?.lower ?? '')) end++;
  while (end + 1 < tokens.length && end - at < RELATIVE_CLAUSE_TOKENS && !stops(tokens[end + 1])) end++;
  return end;
}

export function timePhrase(tokens: readonly Token[], at: number): string | null {
  const end = timePhraseEnd(tokens, at);
  return end >= 0 ? joinTokens(tokens, at, end) : null;
}

/** "at the end of March 2016", "in the three months to December", "last year": index of the last token, or -1. */
function timePhraseEnd(tokens: readonly Token[], at: number): number {
  const first = tokens[at];
  if (isWord(first, 'last', 'this', 'next') && isWord(tokens[at + 1]) && TIME_WORDS.has(tokens[at + 1]?.lower ?? '')) return at + 1;
  if (!isWord(first) || !TIME_PREPOSITIONS.has(first?.lower ?? '')) return -1;
  // "cut from nine posts to five in 2022": "to five" leads to a figure, not to a time.
  if (isWord(tokens[at + 1], ...SPELLED_NUMBERS)) return -1;
  for (let k = at + 1; k <= at + TIME_PHRASE_WORDS && k < tokens.length; k++) {
    const token = tokens[k];
    if ((isPhraseEnd(token) && !isSym(token, '\'', '’')) || (token?.type === 'num' && !isYearToken(token))) return -1;
    const timeWord = isWord(token) && (TIME_WORDS.has(token?.lower ?? '') || MONTHS.has(token?.lower ?? ''));
    if (timeWord || isYearToken(token)) {
      let end = k;
      if (isWord(tokens[end + 1], 'of') && (isYearToken(tokens[end + 2]) || MONTHS.has(tokens[end + 2]?.lower ?? ''))) end += 2;
      if (isYearToken(tokens[end + 1])) end++;
      return end;
    }
  }
  return -1;
}

/** Spelled-out numbers that may follow "to" or "by" in a change ("to five"); a time phrase never starts with one. */
const SPELLED_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'dozen'];

function isYearToken(token: Token | undefined): boolean {
  if (token?.type !== 'num' || token.text.length !== 4) return false;
  const year = Number(token.text);
  return year >= 1800 && year <= 2100;
}

/** "The number of children requiring … was 7,319": the thing a measure noun earlier in the clause counts. */
function measureNounPhrase(tokens: readonly Token[], first: number, taken: Taken): string | null {
  for (let k = first - 1; k >= Math.max(0, first - MAX_LOOK_BACK) && !isSym(tokens[k], ';'); k--) {
    const aside = asideStart(tokens, k);
    if (aside >= 0) k = aside;
    if (taken.has(k)) {
      // "The cost of X has risen from £4.5m to £6.8m": the old end of the same change is no other figure's phrase.
      let start = k;
      while (start > 0 && taken.has(start - 1)) start--;
      if (!isWord(tokens[start - 1], 'from') || !isWord(tokens[k + 1], 'to')) return null;
      k = start - 1;
      continue;
    }
    if (isWord(tokens[k]) && MEASURE_NOUNS.has(tokens[k]?.lower ?? '') && isWord(tokens[k + 1], 'of')) {
      let start = k + 2;
      while (isWord(tokens[start], 'the', 'its', 'their', 'a', 'an')) start++;
      // "growing at a rate of 20%": this "of" leads to the figure itself; look further back ("the number of calls").
      if (start >= first - 1) continue;
      const last = contentRunRight(tokens, start, taken);
      if (last < 0) return null;
      // "the cost of the scheme" says more than "the scheme"; "the number of children" no more than "children".
      const from = NAMING_MEASURE_NOUNS.has(tokens[k]?.lower ?? '') ? k : start;
      return joinTokens(tokens, from, Math.min(postModifier(tokens, last + 1, taken), first - 1));
    }
  }
  return null;
}

/** Longest aside between dashes skipped on the way to a subject, in tokens. */
export const MAX_ASIDE_TOKENS = 30;

/** At the closing dash of an aside ("Resolution rates - the number of calls … - are"), the index of its opening dash, else -1. */
function asideStart(tokens: readonly Token[], k: number): number {
  if (!isSpacedDash(tokens[k])) return -1;
  for (let j = k - 1; j >= Math.max(0, k - MAX_ASIDE_TOKENS); j--) {
    if (isSpacedDash(tokens[j])) return j;
    if (isSym(tokens[j], ';', ':', '(', ')')) return -1;
  }
  return -1;
}

function isSpacedDash(token: Token | undefined): boolean {
  return isSym(token, '-', '–', '—') && (token?.spaceBefore ?? false);
}

/** "sales of £2bn", "a profit of $5m": the noun phrase right before "of". */
function ofPhrase(tokens: readonly Token[], first: number, taken: Taken): string | null {
  let at = first - 1;
  while (isWord(tokens[at], 'just', 'only', 'some', 'nearly', 'almost', 'about', 'around', 'roughly', 'a', 'an')) at--;
  if (!isWord(tokens[at], 'of')) return null;
  const start = contentRunLeft(tokens, at - 1, taken);
  if (start < 0) return null;
  const phrase = joinTokens(tokens, start, at - 1);
  // "an all-time high of $671.7bn", "a total of 965,000": the noun names a level, so the subject says what it counts.
  if (VALUE_NOUNS.has(tokens[at - 1]?.lower ?? '')) return subjectPhrase(tokens, start, taken) ?? phrase;
  if (LEVEL_NOUNS.has(tokens[at - 1]?.lower ?? '')) return subjectPhrase(tokens, start, taken, LEVEL_SUBJECT_BUDGET) ?? phrase;
  return phrase;
}

/** "a total of 965,000": the noun only says that a number follows. */
const VALUE_NOUNS = new Set(['total', 'sum', 'figure', 'maximum', 'minimum', 'mark', 'tune']);
/** "a new record of $1.76 trillion", "an all-time high of …": the subject close by says what reached it. */
const LEVEL_NOUNS = new Set(['record', 'high', 'low', 'peak']);
/** Function words and verbs the search for such a subject may step over: "imports rose even faster by 16.3% to". */
export const LEVEL_SUBJECT_BUDGET = 6;

/** The subject of the verb that carries the figure: "Quarterly profits at TimeWarner jumped 76%". */
function subjectPhrase(tokens: readonly Token[], first: number, taken: Taken, budget = LEFT_SKIP_BUDGET): string | null {
  let k = first - 1;
  let skipped = 0;
  while (k >= Math.max(0, first - MAX_LOOK_BACK) && skipped <= budget && !isSym(tokens[k], ';', ':')) {
    const aside = asideStart(tokens, k);
    if (aside >= 0) {
      k = aside - 1;
      continue;
    }
    if (taken.has(k) || !isContent(tokens[k]) || isVerbLike(tokens[k]) || isSym(tokens[k], '(', ')')) {
      if (!taken.has(k)) skipped++;
      k--;
      continue;
    }
    const start = contentRunLeft(tokens, k, taken);
    if (start < 0) return null;
    // "the fourth quarter", "would fall to": times and change verbs are not what the figure counts.
    if (isTimeRun(tokens, start, k) || isChangeRun(tokens, start, k)) {
      k = start - 1;
      continue;
    }
    return withOwner(tokens, start, k, taken);
  }
  return null;
}

/** "would fall to", "rose", "rising": change verbs, skipped; "growth", "the rise", "a loss" are what a figure counts. */
function isChangeRun(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k <= end; k++) if (!isVerbalChange(tokens, k)) return false;
  return true;
}

function isVerbalChange(tokens: readonly Token[], k: number): boolean {
  const lower = tokens[k]?.lower ?? '';
  if (!CHANGE_WORDS.has(lower)) return false;
  if (NOUN_CHANGES.has(lower)) return false;
  if (isChangeVerb(lower) || lower.endsWith('ing') || lower.endsWith('s')) return true;
  // A base form is a noun after a determiner or a noun ("the rise", "a price rise"), else a verb ("but fall to").
  const before = tokens[k - 1];
  return !(isWord(before, ...DETERMINERS) || (isContent(before) && !isVerbalChange(tokens, k - 1)));
}

const DETERMINERS = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'any', 'no', 'each', 'every', 'another'];

/** Change words that are only nouns: always what is counted ("growth was 2%", "a loss of £5m"). */
const NOUN_CHANGES = new Set(['growth', 'loss', 'losses', 'reduction', 'reductions', 'improvement', 'improvements', 'contraction']);

/** "the fourth quarter", "last year", "December", "a day": a time, not what a figure counts. */
function isTimeRun(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k <= end; k++) {
    const lower = tokens[k]?.lower ?? '';
    if (!isWord(tokens[k])) continue;
    if (!TIME_WORDS.has(lower) && !MONTHS.has(lower) && !TIME_MODIFIERS.has(lower)) return false;
  }
  return true;
}

const TIME_MODIFIERS = new Set(['earlier', 'prior', 'ago', 'first', 'second', 'third', 'fourth', 'final', 'full', 'fiscal', 'financial', 'calendar', 'previous', 'same', 'current', 'next', 'late', 'early', 'mid', 'whole', 'past', 'last', 'this', 'coming', 'recent', 'a', 'per', 'each', 'every']);

/** "The gap between US exports and imports": from "imports", the start of the whole phrase, else -1. */
function betweenPair(tokens: readonly Token[], start: number, taken: Taken): number {
  if (!isWord(tokens[start - 1], 'and')) return -1;
  const other = contentRunLeft(tokens, start - 2, taken);
  if (other < 0 || !isWord(tokens[other - 1], 'between')) return -1;
  const head = contentRunLeft(tokens, other - 2, taken);
  return head >= 0 && !isTimeRun(tokens, head, other - 2) ? head : -1;
}

/** "US media giant TimeWarner" after "profits at": keep the noun it belongs to ("Quarterly profits at US media giant TimeWarner"). */
function withOwner(tokens: readonly Token[], start: number, end: number, taken: Taken): string {
  const pair = betweenPair(tokens, start, taken);
  if (pair >= 0) return joinTokens(tokens, pair, end);
  let at = start - 1;
  while (isWord(tokens[at], 'the', 'a', 'an', 'its', 'their')) at--;
  if (isWord(tokens[at], 'at', 'of', 'for', 'in', 'from', 'by', 'before', 'excluding')) {
    const ownerStart = contentRunLeft(tokens, at - 1, taken);
    if (ownerStart >= 0 && end - ownerStart < MAX_PHRASE_WORDS + 2 && !isTimeRun(tokens, ownerStart, at - 1)) return joinTokens(tokens, ownerStart, end);
  }
  return joinTokens(tokens, start, end);
}

