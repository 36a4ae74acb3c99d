// What a figure counts, as a short phrase from its sentence: the noun phrase after it ("604 children",
// "20% of staff"), or the thing a "number of …" or "… of £5m" names, or the subject of the verb that
// carries it ("profits rose 20%"), with a time phrase when one follows ("at the end of February"); for a
// duration, a frequency or a measure, the event of its clause ("years the party has held the seat").

import type { Token } from '../text/figure-tokenizer.js';
import { CHANGE_WORDS, MONTHS } from './figure-lexicon.js';
import { isCapitalised, isPhraseEnd, isSym, isWord, gluedHyphen } from './figure-tokens.js';
import { clauseBefore, tailAfter } from './figure-clause.js';
import { agedPerson } from './figure-age-context.js';
import { MONEY_VERBS, asParticiple, changeNoun, isBaseMoneyVerb, movementResult, passiveResult, recipientLink } from './figure-verbs.js';
import {
  AUXILIARIES, DETERMINERS, MAX_LOOK_BACK, MAX_PHRASE_WORDS, TIME_WORDS, contentRunLeft, contentRunRight, isChangeVerb,
  isContent, isParticiple, isTimeRun, isVerbLike, isYearToken, joinTokens, type FigureSpan, type Taken,
} from './figure-words.js';

export { MAX_PHRASE_WORDS, takenTokens, type FigureSpan, type Taken } from './figure-words.js';

/** How many function words and verbs the leftward search may step over before giving up. */
export const LEFT_SKIP_BUDGET = 12;
/** How far a time phrase may run to reach its time word: "at the end of March 2016". */
export const TIME_PHRASE_WORDS = 6;

const TIME_PREPOSITIONS = new Set(['in', 'at', 'by', 'for', 'during', 'over', 'to', 'since', 'until', 'through', 'between']);

/** Nouns that name a measure of something else: "the number of children", "the value of exports". */
const MEASURE_NOUNS = new Set(['number', 'numbers', 'total', 'amount', 'level', 'levels', 'proportion', 'share', 'value', 'cost', 'price', 'rate', 'figure', 'percentage', 'count', 'sum', 'size', 'volume']);

/** Measure nouns that say something of their own, kept in the phrase: "cost of the scheme", "price of crude". */
const NAMING_MEASURE_NOUNS = new Set(['cost', 'price', 'rate', 'share', 'proportion', 'value', 'percentage', 'volume', 'size']);

/** Nouns that place a date within a period: "the end of March", "the start of 2024". */
const TIME_POSITION_NOUNS = new Set(['end', 'start', 'beginning', 'middle', 'close', 'turn', 'course', 'spring', 'summer', 'autumn', 'winter']);

/**
 * "was last inspected in 2014", "since it was rated inadequate in 2011": a year as a fact dates the
 * event its verb names, which says more than the clause's subject ("the school").
 */
function yearEvent(tokens: readonly Token[], span: FigureSpan, taken: Taken): string | null {
  if (!isWord(tokens[span.first - 1], 'in', 'since')) return null;
  const end = span.first - 2;
  const start = contentRunLeft(tokens, end, taken);
  if (start < 0) return null;
  for (let k = start; k <= end; k++) if (isVerbLike(tokens[k])) return joinTokens(tokens, start, end);
  return null;
}

/** Words a phrase cut short may end on, which leave it hanging: "warnings from", "the cost of the". */
const DANGLING_ENDS = new Set(['from', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'the', 'a', 'an', 'and', 'or', 'that', 'which', 'who',
  'its', 'their', 'his', 'her', 'our']);

/** The phrase that says what the figure at `span` counts, or null. `taken` holds the tokens of every figure. */
export function figureContext(tokens: readonly Token[], span: FigureSpan, taken: Taken): string | null {
  const event = span.kind === 'year' ? yearEvent(tokens, span, taken) : null;
  const phrase = contextPhrase(tokens, span, taken);
  // "built in 1891": a bare verb needs what it was said of ("library built"); "last inspected" stands alone.
  const context = event && phrase && !event.includes(' ') && !phrase.includes(event) ? `${phrase} ${event}` : event ?? phrase;
  if (context === null) return null;
  const words = context.split(' ');
  while (words.length > 1 && DANGLING_ENDS.has(words.at(-1)!)) words.pop();
  return words.join(' ');
}

