// The clause a figure sits in, for figures that measure an event rather than name a thing: in "the party has
// held the seat for 22 years" and "the contract was varied 14 times", what the figure counts is the event,
// "the party has held the seat", not the bare "years" or "times".

import type { Token } from '../text/figure-tokenizer.js';
import { isSym, isWord } from './figure-tokens.js';

/** Longest clause kept, in words, counted from its start: subject and verb come first, so a cut keeps them. */
export const CLAUSE_WORDS = 9;
/** Furthest (in tokens) the search for the clause start looks left, so that long sentences stay linear. */
export const CLAUSE_LOOK_BACK = 40;
/** Longest phrase kept after the figure ("in the post", "before we could move back in"), in words. */
export const TAIL_WORDS = 6;

/** Words that open a clause: the event a figure measures starts after them ("a teacher who has lived …"). */
const CLAUSE_OPENERS = new Set([
  'who', 'which', 'that', 'when', 'while', 'where', 'because', 'although', 'though', 'whereas', 'unless', 'if',
  'said', 'says', 'say', 'told', 'since', 'until', 'whose', 'whom',
]);

/** Words between the clause and the figure: "for", "within", "over the next", "after". */
const LINKING_WORDS = new Set([
  'for', 'in', 'within', 'over', 'during', 'after', 'by', 'since', 'the', 'next', 'past', 'last', 'first', 'of', 'a',
  'an', 'another', 'further', 'at', 'up', 'to', 'nearly', 'almost', 'about', 'around', 'some', 'least', 'than', 'just', 'only',
]);

/** Sentence-opening words written in lower case when the clause goes inside a phrase. */
const SENTENCE_START_LOWERED = ['i', 'the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'our'];

/** Conjunctions that may lead a clause and add nothing to it. */
const LEADING_CONJUNCTIONS = new Set(['and', 'or', 'but', 'then', 'yet', 'so', 'as']);

/** Punctuation that closes a clause. Quote marks do not: "given “an unduly optimistic picture” of it". */
function isBoundary(token: Token | undefined): boolean {
  return token === undefined || isSym(token, ',', ';', ':', '(', ')', '[', ']', '–', '—', '.', '!', '?');
}

/** The clause before tokens[first], without the words linking it to the figure, cut to CLAUSE_WORDS words; or null. */
export function clauseBefore(tokens: readonly Token[], first: number, isContent: (token: Token | undefined) => boolean, isFigure: (index: number) => boolean): string | null {
  let end = first - 1;
  while (end >= 0 && isWord(tokens[end]) && LINKING_WORDS.has(tokens[end]?.lower ?? '')) end--;
  if (end < 0 || isBoundary(tokens[end])) return null;
  let start = end;
  const floor = Math.max(0, first - CLAUSE_LOOK_BACK);
  while (start > floor && !isBoundary(tokens[start - 1]) && !(isWord(tokens[start - 1]) && CLAUSE_OPENERS.has(tokens[start - 1]?.lower ?? ''))) start--;
  while (start < end && isWord(tokens[start]) && LEADING_CONJUNCTIONS.has(tokens[start]?.lower ?? '')) start++;
  // "…, 18% higher than in 2019 and 12% more than the mean of the last ten seasons": a list of figures, not an event.
  if (isFigure(start)) return null;
  let content = false;
  for (let k = start; k <= end && !content; k++) content = isContent(tokens[k]);
  const text = content ? spanText(tokens, start, end, CLAUSE_WORDS) : null;
  // "The company has held …" reads "years the company has held …" in the middle of a phrase.
  let opening = 0;
  while (isSym(tokens[opening], ...QUOTE_MARKS)) opening++;
  const lowered = start <= opening && isWord(tokens[opening], ...SENTENCE_START_LOWERED);
  return text !== null && lowered ? (tokens[opening]?.lower ?? '') + text.slice(tokens[opening]?.text.length ?? 0) : text;
}

/**
 * A phrase after the figure that places the event: "in the post", "before we could move back in",
 * "prior to the inspection", "since the merger".
 */
export function tailAfter(tokens: readonly Token[], at: number): string | null {
  if (!isWord(tokens[at], 'in', 'of', 'before', 'after', 'on', 'at', 'as', 'with', 'prior', 'since', 'until', 'ahead', 'leading')) return null;
  let end = at;
  while (end + 1 < tokens.length && !isBoundary(tokens[end + 1]) && tokens[end + 1]?.type !== 'num') end++;
  return end > at ? spanText(tokens, at, end, TAIL_WORDS) : null;
}

/** Quote marks that open a clause in quoted speech and are left out of it: “I have knocked on …”. */
const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'"];

/** tokens[start..end] as written, without opening quote marks, cut after `maxWords` words; null when it holds no word. */
function spanText(tokens: readonly Token[], start: number, end: number, maxWords: number): string | null {
  let from = start;
  while (from <= end && isSym(tokens[from], ...QUOTE_MARKS)) from++;
  let to = from - 1;
  let words = 0;
  for (let k = from; k <= end; k++) {
    if (tokens[k]?.type !== 'sym' && ++words > maxWords) break;
    to = k;
  }
  // A cut clause ends on a word of its own: "… an unduly optimistic picture", not "… picture” of".
  if (to < end) while (to > from && (isSym(tokens[to]) || LINKING_WORDS.has(tokens[to]?.lower ?? '') || LEADING_CONJUNCTIONS.has(tokens[to]?.lower ?? ''))) to--;
  if (to < from) return null;
  let text = '';
  for (let k = from; k <= to; k++) text += (k > from && tokens[k]?.spaceBefore ? ' ' : '') + (tokens[k]?.text ?? '');
  // A cut may leave a quotation open: "given “an unduly optimistic picture" loses its “.
  const open = text.lastIndexOf('“');
  return open >= 0 && !text.includes('”', open) ? text.slice(0, open) + text.slice(open + 1) : text;
}
