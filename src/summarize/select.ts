// Chooses the summary sentences within the sentence and word budgets, never leaving a sentence
// that leans on the ones before it ("He said…", "But…") without one of them. A brief is chosen by
// maximal marginal relevance (score against likeness to what is already chosen); when likeness
// does not count (mmrLambda 1, a condensed article: profile.ts) and only sentences are counted, the
// exact best set is taken instead (best-set.ts). Returned in article order.

import { bestSet } from './best-set.js';
import type { Opener } from './signals.js';

/** MMR balance for a brief: 1 picks by score alone; lower gives up score to avoid saying the same thing twice. */
export const MMR_LAMBDA = 0.7;
/** In a brief, two sentences at least this similar (cosine) say the same thing: the second is never chosen. */
export const DUPLICATE_SIMILARITY = 0.6;
/**
 * In a condensed article only restatements are dropped: with a third of the article to say, two
 * sentences on one thread (cosine 0.6) are both worth keeping; at 0.8 one repeats the other.
 */
export const RESTATEMENT_SIMILARITY = 0.8;
/** How many sentences back a dangling sentence may bring along in a brief; more reads well but costs budget. */
export const MAX_ANTECEDENTS = 1;
/**
 * A dangling sentence may stand in the summary when a sentence at most this many places before it
 * in its article is chosen: 1 demands the very sentence it leans on; more keeps some good sentences
 * ("He said…" two sentences after the one naming him) at some risk of a pronoun pointing wrong.
 */
export const ANTECEDENT_REACH = 2;

/** The selection constants together, so a profile can blend them and an evaluation can try others. */
export interface SelectionParams {
  mmrLambda: number;
  duplicateSimilarity: number;
  maxAntecedents: number;
  antecedentReach: number;
}

export const BRIEF_SELECTION: Readonly<SelectionParams> = {
  mmrLambda: MMR_LAMBDA,
  duplicateSimilarity: DUPLICATE_SIMILARITY,
  maxAntecedents: MAX_ANTECEDENTS,
  antecedentReach: ANTECEDENT_REACH,
};

/** A condensed article: score alone, so the exact best set; any number of antecedents may come along. */
export const CONDENSED_SELECTION: Readonly<SelectionParams> = {
  mmrLambda: 1,
  duplicateSimilarity: RESTATEMENT_SIMILARITY,
  maxAntecedents: Infinity,
  antecedentReach: ANTECEDENT_REACH,
};

/** The default selection: a brief's. */
export const SELECTION: Readonly<SelectionParams> = BRIEF_SELECTION;

export interface Candidate {
  index: number;
  /** The sentence this one follows in its article (index into the candidates), or null for an article's first. */
  previous: number | null;
  score: number;
  words: number;
  opener: Opener;
  eligible: boolean;
}

export interface Budget {
  sentences: number;
  words: number | null;
}

/** Sentence indices (article order) forming the summary. `similarity[i][j]` compares sentences i and j. */
export function selectSentences(
  candidates: readonly Candidate[], similarity: readonly (readonly number[])[], budget: Budget,
  params: Readonly<SelectionParams> = SELECTION,
): number[] {
  if (params.mmrLambda >= 1 && budget.words === null) return bestSetSelection(candidates, similarity, budget.sentences, params);
  const maxScore = candidates.reduce((max, c) => (c.eligible ? Math.max(max, c.score) : max), 0);
  const relevance = (i: number) => (maxScore > 0 ? (candidates[i]?.score ?? 0) / maxScore : 0);
  const chosen = new Set<number>();
  // redundancy[i]: the highest similarity of sentence i to any chosen sentence, kept up to date.
  const redundancy = new Array<number>(candidates.length).fill(0);
  let words = 0;
  while (chosen.size < budget.sentences) {
    const units = candidates
      .filter((c) => c.eligible && !chosen.has(c.index))
      .map((c) => unitFor(c.index, candidates, chosen, params))
      .filter((unit): unit is number[] => unit !== null && chosen.size + unit.length <= budget.sentences)
      .filter((unit) => !unit.some((i) => (redundancy[i] ?? 0) >= params.duplicateSimilarity));
    const unitWords = (unit: number[]) => unit.reduce((sum, i) => sum + (candidates[i]?.words ?? 0), 0);
    let fitting = budget.words === null ? units : units.filter((u) => words + unitWords(u) <= budget.words!);
    // A word budget smaller than any sentence still gets one sentence: an empty summary helps no one.
    if (fitting.length === 0 && chosen.size === 0) fitting = units.filter((u) => u.length === 1);
    const best = bestUnit(fitting, relevance, redundancy, params.mmrLambda);
    if (best === null) break;
    for (const i of best) {
      chosen.add(i);
      similarity[i]?.forEach((value, j) => { if (value > (redundancy[j] ?? 0)) redundancy[j] = value; });
    }
    words += unitWords(best);
  }
  return [...chosen].sort((a, b) => a - b);
}

