import { describe, expect, it } from 'vitest';
import { EdgeList } from '../../../src/compare/edge-list.js';
import { SparseGraph } from '../../../src/compare/graph.js';

describe('EdgeList', () => {
  it('grows past its first capacity and keeps every edge', () => {
    const list = new EdgeList();
    for (let i = 0; i < 5000; i++) list.push(i, i + 1, i / 5000);
    expect(list.length).toBe(5000);
    expect([list.a[4321], list.b[4321], list.score[4321]]).toEqual([4321, 4322, 4321 / 5000]);
  });

  it('lists the strong edges strongest first, ties by a then b', () => {
    const list = EdgeList.of([
      { a: 3, b: 4, score: 0.5 }, { a: 0, b: 9, score: 0.9 }, { a: 1, b: 7, score: 0.5 },
      { a: 1, b: 2, score: 0.5 }, { a: 5, b: 6, score: 0.2 },
    ]);
    const strong = list.strongest(0.5);
    const pairs = Array.from({ length: strong.length }, (_, e) => `${strong.a[e]}-${strong.b[e]}`);
    expect(pairs).toEqual(['0-9', '1-2', '1-7', '3-4']);
  });
});

describe('SparseGraph', () => {
  it('stores each edge at both ends and sums the weights towards a label', () => {
    const graph = SparseGraph.from(4, EdgeList.of([{ a: 0, b: 1, score: 0.5 }, { a: 0, b: 2, score: 0.25 }, { a: 2, b: 3, score: 0.125 }]));
    const labels = Int32Array.of(0, 1, 1, 0);
    expect(graph.weightTo(0, labels, 1)).toBe(0.75);
    expect(graph.weightTo(0, labels, 0)).toBe(0);
    expect(graph.weightTo(2, labels, 0)).toBe(0.375);
    expect(graph.weightTo(3, labels, 1)).toBe(0.125);
  });
});
