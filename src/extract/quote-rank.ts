// Which quotes a reader wants first: ones a named person says in whole sentences, long enough to
// carry a claim (a figure, a commitment, an admission), from different speakers. Labels (`term`)
// are never key quotes.
import type { Quote } from '../model.js';
import { wordCount } from '../text/word-count.js';

/** Who speaks: a named person carries more than a body, a body more than an anonymous source. */
export const WEIGHT_SPEAKER = 0.35;
/** Whole sentences read better out of context than fragments. */
export const WEIGHT_KIND = 0.2;
/** Enough words to say something; very long quotes are cut down in the digest anyway. */
export const WEIGHT_LENGTH = 0.2;
/** Figures, commitments, first-person statements: what the quote carries. */
export const WEIGHT_CONTENT = 0.15;
/** Earlier quotes are usually the ones the story is built on. */
export const WEIGHT_POSITION = 0.1;
/** A second quote by the same speaker keeps this share of its score, so other voices come first. */
export const REPEAT_SPEAKER_FACTOR = 0.6;
/**
 * A fragment of fewer words than this ("around the clock") means little out of its sentence: it
 * keeps SHORT_FRAGMENT_FACTOR of its score, so it is a key quote only when nothing fuller is left.
 * Higher drops more fragments that carry a claim ("a further headwind of £4m").
 */
export const SHORT_FRAGMENT_WORDS = 5;
export const SHORT_FRAGMENT_FACTOR = 0.4;
/** Quotes of about this many words score full marks for length. */
export const GOOD_LENGTH_WORDS = 12;
/** Past this many words, the length score falls. */
export const LONG_QUOTE_WORDS = 80;

const CARRYING = [
  /\d/, // a figure
  /\b(?:will|must|should|need|going to|won't|cannot|can't|never|always)\b/i, // a commitment or demand
  /\b(?:I|we|my|our|us)\b/, // the speaker's own position
  /\b(?:sorry|apologi[sz]e|regret|admit|wrong|fail(?:ed|ure|ings)?|concern(?:ed|s)?|serious|danger\w*|crisis)\b/i, // admissions and alarms
];

function speakerScore(quote: Quote): number {
  const speaker = quote.speaker;
  if (!speaker) return 0.1;
  const words = speaker.split(/\s+/);
  if (/^\p{Ll}|^(?:A|An|The|One|Some)\b/u.test(speaker)) return 0.55;
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) ? 1 : 0.8;
}

function lengthScore(words: number): number {
  if (words > LONG_QUOTE_WORDS) return LONG_QUOTE_WORDS / words;
  return Math.min(1, words / GOOD_LENGTH_WORDS);
}

function contentScore(text: string): number {
  return CARRYING.filter((pattern) => pattern.test(text)).length / CARRYING.length;
}

/** A quote's score before the same-speaker penalty (0 for terms). */
export function quoteScore(quote: Quote, index: number, total: number): number {
  if (quote.kind === 'term') return 0;
  const words = wordCount(quote.text);
  const score = WEIGHT_SPEAKER * speakerScore(quote)
    + WEIGHT_KIND * (quote.kind === 'full' ? 1 : 0.5)
    + WEIGHT_LENGTH * lengthScore(words)
    + WEIGHT_CONTENT * contentScore(quote.text)
    + WEIGHT_POSITION * (1 - index / Math.max(1, total));
  return quote.kind === 'partial' && words < SHORT_FRAGMENT_WORDS ? score * SHORT_FRAGMENT_FACTOR : score;
}

/** A stretch of the article already in front of the reader (a summary sentence). */
export interface ShownSpan { start: number; end: number }

/** The quote lies wholly inside one of the spans, so listing it again would repeat it word for word. */
export function shownAlready(quote: Quote, shown: readonly ShownSpan[]): boolean {
  return shown.some((span) => span.start <= quote.start && quote.end <= span.end);
}

/**
 * Indices of the quotes a reader most wants, best first; at most `limit`. Greedy, so speakers vary.
 * Quotes wholly inside `shown` (the summary sentences) are left out: the reader has just read them.
 */
export function rankQuotes(quotes: readonly Quote[], limit: number, shown: readonly ShownSpan[] = []): number[] {
  // A Float64Array: a plain array of scores is small integers (all 0) in one article and fractions in the next, and the loop below was recompiled for each.
  const scores = new Float64Array(quotes.length);
  quotes.forEach((quote, i) => { scores[i] = shownAlready(quote, shown) ? 0 : quoteScore(quote, i, quotes.length); });
  const chosen: number[] = [];
  const spoken = new Map<string, number>();
  while (chosen.length < limit) {
    let best = -1;
    let bestScore = 0;
    scores.forEach((score, i) => {
      if (score <= 0 || chosen.includes(i)) return;
      const adjusted = score * REPEAT_SPEAKER_FACTOR ** (spoken.get(quotes[i]!.speaker ?? '') ?? 0);
      if (adjusted > bestScore) { best = i; bestScore = adjusted; }
    });
    if (best === -1) break;
    chosen.push(best);
    const key = quotes[best]!.speaker ?? '';
    spoken.set(key, (spoken.get(key) ?? 0) + 1);
  }
  return chosen;
}
