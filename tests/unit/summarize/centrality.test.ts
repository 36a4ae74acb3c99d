import { describe, expect, it } from 'vitest';
import { overlapGraph, pageRank, scaleToMax } from '../../../src/summarize/centrality.js';

describe('overlapGraph', () => {
  it('weighs an edge by shared terms over the geometric mean of the two term-set sizes', () => {
    const graph = overlapGraph([['bridg', 'vote'], ['bridg', 'vote'], ['bridg', 'vote', 'council', 'river', 'cost', 'traffic', 'trader', 'mayor']]);
    expect(graph[0]![1]).toBeCloseTo(2 / Math.sqrt(2 * 2), 12);
    expect(graph[0]![2]).toBeCloseTo(2 / Math.sqrt(2 * 8), 12);
    expect(graph[2]![0]).toBe(graph[0]![2]);
    expect(graph[1]![1]).toBe(0);
  });

  it('gives a sentence no stronger tie for merely being longer (unlike TextRank\'s log normalisation)', () => {
    const shortPair = overlapGraph([['a', 'b', 'c'], ['a', 'b', 'c']])[0]![1]!;
    const longer = overlapGraph([['a', 'b', 'c'], ['a', 'b', 'c', 'x', 'y', 'z', 'w', 'v', 'u', 't']])[0]![1]!;
    expect(longer).toBeLessThan(shortPair);
  });

  it('counts repeated terms once and leaves sentences with fewer than two terms unlinked', () => {
    expect(overlapGraph([['a', 'a', 'b'], ['a', 'b']])[0]![1]).toBeCloseTo(1, 12);
    expect(overlapGraph([['a'], ['a', 'b']])[0]![1]).toBe(0);
  });
});

describe('pageRank', () => {
  it('ranks the sentence most like the others first, and its scores sum to 1', () => {
    const graph = overlapGraph([['a', 'b', 'c'], ['a', 'b', 'x'], ['b', 'c', 'y'], ['q', 'r', 's']]);
    const scores = pageRank(graph);
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(scaleToMax(scores)[0]).toBe(1);
    expect(scores[3]).toBeLessThan(scores[1]!);
  });
});
