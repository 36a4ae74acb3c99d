// Word tokens for scoring sentences: lower-cased words, English stopwords, Porter stems.
// Pure helpers; the summarizer and the comparer both build on them.

import { stemmer } from 'stemmer';

/** A word: letters or digits, with inner apostrophes or hyphens kept ("don't", "mid-term", "3.5"). */
const WORD = /[\p{L}\p{N}]+(?:(?:['’\-.,][\p{L}\p{N}]+)*)/gu;

/**
 * Function words that say nothing about what a sentence is about. A standard English list plus the
 * reporting words news prose repeats in every story ("said", "says", "told", "mr"), which would
 * otherwise make every attributed sentence look central.
 */
export const STOPWORDS: ReadonlySet<string> = new Set((
  'a about above after again against all almost also although am among an and another any anyone anything are ' +
  'around as at be became because become been before being below between both but by can cannot could did do does ' +
  'doing done down during each either else even ever every few for from further get gets got had has have having he ' +
  'her here hers herself him himself his how however i if in into is it its itself just least less like made make many ' +
  'may me might more most much must my myself neither no nor not now of off often on once one only or other others ' +
  'our ours ourselves out over own per perhaps put rather said same say saying says she should since so some still ' +
  'such than that the their theirs them themselves then there these they this those though through thus to too told ' +
  'toward towards under unless until up upon us very via was we were what whatever when where whether which while who ' +
  'whom whose why will with within without would yet you your yours yourself yourselves mr mrs ms dr ' +
  "it's that's he's she's there's i'm i've i'd i'll we're we've they're they've you're can't won't don't doesn't didn't " +
  "isn't aren't wasn't weren't hasn't haven't hadn't wouldn't couldn't shouldn't let's"
).split(' '));

/** Lower-cased word tokens of `text`, in order; curly apostrophes become straight ones. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) out.push(match[0].replace(/’/g, "'"));
  return out;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** The Porter stem of a lower-cased word, with a possessive "'s" dropped first. */
export function stem(word: string): string {
  const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
  return /^\p{N}/u.test(bare) ? bare : stemmer(bare);
}

/** Stems of the words that carry meaning: stopwords and one-letter tokens left out. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/** How often each item occurs. */
export function countTerms(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}
