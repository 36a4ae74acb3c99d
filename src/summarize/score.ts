// A sentence's score is a weighted sum of its features (features.ts). The parts are kept so that
// `--explain` and the JSON can show why a sentence was chosen.

import type { ScoreParts } from '../model.js';
import type { SentenceFeatures } from './features.js';

/**
 * Weight of each feature. Position against centrality is the main trade: news states its point
 * first (Lead-3 is hard to beat), but the lead alone misses what the rest of the story keeps
 * returning to.
 */
export const WEIGHTS: Readonly<SentenceFeatures> = {
  /** Early sentences: the inverted pyramid. Higher makes summaries closer to Lead-N. */
  position: 2,
  /** First sentence of a paragraph: writers open paragraphs with their point. Small: a nudge between neighbours. */
  paragraphLead: 0,
  /** LexRank-style centrality: like many other sentences. Higher favours the story's core over its news peg. */
  centrality: 0.25,
  /** TextRank centrality (shared words, not cosine): favours long sentences that touch many threads of the story. */
  coverage: 1,
  /** Mean frequency of the sentence's words in the article (Luhn). Overlaps centrality, rewards density over breadth. */
  frequency: 0.25,
  /** Shares words with the headline. Higher follows the editor's framing; too high picks sentences that repeat it. */
  headline: 0.15,
  /** Names people, places, bodies. Summaries say who; too high picks lists of names. */
  people: 0.1,
  /** Carries figures. Readers want the numbers; too high picks tables of statistics. */
  figures: 0,
  /** Carries a direct quote. Slightly negative: quotes are shown on their own, a summary reads better in the reporter's voice. */
  quote: 0,
  /** Sentence length in the comfortable range. Higher drops short and run-on sentences harder. */
  length: 0.15,
};

export interface Scored {
  score: number;
  parts: ScoreParts;
}

/** The weighted sum of the features, with each weighted part kept (fixed key order). */
export function scoreSentence(features: SentenceFeatures, weights: Readonly<SentenceFeatures> = WEIGHTS): Scored {
  const parts: ScoreParts = {};
  let score = 0;
  for (const key of Object.keys(weights) as (keyof SentenceFeatures)[]) {
    const part = weights[key] * features[key];
    parts[key] = part;
    score += part;
  }
  return { score, parts };
}