function contextPhrase(tokens: readonly Token[], span: FigureSpan, taken: Taken): string | null {
  const time = timePhrase(tokens, span.last + 1);
  // A duration counts its own measure ("two years prior", "65 seconds of listening"), unless it qualifies a noun
  // as one hyphenated word: "a three-year deal".
  const adjectival = isSym(tokens[span.last - 1], '-', '‐', '‑');
  const person = span.kind === 'age' ? agedPerson(tokens, span, taken) : null;
  if (person) return person;
  // "at the end of March 2016": the noun before "of" places the date in time; it is not what the date is of.
  if (span.kind === 'date' && isWord(tokens[span.first - 1], 'of') && TIME_POSITION_NOUNS.has(tokens[span.first - 2]?.lower ?? '')) return null;
  if (span.unit === 'duration' && span.measure && !adjectival) return eventContext(tokens, span.first, span.last + 1, span.measure, taken);
  if (isFrequency(tokens, span)) return eventContext(tokens, span.first, span.last + 2, 'times', taken);
  const after = phraseAfter(tokens, span, taken);
  if (after) return after;
  if (span.unit === 'duration' && span.measure) return time ? `${span.measure} ${time}` : span.measure;
  // "they plan to buy 4,300 acres", "beat the record by 800 metres": a measure counts the event it measures.
  if (span.unit === 'other' && span.kind === 'count' && span.measure) {
    const ownName = measureNounPhrase(tokens, span.first, taken) ?? ofPhrase(tokens, span.first, taken);
    return ownName ?? eventContext(tokens, span.first, span.last + 1, span.measure, taken);
  }
  const purpose = span.kind === 'money' ? moneyPurpose(tokens, span, taken) : null;
  // "a sum of £3m is earmarked for repairs": after "a total of", "a sum of", what the sum is for says more.
  const valueOnly = isWord(tokens[span.first - 1], 'of') && VALUE_NOUNS.has(tokens[span.first - 2]?.lower ?? '');
  const compared = comparison(tokens, span.last + 1);
  const counted = measureNounPhrase(tokens, span.first, taken) ?? (valueOnly ? purpose : null) ?? ofPhrase(tokens, span.first, taken);
  // A sum's purpose is never the size of a change; what a noun or a subject names may be ("profits rose 12%": "rise in profits").
  const named = counted === null && purpose !== null ? purpose : changed(tokens, span, counted ?? subjectContext(tokens, span, taken, compared !== null));
  if (named && compared) return `${named} ${compared}`;
  if (compared) return compared;
  // "pay £3m for the road repairs this year": the purpose already ends with the words timePhrase took for a time.
  if (named) return time && !named.endsWith(time) ? `${named} ${time}` : named;
  if (span.measure) return time ? `${span.measure} ${time}` : span.measure;
  return null;
}

/**
 * "growth of 2.4% this year, easing to 1.8% next year before rising to 2.2%": the figure after an -ing change
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
  if (timePhrase(tokens, span.last + 2) !== null || (isWord(next, 'this', 'last', 'next') && TIME_WORDS.has(tokens[span.last + 3]?.lower ?? ''))) return true;
  if (MULTIPLIER_FOLLOWERS.has(lower)) return false;
  return !isContent(next) || TIME_WORDS.has(lower) || isWord(next, 'last', 'this', 'next');
}

/** "a week", "a year", "per day" at tokens[at]: how often. */
function perPeriod(tokens: readonly Token[], at: number): boolean {
  return isWord(tokens[at], 'a', 'an', 'per', 'each', 'every') && isWord(tokens[at + 1]) && TIME_WORDS.has(tokens[at + 1]?.lower ?? '');
}

