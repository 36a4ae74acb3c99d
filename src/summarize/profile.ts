// What kind of summary is asked for sets how sentences are weighed and chosen. A BRIEF takes a few
// sentences of a longer article (a news brief, Lead-3): it leads with the news peg and must not
// say one thing twice. A CONDENSED article keeps a third or more of its sentences: it is asked to
// cover the story's threads, position matters little, and with that much room redundancy costs
// little. The kind is the summary's share of the article's sentences, not its sentence count: three
// sentences of a six-sentence item are a condensed article, three of a forty-sentence feature a brief.

import type { SentenceFeatures } from './features.js';
import { LONG_WEIGHTS, SHORT_WEIGHTS } from './score.js';
import { BRIEF_SELECTION, CONDENSED_SELECTION, type SelectionParams } from './select.js';

/** A summary keeping at most this share of the article's sentences is a brief: SHORT_WEIGHTS, MMR. */
export const BRIEF_SHARE = 0.3;
/**
 * A summary keeping at least this share is a condensed article: LONG_WEIGHTS, best total score.
 * Between the two the weights blend linearly. Lower moves mid-length summaries towards the condensed weights.
 */
export const CONDENSED_SHARE = 0.35;

/** The two shares together, so an evaluation can try others. */
export interface Shares {
  brief: number;
  condensed: number;
}

export const SHARES: Readonly<Shares> = { brief: BRIEF_SHARE, condensed: CONDENSED_SHARE };

export interface Profile {
  weights: SentenceFeatures;
  selection: SelectionParams;
}

export const BRIEF: Readonly<Profile> = { weights: SHORT_WEIGHTS, selection: BRIEF_SELECTION };
export const CONDENSED: Readonly<Profile> = { weights: LONG_WEIGHTS, selection: CONDENSED_SELECTION };

/** How much of a brief a summary of `summarySentences` out of `articleSentences` is: 1 brief … 0 condensed. */
export function briefness(summarySentences: number, articleSentences: number, shares: Readonly<Shares> = SHARES): number {
  const share = summarySentences / Math.max(1, articleSentences);
  return Math.max(0, Math.min(1, (shares.condensed - share) / (shares.condensed - shares.brief)));
}

/** The profile for a summary of that briefness: each weight and selection constant blended linearly. */
export function profileFor(brief: number, briefProfile: Readonly<Profile> = BRIEF, condensed: Readonly<Profile> = CONDENSED): Profile {
  const mix = (a: number, b: number) => brief * a + (1 - brief) * b;
  const weights = { ...briefProfile.weights };
  for (const key of Object.keys(weights) as (keyof SentenceFeatures)[]) weights[key] = mix(briefProfile.weights[key], condensed.weights[key]);
  const selection = { ...briefProfile.selection };
  for (const key of Object.keys(selection) as (keyof SelectionParams)[]) selection[key] = mix(briefProfile.selection[key], condensed.selection[key]);
  // Counts stay whole: a blended brief keeps the brief's antecedent rules until it is fully condensed.
  selection.maxAntecedents = brief > 0 ? briefProfile.selection.maxAntecedents : condensed.selection.maxAntecedents;
  selection.antecedentReach = brief > 0 ? briefProfile.selection.antecedentReach : condensed.selection.antecedentReach;
  return { weights, selection };
}
