// A sentence's score is a weighted sum of its features (features.ts). The parts are kept so that
// `--explain` and the JSON can show why a sentence was chosen.

import type { ScoreParts } from '../model.js';
import type { SentenceFeatures } from './features.js';

/**
 * Weights for a SHORT summary (about three sentences: a news brief). Position against centrality
 * is the main trade: news states its point first (Lead-3 is hard to beat), but the lead alone
 * misses what the rest of the story keeps returning to. Short summaries also need dense sentences.
 */
export const SHORT_WEIGHTS: Readonly<SentenceFeatures> = {
  /** Early sentences: the inverted pyramid. Higher makes summaries closer to Lead-N. */
  position: 1.0,
  /** First sentence of a paragraph: writers open paragraphs with their point. Small: a nudge between neighbours. */
  paragraphLead: 0.1,
  /** LexRank-style centrality (TF-IDF cosine): like many other sentences. Higher favours the story's core over its news peg. */
  centrality: 0.5,
  /** TextRank centrality (shared words, not cosine): favours long sentences; a short summary wants tight ones. */
  coverage: 0,
  /** Mean frequency of the sentence's words in the article (Luhn). Overlaps centrality, rewards density over breadth. */
  frequency: 0.5,
  /** Shares words with the headline. Higher follows the editor's framing; too high picks sentences that repeat it. */
  headline: 0.3,
  /** Names people, places, bodies. Summaries say who; too high picks lists of names. */
  people: 0.1,
  /** Carries figures. Readers want the numbers; too high picks tables of statistics. */
  figures: 0.1,
  /** Carries a direct quote. Slightly negative: quotes are shown on their own; a summary reads better in the reporter's voice. */
  quote: -0.1,
  /** Sentence length in the comfortable range. Higher drops short and run-on sentences harder. */
  length: 0.3,
};

/**
 * Weights for a LONG summary (a large share of the article). It is asked to cover the body, so
 * coverage of the story's threads leads and position matters little. Measured on the corpora
 * (eval/results/summarize.md): names, figures and quotes did not help here, so they weigh nothing.
 */
export const LONG_WEIGHTS: Readonly<SentenceFeatures> = {
  /** Only a light lead preference: the first sentence is still usually worth having. */
  position: 0.2,
  paragraphLead: 0,
  /** Cosine centrality: some, to keep focus when coverage favours a long digression. */
  centrality: 0.25,
  /** TextRank coverage: the main signal; higher picks longer, more connected sentences. */
  coverage: 1,
  frequency: 0.25,
  headline: 0.15,
  people: 0,
  figures: 0,
  quote: 0,
  length: 0.15,
};

/**
 * Summaries of up to this many sentences use SHORT_WEIGHTS; longer ones blend towards LONG_WEIGHTS,
 * keeping a share (this / length)² of the short profile.
 */
export const LEAD_SUMMARY_SENTENCES = 3;

/** The default weights: those of a three-sentence summary. */
export const WEIGHTS: Readonly<SentenceFeatures> = SHORT_WEIGHTS;

/** The weights for a summary of `sentences` sentences (see LEAD_SUMMARY_SENTENCES). */
export function weightsFor(sentences: number, short: Readonly<SentenceFeatures> = SHORT_WEIGHTS, long: Readonly<SentenceFeatures> = LONG_WEIGHTS): SentenceFeatures {
  const share = Math.min(1, (LEAD_SUMMARY_SENTENCES / Math.max(1, sentences)) ** 2);
  const blended = { ...short };
  for (const key of Object.keys(short) as (keyof SentenceFeatures)[]) blended[key] = share * short[key] + (1 - share) * long[key];
  return blended;
}

export interface Scored {
  score: number;
  parts: ScoreParts;
}

/** The weighted sum of the features, with each weighted part kept (fixed key order). */
export function scoreSentence(features: SentenceFeatures, weights: Readonly<SentenceFeatures> = WEIGHTS): Scored {
  const parts: ScoreParts = {};
  let score = 0;
  for (const key of Object.keys(weights) as (keyof SentenceFeatures)[]) {
    const part = weights[key] * features[key] + 0; // + 0 turns -0 into 0 for --explain
    parts[key] = part;
    score += part;
  }
  return { score, parts };
}