/** The figure is followed by the noun it counts: "604 children", "nine posts". */
export function namesItsNoun(tokens: readonly Token[], span: FigureSpan, taken: Taken): boolean {
  return span.unit !== 'duration' && phraseAfter(tokens, span, taken) !== null;
}

/** "604 children", "20% of staff", "seven serious notifications", "500 dedicated, passionate and committed staff". */
function phraseAfter(tokens: readonly Token[], span: FigureSpan, taken: Taken): string | null {
  const at = span.last + 1;
  const money = span.kind === 'money';
  let k = skipParenthesis(tokens, at);
  // "the 0.6% forecast", "a £2m total": nouns that are verbs elsewhere, so not content words.
  if (isWord(tokens[k], ...HEAD_NOUNS_AFTER) && isPhraseEnd(tokens[k + 1])) return tokens[k]?.text ?? null;
  const dimension = isWord(tokens[k + 1], 'long', 'high', 'wide', 'tall', 'deep', 'strong', 'thick');
  if (gluedHyphen(tokens, k) && isWord(tokens[k + 1]) && (dimension || !isContentNoun(tokens, k + 2))) k += 2;
  if (money && k > at && isWord(tokens[k], 'in', 'on', 'for') && !isTimeStart(tokens[k + 1])) k++;
  // "the 2.5% which the government had predicted": the figure is the object of the clause that follows.
  if (k === at && isWord(tokens[k], 'which') && !isPhraseEnd(tokens[k + 1])) return joinTokens(tokens, k, relativeClauseEnd(tokens, k));
  // "took to 37 the number of shops that …": the measure noun comes after the figure.
  if (isWord(tokens[k], 'the', 'a') && MEASURE_NOUNS.has(tokens[k + 1]?.lower ?? '') && isWord(tokens[k + 2], 'of')) k += 2;
  if (isWord(tokens[k], 'of')) {
    k++;
    while (isWord(tokens[k], 'the', 'its', 'their', 'his', 'her', 'our', 'all', 'a', 'an', 'these', 'those', 'this', 'that')) k++;
    // "22 of the 45 seats", "half of the 2,000-metre-long wall": the part counts what the whole counts.
    k = pastFigure(tokens, k, taken);
    // "£1.2m of the cost": a noun that is no content word elsewhere.
    if (isWord(tokens[k], ...HEAD_NOUNS_AFTER)) return withResult(tokens, k, postModifier(tokens, k + 1, taken), taken, span);
  }
  const last = contentRunRight(tokens, k, taken);
  if (last < 0 || isTimeRun(tokens, k, last)) return null;
  const end = extendList(tokens, last, taken);
  return withResult(tokens, k, postModifier(tokens, end + 1, taken), taken, span);
}

/**
 * The phrase tokens[start..end] after a figure and what happened to the things it names: "patients … seen",
 * "cost came from a national heritage grant". A date is no group of things that something happened to, and
 * after "none of its three stores" what happened did not happen to them.
 */
function withResult(tokens: readonly Token[], start: number, end: number, taken: Taken, span: FigureSpan): string {
  const none = span.kind === 'date' || span.kind === 'year' || deniedBefore(tokens, span.first);
  const result = none ? null : passiveResult(tokens, end + 1) ?? movementResult(tokens, end + 1, taken);
  return result === null ? joinTokens(tokens, start, end) : `${joinTokens(tokens, start, end)} ${result}`;
}

/** Words that deny what follows of the figure's things: "none of its three stores", "no 40 homes", "not 12 people". */
const DENIALS = ['none', 'neither', 'no', 'not', 'nor', 'never'];

/** "none of the 12 stores": a denial before the figure, past "of" and determiners. */
function deniedBefore(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (isWord(tokens[k], 'of', ...DETERMINERS)) k--;
  return isWord(tokens[k], ...DENIALS);
}