/** The exact best set (best-set.ts) among sentences that restate no better-scored one. */
function bestSetSelection(
  candidates: readonly Candidate[], similarity: readonly (readonly number[])[], count: number, params: Readonly<SelectionParams>,
): number[] {
  const restated = restatements(candidates, similarity, params.duplicateSimilarity);
  return bestSet(candidates.map((c) => ({
    score: c.score,
    eligible: c.eligible && !restated.has(c.index),
    dangling: c.opener !== null && c.previous !== null,
  })), count, params.antecedentReach);
}

/** Sentences at least `threshold` similar to an eligible sentence with a higher score (ties: the earlier stays). */
export function restatements(candidates: readonly Candidate[], similarity: readonly (readonly number[])[], threshold: number): Set<number> {
  const byScore = candidates.filter((c) => c.eligible).sort((a, b) => b.score - a.score || a.index - b.index);
  const kept: number[] = [];
  const restated = new Set<number>();
  for (const c of byScore) {
    if (kept.some((k) => (similarity[c.index]?.[k] ?? 0) >= threshold)) restated.add(c.index);
    else kept.push(c.index);
  }
  return restated;
}

/**
 * The sentences that must come with `index`: itself alone when it stands on its own or the
 * sentence before it is already chosen; else the sentences before it back to one that stands on
 * its own (at most maxAntecedents); null when no such run exists.
 */
export function unitFor(
  index: number, candidates: readonly Candidate[], chosen: ReadonlySet<number>,
  params: Pick<SelectionParams, 'maxAntecedents' | 'antecedentReach'> = SELECTION,
): number[] | null {
  const unit = [index];
  let head = index;
  while (needsAntecedent(head, candidates, chosen, params.antecedentReach)) {
    const previous = candidates[head]?.previous ?? -1;
    if (unit.length > params.maxAntecedents || !candidates[previous]?.eligible) return null;
    unit.unshift(previous);
    head = previous;
  }
  return unit;
}

function needsAntecedent(index: number, candidates: readonly Candidate[], chosen: ReadonlySet<number>, reach: number): boolean {
  const candidate = candidates[index];
  // An article's own first sentence reads as well in the summary as it does in the article.
  if (!candidate || candidate.opener === null || candidate.previous === null) return false;
  let previous: number | null = candidate.previous;
  for (let step = 0; step < reach && previous !== null; step++) {
    if (chosen.has(previous)) return false;
    previous = candidates[previous]?.previous ?? null;
  }
  return true;
}

function bestUnit(
  units: readonly number[][], relevance: (i: number) => number, redundancy: readonly number[], lambda: number,
): number[] | null {
  let best: number[] | null = null;
  let bestGain = -Infinity;
  for (const unit of units) {
    const meanRelevance = unit.reduce((sum, i) => sum + relevance(i), 0) / unit.length;
    const maxRedundancy = unit.reduce((max, i) => Math.max(max, redundancy[i] ?? 0), 0);
    const gain = lambda * meanRelevance - (1 - lambda) * maxRedundancy;
    if (gain > bestGain) { bestGain = gain; best = unit; }
  }
  return best;
}
