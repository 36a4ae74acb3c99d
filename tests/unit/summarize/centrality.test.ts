import { describe, expect, it } from 'vitest';
import { pageRank, scaleToMax } from '../../../src/summarize/centrality.js';

describe('pageRank', () => {
  it('ranks the sentence most like the others first, and its scores sum to 1', () => {
    // Sentence 0 shares two words with each of 1 and 2, which share one; 3 is like none of them.
    const graph = [[0, 2 / 3, 2 / 3, 0], [2 / 3, 0, 1 / 3, 0], [2 / 3, 1 / 3, 0, 0], [0, 0, 0, 0]];
    const scores = pageRank(graph);
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(scaleToMax(scores)[0]).toBe(1);
    expect(scores[3]).toBeLessThan(scores[1]!);
  });
});

describe('scaleToMax', () => {
  it('divides by the largest value', () => {
    expect([...scaleToMax([0, 2, 4])]).toEqual([0, 0.5, 1]);
    expect([...scaleToMax([0.25, 0.5])]).toEqual([0.5, 1]);
  });

  it('leaves all zeros (and no positive value) as zeros', () => {
    expect([...scaleToMax([0, 0, 0])]).toEqual([0, 0, 0]);
    expect([...scaleToMax([-1, 0])]).toEqual([0, 0]);
    expect([...scaleToMax([])]).toEqual([]);
  });

  it('gives one kind of array whatever the values: doubles, even when all are whole', () => {
    expect(scaleToMax([1, 1])).toBeInstanceOf(Float64Array);
    expect(scaleToMax([0.5, 1])).toBeInstanceOf(Float64Array);
  });
});