/** Comparatives that, with "than", say what a figure is measured against: "24% higher than in 2003". */
const COMPARATIVES = new Set(['higher', 'lower', 'more', 'less', 'fewer', 'bigger', 'smaller', 'greater', 'larger', 'cheaper', 'dearer', 'longer', 'shorter', 'faster', 'slower']);
/** Prepositions that, before a noun, say what a figure is measured against: "51% over budget". */
const MEASURED_AGAINST = ['over', 'above', 'below', 'under', 'beyond', 'within'];
/** Longest comparison kept, in tokens: "more than the mean of the last ten seasons". */
export const COMPARISON_TOKENS = 8;

/** "higher than in 2019", "over budget", "more than the mean of the last ten seasons", or null. */
function comparison(tokens: readonly Token[], at: number): string | null {
  if (isWord(tokens[at], ...MEASURED_AGAINST)) {
    const last = contentRunRight(tokens, at + 1, { has: () => false });
    return last >= 0 && !isTimeRun(tokens, at + 1, last) ? joinTokens(tokens, at, last) : null;
  }
  if (!isWord(tokens[at]) || !COMPARATIVES.has(tokens[at]?.lower ?? '') || !isWord(tokens[at + 1], 'than')) return null;
  let end = at + 1;
  // It ends at punctuation, at a conjunction or at another figure: "18% higher than in 2019 and 12% more than …".
  const ends = (token: Token | undefined) => isPhraseEnd(token) || isWord(token, 'and', 'or', 'but') || (token?.type === 'num' && !isYearToken(token));
  while (end + 1 < tokens.length && end - at < COMPARISON_TOKENS && !ends(tokens[end + 1])) end++;
  return end > at + 1 ? joinTokens(tokens, at, end) : null;
}

/** "profits rose 12%", "pushed its profits down by 12 per cent": the size of a change counts the "fall in profits". */
function changed(tokens: readonly Token[], span: FigureSpan, named: string | null): string | null {
  const change = named === null ? null : changeNoun(tokens, span);
  return change ? `${change} in ${named}` : named;
}

/** Words that may stand between who pays a sum and the sum: "cost the council a further £2m"; not "raise the fee cap to £90,000". */
const RECIPIENT_GAP = new Set(['a', 'an', 'further', 'extra', 'another', 'additional', 'just', 'only', 'some']);

const BE_FORMS = ['is', 'are', 'was', 'were', 'be', 'been', 'being'];

/** tokens[from..to] are all words of `words` (true when there are none). */
function onlyWords(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k <= to; k++) if (!isWord(tokens[k]) || !words.has(tokens[k]?.lower ?? '')) return false;
  return true;
}

/** Most words of the verb between a subject and its figure kept before a comparison: "will cost", "had been". */
export const COMPARED_VERB_WORDS = 3;

/**
 * What the subject of the figure's clause says it counts. Three readings of the words before the figure go
 * beyond the subject itself: "cost the council £2.7m a year" (the noun is who pays: "cost the council a year");
 * "will borrow £900,000" (the noun is the verb: "borrowed by …"); and "will cost £2.3m more than planned" (a
 * comparison needs its verb: "the defences will cost more than planned").
 */
function subjectContext(tokens: readonly Token[], span: FigureSpan, taken: Taken, compared: boolean): string | null {
  const subject = subjectSpan(tokens, span.first, taken);
  if (subject === null) return null;
  const { start, end } = subject;
  if (start === end && isBaseMoneyVerb(tokens[end]) && span.kind !== 'year' && span.kind !== 'date') {
    // The one who borrows is named only when nothing but auxiliaries stands between: not across "which they say would".
    const owner = subjectSpan(tokens, start, taken);
    const named = owner !== null && onlyWords(tokens, owner.end + 1, start - 1, AUXILIARIES);
    return `${asParticiple(tokens[end]?.text ?? '')}${named ? ` by ${joinTokens(tokens, owner.start, owner.end)}` : ''}`;
  }
  let verb = start - 1;
  while (isWord(tokens[verb], ...DETERMINERS)) verb--;
  // "were offered a price drop": in a passive the noun after the verb is what is given, not who gets it.
  const link = span.kind === 'money' && !isWord(tokens[verb - 1], ...BE_FORMS) ? recipientLink(tokens[verb]) : null;
  if (link !== null && onlyWords(tokens, end + 1, span.first - 1, RECIPIENT_GAP)) {
    const period = perPeriod(tokens, span.last + 1) ? ` ${joinTokens(tokens, span.last + 1, span.last + 2)}` : '';
    return `${link} ${joinTokens(tokens, verb + 1, end)}${period}`;
  }
  const gap = span.first - 1 - end;
  if (!compared || gap < 1 || gap > COMPARED_VERB_WORDS) return subject.text;
  for (let k = end + 1; k < span.first; k++) if (!isWord(tokens[k]) || !(AUXILIARIES.has(tokens[k]?.lower ?? '') || isVerbLike(tokens[k]))) return subject.text;
  return `${subject.text} ${joinTokens(tokens, end + 1, span.first - 1)}`;
}

