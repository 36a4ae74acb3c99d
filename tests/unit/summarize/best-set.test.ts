import { describe, expect, it } from 'vitest';
import { bestSet, type SetCandidate } from '../../../src/summarize/best-set.js';

/** Candidates from [score, leansOn?, eligible?] rows. */
function rows(list: [number, number?, boolean?][]): SetCandidate[] {
  return list.map(([score, leansOn = 0, eligible = true]) => ({ score, leansOn, eligible }));
}

/** Every dangling chosen sentence has one of the `leansOn` sentences before it chosen. */
function leansRight(chosen: readonly number[], candidates: readonly SetCandidate[]): boolean {
  const set = new Set(chosen);
  return chosen.every((i) => Array.from({ length: candidates[i]!.leansOn }, (_, d) => i - 1 - d).some((j) => set.has(j)) || candidates[i]!.leansOn === 0);
}

/** The answer by trying every subset: the largest feasible size up to `count`, then the highest total. */
function bruteForce(candidates: readonly SetCandidate[], count: number): { size: number; total: number } {
  let best = { size: 0, total: 0 };
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const chosen = candidates.map((_, i) => i).filter((i) => (mask >> i) & 1);
    if (chosen.length > count || chosen.some((i) => !candidates[i]!.eligible) || !leansRight(chosen, candidates)) continue;
    const total = chosen.reduce((sum, i) => sum + candidates[i]!.score, 0);
    if (chosen.length > best.size || (chosen.length === best.size && total > best.total)) best = { size: chosen.length, total };
  }
  return best;
}

/** A small deterministic generator (mulberry32) so the random cases are the same on every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('bestSet', () => {
  it('takes the highest scores, in article order, when nothing dangles', () => {
    expect(bestSet(rows([[0.1], [0.9], [0.2], [0.8], [0.95]]), 3)).toEqual([1, 3, 4]);
  });

  it('never takes an ineligible sentence', () => {
    expect(bestSet(rows([[0.9, 0, false], [0.5], [0.4]]), 1)).toEqual([1]);
  });

  it('takes a dangling sentence only with one of the `leansOn` sentences before it', () => {
    expect(bestSet(rows([[0.9], [0.1], [0.8, 2], [0.2]]), 2)).toEqual([0, 2]);
    expect(bestSet(rows([[0.9], [0.1], [0.8, 1], [0.2]]), 2)).toEqual([0, 3]);
  });

  it('takes a middling sentence that lets two good dangling ones in (where picking one at a time does not)', () => {
    const c = rows([[0.9], [0.3], [0.2], [0.85, 1], [0.85, 1], [0.5]]);
    // Alone, 0.2 is the worst sentence; with it, both 0.85s may come: 0.9 + 0.2 + 0.85 + 0.85.
    expect(bestSet(c, 4)).toEqual([0, 2, 3, 4]);
  });

  it('gives fewer sentences only when no more can be chosen', () => {
    expect(bestSet(rows([[0.5], [0.9, 1, false], [0.8, 1]]), 3)).toEqual([0]);
    expect(bestSet(rows([[0.5], [0.4]]), 5)).toEqual([0, 1]);
    expect(bestSet(rows([[0.5, 0], [0.9, 0]]).map((c, i) => ({ ...c, leansOn: i })), 2)).toEqual([0, 1]);
    expect(bestSet([], 3)).toEqual([]);
    expect(bestSet(rows([[0.5]]), 0)).toEqual([]);
  });

  it.each([1, 2, 3])('matches trying every subset on random articles (reach up to %d)', (reach) => {
    const random = generator(reach);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(random() * 11);
      const candidates = Array.from({ length: n }, (_, i) => ({
        score: Math.round(random() * 100) / 100,
        leansOn: random() < 0.4 ? Math.min(i, 1 + Math.floor(random() * reach)) : 0,
        eligible: random() < 0.85,
      }));
      const count = 1 + Math.floor(random() * n);
      const chosen = bestSet(candidates, count);
      const expected = bruteForce(candidates, count);
      expect(chosen).toEqual([...chosen].sort((a, b) => a - b));
      expect(leansRight(chosen, candidates)).toBe(true);
      expect(chosen.every((i) => candidates[i]!.eligible)).toBe(true);
      expect(chosen).toHaveLength(expected.size);
      expect(chosen.reduce((sum, i) => sum + candidates[i]!.score, 0)).toBeCloseTo(expected.total, 9);
    }
  });

  it('stays fast on the largest article the summarizer weighs', () => {
    const candidates = Array.from({ length: 400 }, (_, i) => ({ score: (i * 7919) % 101, leansOn: i % 3 === 1 ? 2 : 0, eligible: true }));
    // A search that blew up combinatorially would hit the test timeout; speed itself is benchmarked, not asserted.
    expect(bestSet(candidates, 400)).toHaveLength(400);
    expect(bestSet(candidates, 150)).toHaveLength(150);
  }, 30_000);
});
