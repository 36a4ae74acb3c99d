import { describe, expect, it } from 'vitest';
import { bestSet, type SetCandidate } from '../../../src/summarize/best-set.js';

/** Candidates from [score, dangling?, eligible?] rows. */
function rows(list: [number, boolean?, boolean?][]): SetCandidate[] {
  return list.map(([score, dangling = false, eligible = true]) => ({ score, dangling, eligible }));
}

/** Every dangling chosen sentence has one of the `reach` sentences before it chosen. */
function leansRight(chosen: readonly number[], candidates: readonly SetCandidate[], reach: number): boolean {
  const set = new Set(chosen);
  return chosen.every((i) => !candidates[i]!.dangling || Array.from({ length: reach }, (_, d) => i - 1 - d).some((j) => set.has(j)));
}

/** The answer by trying every subset: the largest feasible size up to `count`, then the highest total. */
function bruteForce(candidates: readonly SetCandidate[], count: number, reach: number): { size: number; total: number } {
  let best = { size: 0, total: 0 };
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const chosen = candidates.map((_, i) => i).filter((i) => (mask >> i) & 1);
    if (chosen.length > count || chosen.some((i) => !candidates[i]!.eligible) || !leansRight(chosen, candidates, reach)) continue;
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
    expect(bestSet(rows([[0.1], [0.9], [0.2], [0.8], [0.95]]), 3, 2)).toEqual([1, 3, 4]);
  });

  it('never takes an ineligible sentence', () => {
    expect(bestSet(rows([[0.9, false, false], [0.5], [0.4]]), 1, 2)).toEqual([1]);
  });

  it('takes a dangling sentence only with one of the `reach` sentences before it', () => {
    const c = rows([[0.9], [0.1], [0.8, true], [0.2]]);
    expect(bestSet(c, 2, 2)).toEqual([0, 2]);
    expect(bestSet(c, 2, 1)).toEqual([0, 3]);
  });

  it('takes a middling sentence that lets two good dangling ones in (where picking one at a time does not)', () => {
    const c = rows([[0.9], [0.3], [0.2], [0.85, true], [0.85, true], [0.5]]);
    // Alone, 0.2 is the worst sentence; with it, both 0.85s may come: 0.9 + 0.2 + 0.85 + 0.85.
    expect(bestSet(c, 4, 1)).toEqual([0, 2, 3, 4]);
  });

  it('gives fewer sentences only when no more can be chosen', () => {
    expect(bestSet(rows([[0.5], [0.9, true, false], [0.8, true]]), 3, 1)).toEqual([0]);
    expect(bestSet(rows([[0.5], [0.4]]), 5, 2)).toEqual([0, 1]);
    expect(bestSet([], 3, 2)).toEqual([]);
    expect(bestSet(rows([[0.5]]), 0, 2)).toEqual([]);
  });

  it.each([1, 2, 3])('matches trying every subset on random articles (reach %d)', (reach) => {
    const random = generator(reach);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(random() * 11);
      const candidates = Array.from({ length: n }, (_, i) => ({
        score: Math.round(random() * 100) / 100,
        dangling: i > 0 && random() < 0.4,
        eligible: random() < 0.85,
      }));
      const count = 1 + Math.floor(random() * n);
      const chosen = bestSet(candidates, count, reach);
      const expected = bruteForce(candidates, count, reach);
      expect(chosen).toEqual([...chosen].sort((a, b) => a - b));
      expect(leansRight(chosen, candidates, reach)).toBe(true);
      expect(chosen.every((i) => candidates[i]!.eligible)).toBe(true);
      expect(chosen).toHaveLength(expected.size);
      expect(chosen.reduce((sum, i) => sum + candidates[i]!.score, 0)).toBeCloseTo(expected.total, 9);
    }
  });

  it('stays fast on the largest article the summarizer weighs', () => {
    const candidates = Array.from({ length: 400 }, (_, i) => ({ score: (i * 7919) % 101, dangling: i % 3 === 1, eligible: true }));
    const started = performance.now();
    expect(bestSet(candidates, 400, 2)).toHaveLength(400);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