/** Prepositions after a sum that say what it pays for or where it comes from: "£310,000 on consultants". */
const PURPOSE_PREPOSITIONS = ['on', 'for', 'in', 'towards', 'toward', 'from', 'to', 'by'];

/** Prepositions that say what a sum is for even when no verb takes it: "£85,000 towards equipment". */
const PLAIN_PURPOSE_PREPOSITIONS = ['on', 'towards', 'toward'];

/** Words between a money verb and its sum: "raised a further £46,000", "bought for $9.4bn". */
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
  return `${verb ? `${asParticiple(verb)} ` : ''}${joinTokens(tokens, k, end)}`;
}

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
  // "an all-time high of $412.3bn", "a total of 965,000": the noun names a level, so the subject says what it counts.
  if (VALUE_NOUNS.has(tokens[at - 1]?.lower ?? '')) return subjectPhrase(tokens, start, taken) ?? phrase;
  if (LEVEL_NOUNS.has(tokens[at - 1]?.lower ?? '')) return subjectPhrase(tokens, start, taken, LEVEL_SUBJECT_BUDGET) ?? phrase;
  return phrase;
}

/** "a total of 965,000": the noun only says that a number follows. */
const VALUE_NOUNS = new Set(['total', 'sum', 'figure', 'maximum', 'minimum', 'mark', 'tune']);
/** "a new record of $2.31 trillion", "an all-time high of …": the subject close by says what reached it. */
const LEVEL_NOUNS = new Set(['record', 'high', 'low', 'peak']);
/** Function words and verbs the search for such a subject may step over: "sales rose even faster by 11.2% to". */
export const LEVEL_SUBJECT_BUDGET = 6;

/** The subject of the verb that carries the figure: "Quarterly profits at TimeWarner jumped 76%". */
function subjectPhrase(tokens: readonly Token[], first: number, taken: Taken, budget = LEFT_SKIP_BUDGET): string | null {
  return subjectSpan(tokens, first, taken, budget)?.text ?? null;
}

/** A subject phrase: its text, and the first and last token of its own noun run (without an owner it names). */
interface Subject {
  text: string;
  start: number;
  end: number;
}

function subjectSpan(tokens: readonly Token[], first: number, taken: Taken, budget = LEFT_SKIP_BUDGET): Subject | null {
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
    return { text: withOwner(tokens, start, k, taken), start, end: k };
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

/** Change words that are only nouns: always what is counted ("growth was 2%", "a loss of £5m"). */
const NOUN_CHANGES = new Set(['growth', 'loss', 'losses', 'reduction', 'reductions', 'improvement', 'improvements', 'contraction']);

/** "The gap between farm sales and costs": from "costs", the start of the whole phrase, else -1. */
function betweenPair(tokens: readonly Token[], start: number, taken: Taken): number {
  if (!isWord(tokens[start - 1], 'and')) return -1;
  const other = contentRunLeft(tokens, start - 2, taken);
  if (other < 0 || !isWord(tokens[other - 1], 'between')) return -1;
  const head = contentRunLeft(tokens, other - 2, taken);
  return head >= 0 && !isTimeRun(tokens, head, other - 2) ? head : -1;
}

/** "Leeds brewer Kirkgate" after "profits at": keep the noun it belongs to ("Quarterly profits at Leeds brewer Kirkgate"). */
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


