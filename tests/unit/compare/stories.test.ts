import { describe, expect, it } from 'vitest';
import { averageLinkClusters } from '../../../src/compare/cluster.js';
import { forEachCandidate } from '../../../src/compare/candidates.js';
import { profileArticle } from '../../../src/compare/profile.js';
import { StoryCollection } from '../../../src/compare/stories.js';
import { storyArticles } from '../../helpers/fixtures.js';
import { prng as random } from '../../../eval/lib/synthetic.js';

describe('averageLinkClusters', () => {
  it('merges groups whose mean link reaches the threshold', () => {
    const edges = [{ a: 0, b: 1, score: 0.9 }, { a: 1, b: 2, score: 0.8 }, { a: 0, b: 2, score: 0.7 }, { a: 3, b: 4, score: 0.6 }];
    expect(averageLinkClusters(5, edges, 0.5)).toEqual([[0, 1, 2], [3, 4]]);
  });

  it('does not chain two groups through one strong link', () => {
    // 0-1 and 2-3 are tight pairs; only 1-2 links them: mean over the four cross pairs is 0.2.
    const edges = [{ a: 0, b: 1, score: 0.9 }, { a: 2, b: 3, score: 0.9 }, { a: 1, b: 2, score: 0.8 }];
    expect(averageLinkClusters(4, edges, 0.5)).toEqual([[0, 1], [2, 3]]);
  });

  it('leaves items with no links alone', () => {
    expect(averageLinkClusters(3, [], 0.2)).toEqual([[0], [1], [2]]);
  });

  it('tries again two groups that failed once when one of them has grown', () => {
    // {0,1} and {2}: (0.7 + 0.1) / 2 fails; {2,3} then forms, and {0,1} with {2,3}: (0.7 + 0.1 + 0.6 + 0.62) / 4 = 0.505.
    const edges = [
      { a: 0, b: 1, score: 0.95 }, { a: 1, b: 2, score: 0.7 }, { a: 2, b: 3, score: 0.65 },
      { a: 0, b: 3, score: 0.6 }, { a: 1, b: 3, score: 0.62 }, { a: 0, b: 2, score: 0.1 },
    ];
    expect(averageLinkClusters(4, edges, 0.5)).toEqual([[0, 1, 2, 3]]);
    expect(averageLinkClusters(4, edges, 0.51)).toEqual([[0, 1], [2, 3]]);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('agrees with a plain average-link on random graph %i', (seed) => {
    const next = random(seed);
    const count = 30;
    const edges: Array<{ a: number; b: number; score: number }> = [];
    for (let a = 0; a < count; a++) for (let b = a + 1; b < count; b++) if (next() < 0.25) edges.push({ a, b, score: Math.round(next() * 100) / 100 });
    expect(averageLinkClusters(count, edges, 0.3)).toEqual(plainAverageLink(count, edges, 0.3));
  });
});


/** The definition, written the slow way: a full score matrix, groups as lists, means recomputed each time. */
function plainAverageLink(count: number, edges: ReadonlyArray<{ a: number; b: number; score: number }>, threshold: number): number[][] {
  const score = Array.from({ length: count }, () => new Array<number>(count).fill(0));
  for (const e of edges) score[e.a]![e.b] = score[e.b]![e.a] = e.score;
  const groupOf = Array.from({ length: count }, (_, i) => [i]);
  const sorted = [...edges].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const e of sorted) {
    if (e.score < threshold) break;
    const ga = groupOf[e.a]!;
    const gb = groupOf[e.b]!;
    if (ga === gb) continue;
    let total = 0;
    for (const x of ga) for (const y of gb) total += score[x]![y]!;
    if (total / (ga.length * gb.length) < threshold - 1e-12) continue;
    const merged = [...ga, ...gb].sort((x, y) => x - y);
    for (const m of merged) groupOf[m] = merged;
  }
  return [...new Set(groupOf)].sort((x, y) => x[0]! - y[0]!);
}

describe('forEachCandidate', () => {
  it('visits only pairs sharing enough key terms, each once with i < j', () => {
    const keys = [Uint32Array.of(1, 2, 3), Uint32Array.of(2, 3, 9), Uint32Array.of(3, 7, 8), Uint32Array.of(1, 2, 8)];
    const pairs: string[] = [];
    forEachCandidate(keys, 10, (i, j) => pairs.push(`${i}-${j}`));
    expect(pairs.sort()).toEqual(['0-1', '0-3']);
  });

  it('finds the same pairs as checking every pair', () => {
    const next = random(42);
    const keys = Array.from({ length: 60 }, () => Uint32Array.from(new Set(Array.from({ length: 6 }, () => Math.floor(next() * 40)))).sort());
    const found: string[] = [];
    forEachCandidate(keys, 40, (i, j) => found.push(`${i}-${j}`));
    const expected: string[] = [];
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) if (keys[i]!.filter((t) => keys[j]!.includes(t)).length >= 2) expected.push(`${i}-${j}`);
    }
    expect(found.sort()).toEqual(expected.sort());
  });
});

describe('StoryCollection', () => {
  it('groups the fixtures into their events', () => {
    const articles = storyArticles();
    const names = Object.keys(articles);
    const collection = new StoryCollection();
    for (const name of names) collection.add(profileArticle(articles[name]!));
    const stories = collection.stories();
    expect(stories.map((s) => s.members.map((m) => names[m]))).toEqual([
      ['flood-echo', 'flood-gazette', 'flood-herald'],
      ['fire-news', 'fire-post'],
      ['transfer'],
    ]);
    expect(stories[0]!.keywords).toContain('Anne Morris');
    expect(stories[2]!.scores).toEqual([1]);
    expect(stories[0]!.cohesion).toBeGreaterThan(0.3);
  });
});
