// How consistently the gold treats each construction. Every position that could end a sentence
// (after . ! ? …, and wherever the gold or the splitter puts a boundary) is tallied by construction:
// how often the gold splits there, how often the splitter does, and where they disagree. A
// construction the gold splits in most places but not in a few (or the reverse) has a practice; a
// position where the gold goes against its own practice is a self-contradiction of the gold.

import { candidateBoundaries, constructionAt, describeConstruction, markShortSentences, quoteDepths } from './sentence-errors.js';
import type { ParagraphResult } from './sentence-metrics.js';

/** A practice needs this many positions: fewer say little about what the annotators usually did. */
export const MIN_PRACTICE_POSITIONS = 8;
/** Share of positions one way that makes a practice; below it (e.g. 55/45) the gold has no clear practice. */
export const PRACTICE_SHARE = 0.75;

export interface ConstructionTally {
  positions: number;
  goldSplits: number;
  foundSplits: number;
  falsePositives: number;
  falseNegatives: number;
}

export type Practice = 'splits' | 'keeps together' | 'no clear practice';

export interface Position {
  boundary: number;
  construction: string;
  gold: boolean;
  found: boolean;
}

/** Every scored position of one paragraph with its construction. */
export function positionsOf(result: ParagraphResult): Position[] {
  const gold = new Set(result.gold);
  const found = new Set(result.found);
  const all = [...new Set([...candidateBoundaries(result.text), ...gold, ...found])].sort((a, b) => a - b);
  const depths = quoteDepths(result.text);
  const constructions = markShortSentences(result.text, all, all.map((boundary) => constructionAt(result.text, boundary, depths)));
  return all.map((boundary, i) => ({
    boundary,
    construction: describeConstruction(constructions[i]!),
    gold: gold.has(boundary),
    found: found.has(boundary),
  }));
}

export function tallyPositions(positions: readonly Position[], into: Map<string, ConstructionTally> = new Map()): Map<string, ConstructionTally> {
  for (const p of positions) {
    const t = into.get(p.construction) ?? { positions: 0, goldSplits: 0, foundSplits: 0, falsePositives: 0, falseNegatives: 0 };
    t.positions++;
    if (p.gold) t.goldSplits++;
    if (p.found) t.foundSplits++;
    if (p.found && !p.gold) t.falsePositives++;
    if (p.gold && !p.found) t.falseNegatives++;
    into.set(p.construction, t);
  }
  return into;
}

export function practiceOf(t: ConstructionTally): Practice {
  if (t.positions < MIN_PRACTICE_POSITIONS) return 'no clear practice';
  const share = t.goldSplits / t.positions;
  if (share >= PRACTICE_SHARE) return 'splits';
  if (share <= 1 - PRACTICE_SHARE) return 'keeps together';
  return 'no clear practice';
}

/** True when the gold's decision at `p` goes against its own practice for that construction. */
export function contradictsPractice(p: Position, tallies: ReadonlyMap<string, ConstructionTally>): boolean {
  const t = tallies.get(p.construction);
  if (!t) return false;
  const practice = practiceOf(t);
  return (practice === 'splits' && !p.gold) || (practice === 'keeps together' && p.gold);
}

/** The result with the gold's self-contradictions taken out of both gold and found (neither hit nor miss). */
export function withoutContradictions(result: ParagraphResult, positions: readonly Position[], tallies: ReadonlyMap<string, ConstructionTally>): ParagraphResult {
  const aside = new Set(positions.filter((p) => contradictsPractice(p, tallies)).map((p) => p.boundary));
  return { ...result, gold: result.gold.filter((b) => !aside.has(b)), found: result.found.filter((b) => !aside.has(b)) };
}

/** Rounds of the oracle's threshold search: it settles in two or three; the cap only guards against a float cycle. */
const MAX_ORACLE_ROUNDS = 20;

/**
 * The best boundary counts of any splitter that treats each construction one way everywhere (splits at
 * every position of it, or at none): what the gold's own consistency allows at this grain of construction.
 * Splitting a construction pays when its gold split share is at least half the F1 reached (F1 = 2TP / (TP +
 * gold + FP)), so the threshold moves to F1 / 2 until it settles.
 */
export function constructionOracle(tallies: ReadonlyMap<string, ConstructionTally>): { truePositives: number; falsePositives: number; falseNegatives: number; f1: number } {
  const all = [...tallies.values()];
  const gold = all.reduce((sum, t) => sum + t.goldSplits, 0);
  let threshold = 0.5;
  for (let round = 0; ; round++) {
    const split = all.filter((t) => t.goldSplits > 0 && t.goldSplits / t.positions >= threshold);
    const truePositives = split.reduce((sum, t) => sum + t.goldSplits, 0);
    const falsePositives = split.reduce((sum, t) => sum + t.positions - t.goldSplits, 0);
    const f1 = (2 * truePositives) / (truePositives + gold + falsePositives);
    // Each round's F1 is at least the last one's (a Dinkelbach step); a few rounds settle it.
    if (f1 / 2 === threshold || round === MAX_ORACLE_ROUNDS) return { truePositives, falsePositives, falseNegatives: gold - truePositives, f1 };
    threshold = f1 / 2;
  }
}
