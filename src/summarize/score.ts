// A sentence's score is a weighted sum of its features (features.ts). The parts are kept so that
// `--explain` and the JSON can show why a sentence was chosen.

import type { ScoreParts } from '../model.js';
import type { SentenceFeatures } from './features.js';

/**
 * Weights for a SHORT summary: a brief, a few sentences of a longer article (see profile.ts). Position against centrality
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
  /** Centrality by raw word counts, news stopwords included: in a brief it picks attributions over the news peg. */
  wordCentrality: 0,
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
 * Weights for a LONG summary: a condensed article keeping a third or more of its sentences (see
 * profile.ts). It is asked to cover the body, so coverage of the story's threads leads and position
 * matters little. Tuned on the BBC News Summary tune half (eval/tune-summarize.ts; results in
 * eval/results/summarize.md), where the reference keeps about 40% of each article.
 */
export const LONG_WEIGHTS: Readonly<SentenceFeatures> = {
  /** Only a light lead preference: the first sentence is still usually worth having. */
  position: 0.1,
  /** Paragraph openers are no likelier to belong in a condensed article than other sentences. */
  paragraphLead: 0,
  /** TF-IDF centrality: no help once wordCentrality is weighed (it favours a sentence's rare words over the story's common ones). */
  centrality: 0,
  /**
   * Centrality by raw word counts, reporting words and other news stopwords included: the main signal.
   * A condensed article keeps the sentences that say what the story keeps saying, and who said it.
   * The other weights only break near ties at this size; lower lets position and length count more.
   */
  wordCentrality: 8,
  /** Word frequency: a little; it overlaps both centralities. */
  frequency: 0.25,
  /** The headline: wordCentrality already rewards its words, which the whole story repeats. */
  headline: 0,
  /** Names: a nudge towards sentences saying who, as a condensed article keeps them. */
  people: 0.1,
  /** Figures (counted by the figure extractor): no help once wordCentrality is weighed. */
  figures: 0,
  /** Quotes neither help nor hurt here. */
  quote: 0,
  /** Comfortable length: a little; wordCentrality already prefers full sentences to scraps. */
  length: 0.15,
};

/** The default weights: those of a brief. */
export const WEIGHTS: Readonly<SentenceFeatures> = SHORT_WEIGHTS;

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
