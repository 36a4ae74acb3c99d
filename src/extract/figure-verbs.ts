// The verbs around a figure, as a figure's context names them: a sum is what a verb does with it ("£1.4m taken
// from its reserves"), a figure after "rose" or "down by" is the size of a change ("a 12% fall in profits"), and
// the noun between "cost" and a sum is who pays it, not what the sum counts ("cost the council £2.7m").

import type { Token } from '../text/figure-tokenizer.js';
import { CHANGE_WORDS } from './figure-lexicon.js';
import { gluedHyphen, isWord } from './figure-tokens.js';
import { DETERMINERS, contentRunRight, isChangeVerb, joinTokens, type FigureSpan, type Taken } from './figure-words.js';

/** Verbs that take a sum as their object and say what happens to it: "spent", "raised", "borrow", "take". */
export const MONEY_VERBS = new Set([
  'take', 'took', 'taken', 'borrow', 'borrowed', 'invest', 'invested', 'spend', 'spent', 'raise', 'raised', 'pay',
  'paid', 'receive', 'received', 'contribute', 'contributed', 'donate', 'donated', 'give', 'gave', 'lend', 'lent',
  'owe', 'owed', 'fined', 'charge', 'charged', 'save', 'saved', 'earmarked', 'allocated', 'bought', 'sold', 'won',
  'lost', 'award', 'awarded', 'set', 'put', 'add', 'added', 'claim', 'claimed', 'seek', 'sought', 'return', 'repay',
]);

/**
 * The participle of a money verb in base or past form: shown after the sum it takes, "£1.6m paid towards a school"
 * reads as a phrase where "£1.6m pay towards a school" does not. Forms already participles are not listed.
 */
const PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ['take', 'taken'], ['took', 'taken'], ['borrow', 'borrowed'], ['invest', 'invested'], ['spend', 'spent'], ['raise', 'raised'],
  ['pay', 'paid'], ['receive', 'received'], ['contribute', 'contributed'], ['donate', 'donated'], ['give', 'given'],
  ['gave', 'given'], ['lend', 'lent'], ['owe', 'owed'], ['charge', 'charged'], ['save', 'saved'], ['award', 'awarded'],
  ['add', 'added'], ['claim', 'claimed'], ['seek', 'sought'], ['return', 'returned'], ['repay', 'repaid'],
]);

/** "pay" → "paid", "took" → "taken"; other words as they are. */
export function asParticiple(verb: string): string {
  return PARTICIPLES.get(verb.toLowerCase()) ?? verb;
}

/** A money verb in a form that is no participle: "will borrow £900,000" (the leftward search may take it for a noun). */
export function isBaseMoneyVerb(token: Token | undefined): boolean {
  return isWord(token) && PARTICIPLES.has(token?.lower ?? '');
}

/**
 * Verbs whose first object is who gets or pays a sum, the sum being the second ("cost the council £2.7m"), and how
 * the sum's context names that one: "cost to the council", "paid to the builder", "saved for the taxpayer".
 */
const RECIPIENT_VERBS: ReadonlyMap<string, string> = new Map([
  ...forms('cost to', 'cost', 'costs', 'costing'), ...forms('given to', 'give', 'gives', 'gave', 'given', 'giving'),
  ...forms('paid to', 'pay', 'pays', 'paid', 'paying'), ...forms('owed to', 'owe', 'owes', 'owed'),
  ...forms('charged to', 'charge', 'charges', 'charged'), ...forms('lent to', 'lend', 'lends', 'lent'),
  ...forms('awarded to', 'award', 'awards', 'awarded'), ...forms('granted to', 'grant', 'grants', 'granted'),
  ...forms('offered to', 'offer', 'offers', 'offered'), ...forms('handed to', 'hand', 'hands', 'handed'),
  ...forms('saved for', 'save', 'saves', 'saved'), ...forms('earned for', 'earn', 'earns', 'earned'),
]);

function forms(phrase: string, ...words: string[]): Array<[string, string]> {
  return words.map((word) => [word, phrase]);
}

/** "cost" → "cost to", "gave" → "given to": how a sum names who got or paid it, or null for other words. */
export function recipientLink(token: Token | undefined): string | null {
  return isWord(token) ? RECIPIENT_VERBS.get(token?.lower ?? '') ?? null : null;
}

/**
 * "rose 12%", "fell by £2m", "pushed its profits down by 12 per cent", "up 5%", "closed 6% lower": the figure at
 * `span` is the size of a change, named "rise", "fall" or "growth"; null when it is a level ("rose to 7%") or no
 * change. Nouns ("a rise of 5%") are left to the phrase they head.
 */
export function changeNoun(tokens: readonly Token[], span: FigureSpan): 'rise' | 'fall' | 'growth' | null {
  // "cuts would fall in 2011": a year or a date dates a change and is never its size.
  if (span.kind === 'year' || span.kind === 'date') return null;
  const by = isWord(tokens[span.first - 1], 'by');
  const word = tokens[by ? span.first - 2 : span.first - 1];
  const lower = isWord(word) ? word?.lower ?? '' : '';
  const direction = CHANGE_WORDS.get(lower);
  const particle = lower === 'up' || lower === 'down';
  const verbal = isChangeVerb(lower) || particle || /(?:s|ing)$/.test(lower);
  // "cut £2m", "shed 300 jobs": without "by", the figure after such a verb is what it removes, not the change.
  const removed = !by && TRANSITIVE_CHANGES.has(lower);
  // "flagged up eight holes": a bare count after "up" is the object of a phrasal verb; "up 5%", "down 40p" are changes.
  const phrasal = !by && particle && isBareCount(span);
  if (!direction || !verbal || lower === 'higher' || lower === 'lower' || MONEY_VERBS.has(lower) || removed || phrasal) return changeAfter(tokens, span);
  if (GROWTH_VERBS.has(lower)) return 'growth';
  return direction === 'up' ? 'rise' : 'fall';
}

/** "closed 6.2% lower", "ended 40p up": a direction right after the figure, with no "than" (a comparison) after it. */
function changeAfter(tokens: readonly Token[], span: FigureSpan): 'rise' | 'fall' | null {
  const after = tokens[span.last + 1];
  if (isBareCount(span) || !isWord(after, 'higher', 'lower', 'up', 'down') || isWord(tokens[span.last + 2], 'than')) return null;
  return CHANGE_WORDS.get(after?.lower ?? '') === 'up' ? 'rise' : 'fall';
}

function isBareCount(span: FigureSpan): boolean {
  return span.kind === 'count' && span.measure === null;
}

/** "the economy grew 3%" is growth in the economy more than a rise in it. */
const GROWTH_VERBS = new Set(['grew', 'grow', 'grows', 'growing', 'grown']);

/** Change verbs that also take what they change as their object: "cut £2m from", "halved its debt". */
const TRANSITIVE_CHANGES = new Set(['cut', 'cuts', 'reduce', 'reduced', 'boost', 'boosted', 'lifted', 'lowered', 'trimmed', 'shed', 'hike', 'hiked', 'halved', 'doubled', 'tripled']);

/** Auxiliaries of a passive after a counted noun: "patients were seen", "homes will be built"; "has" etc. only before "been". */
const PASSIVE_AUXILIARIES = ['was', 'were', 'is', 'are', 'be', 'been', 'will', 'would', 'could', 'may', 'might', 'not'];
/** Most auxiliaries before the participle: "will not have been". */
const MAX_PASSIVE_AUXILIARIES = 4;
/** Longest result kept after the participle, in words ("evacuated from their homes"); a longer one keeps the participle alone. */
export const RESULT_WORDS = 5;
/** Participles that do not end in -ed. */
const IRREGULAR_PARTICIPLES = new Set(['seen', 'given', 'taken', 'told', 'found', 'made', 'paid', 'sent', 'kept', 'held', 'left', 'built', 'sold',
  'bought', 'brought', 'caught', 'hurt', 'shut', 'shown', 'known', 'thrown', 'drawn', 'born', 'chosen', 'written', 'driven', 'spent', 'led', 'met']);
/** Words that end a result: a conjunction starts another clause. */
const RESULT_ENDS = ['and', 'or', 'but', 'while', 'because', 'although', 'though', 'after', 'before', 'as', 'when', 'if'];

/**
 * "61% of patients were seen within four hours", "300 people were not allowed in": what happened to what a figure
 * counts says which of them it counts. The participle and the words after it up to the clause's end (the
 * auxiliaries dropped, "not" kept), or null when no passive follows tokens[at - 1]. "are expected to …" is left
 * out: its result is in the verb after "to".
 */
export function passiveResult(tokens: readonly Token[], at: number): string | null {
  const participle = passiveParticipleAt(tokens, at);
  if (participle < 0 || isWord(tokens[participle + 1], 'to')) return null;
  let end = participle;
  let words = 1;
  for (; isWord(tokens[end + 1]) && !isWord(tokens[end + 1], ...RESULT_ENDS); words++) {
    // "non-emergency" is one word.
    end = gluedHyphen(tokens, end + 2) && isWord(tokens[end + 3]) ? end + 3 : end + 1;
  }
  if (words > RESULT_WORDS) end = participle;
  const text = joinTokens(tokens, participle, end);
  return tokens.slice(at, participle).some((token) => token.lower === 'not') ? `not ${text}` : text;
}

/** Index of the participle of a passive whose auxiliaries start at tokens[at], or -1. */
function passiveParticipleAt(tokens: readonly Token[], at: number): number {
  let k = at;
  while (k - at < MAX_PASSIVE_AUXILIARIES && (isWord(tokens[k], ...PASSIVE_AUXILIARIES) || (isWord(tokens[k], 'has', 'have', 'had') && isWord(tokens[k + 1], 'been')))) k++;
  const lower = tokens[k]?.lower ?? '';
  const participle = IRREGULAR_PARTICIPLES.has(lower) || (lower.length > 4 && lower.endsWith('ed') && !CHANGE_WORDS.has(lower));
  return k > at && isWord(tokens[k]) && participle ? k : -1;
}

/** Verbs that say where a sum came from or went: "came from a grant", "will go to charity". */
const MOVEMENT_VERBS = ['came', 'come', 'comes', 'coming', 'went', 'go', 'goes', 'going'];
/** Auxiliaries before such a verb: "will go", "is coming". */
const MOVEMENT_AUXILIARIES = ['will', 'would', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'also'];

/** "came from a national heritage grant", "will go to local charities", "come to the market", at tokens[at]; or null. */
export function movementResult(tokens: readonly Token[], at: number, taken: Taken): string | null {
  let k = at;
  while (k - at < 2 && isWord(tokens[k], ...MOVEMENT_AUXILIARIES)) k++;
  if (!isWord(tokens[k], ...MOVEMENT_VERBS) || !isWord(tokens[k + 1], 'from', 'to', 'towards', 'into')) return null;
  let start = k + 2;
  while (isWord(tokens[start], ...DETERMINERS)) start++;
  const end = contentRunRight(tokens, start, taken);
  return end < 0 ? null : joinTokens(tokens, k, end);
}
