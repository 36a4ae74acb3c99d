import { describe, expect, it } from 'vitest';
import { averageLinkClusters, MIN_COHESION_KEPT } from '../../../src/compare/cluster.js';
import { forEachCandidate, KEY_TERMS, keyTerms } from '../../../src/compare/candidates.js';
import { profileArticle, profileText } from '../../../src/compare/profile.js';
import type { Signature } from '../../../src/compare/signature.js';
import { StoryCollection } from '../../../src/compare/stories.js';
import { storyArticles } from '../../helpers/fixtures.js';
import { prng as random } from '../../../eval/lib/synthetic.js';

/** Average link alone, without the cohesion rule. */
const plain = (threshold: number) => ({ threshold, cohesionKept: 0 });

/** Every pair inside each group scores `inside`, every pair across scores `across`. */
function twoGroups(size: number, inside: number, across: number): Array<{ a: number; b: number; score: number }> {
  const edges: Array<{ a: number; b: number; score: number }> = [];
  for (let a = 0; a < 2 * size; a++) {
    for (let b = a + 1; b < 2 * size; b++) edges.push({ a, b, score: (a < size) === (b < size) ? inside : across });
  }
  return edges;
}

describe('averageLinkClusters', () => {
  it('merges groups whose mean link reaches the threshold', () => {
    const edges = [{ a: 0, b: 1, score: 0.9 }, { a: 1, b: 2, score: 0.8 }, { a: 0, b: 2, score: 0.7 }, { a: 3, b: 4, score: 0.6 }];
    expect(averageLinkClusters(5, edges, plain(0.5))).toEqual([[0, 1, 2], [3, 4]]);
  });

  it('does not chain two groups through one strong link', () => {
    // 0-1 and 2-3 are tight pairs; only 1-2 links them: mean over the four cross pairs is 0.2.
    const edges = [{ a: 0, b: 1, score: 0.9 }, { a: 2, b: 3, score: 0.9 }, { a: 1, b: 2, score: 0.8 }];
    expect(averageLinkClusters(4, edges, plain(0.5))).toEqual([[0, 1], [2, 3]]);
  });

  it('leaves items with no links alone', () => {
    expect(averageLinkClusters(3, [], plain(0.2))).toEqual([[0], [1], [2]]);
  });

  it('tries again two groups that failed once when one of them has grown', () => {
    // {0,1} and {2}: (0.7 + 0.1) / 2 fails; {2,3} then forms, and {0,1} with {2,3}: (0.7 + 0.1 + 0.6 + 0.62) / 4 = 0.505.
    const edges = [
      { a: 0, b: 1, score: 0.95 }, { a: 1, b: 2, score: 0.7 }, { a: 2, b: 3, score: 0.65 },
      { a: 0, b: 3, score: 0.6 }, { a: 1, b: 3, score: 0.62 }, { a: 0, b: 2, score: 0.1 },
    ];
    expect(averageLinkClusters(4, edges, plain(0.5))).toEqual([[0, 1, 2, 3]]);
    expect(averageLinkClusters(4, edges, plain(0.51))).toEqual([[0, 1], [2, 3]]);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('agrees with the definition written the slow way on random graph %i', (seed) => {
    const next = random(seed);
    const count = 30;
    const edges: Array<{ a: number; b: number; score: number }> = [];
    for (let a = 0; a < count; a++) for (let b = a + 1; b < count; b++) if (next() < 0.25) edges.push({ a, b, score: Math.round(next() * 100) / 100 });
    for (const cohesionKept of [0, 0.7, 0.9]) {
      const rule = { threshold: 0.3, cohesionKept };
      expect(averageLinkClusters(count, edges, rule)).toEqual(plainAverageLink(count, edges, rule));
    }
  });
});

describe('averageLinkClusters with the cohesion rule', () => {
  it('keeps apart two tight groups that link above the threshold but far below their own cohesion', () => {
    // Two stories of one kind: 0.6 inside each, 0.3 across. Plain average link merges them at 0.2.
    const edges = twoGroups(3, 0.6, 0.3);
    expect(averageLinkClusters(6, edges, plain(0.2))).toEqual([[0, 1, 2, 3, 4, 5]]);
    expect(averageLinkClusters(6, edges, { threshold: 0.2, cohesionKept: MIN_COHESION_KEPT })).toEqual([[0, 1, 2], [3, 4, 5]]);
  });

  it('joins two halves of one story that link about as well across as inside', () => {
    const edges = twoGroups(3, 0.5, 0.45);
    expect(averageLinkClusters(6, edges, { threshold: 0.2, cohesionKept: MIN_COHESION_KEPT })).toEqual([[0, 1, 2, 3, 4, 5]]);
  });

  it('compares with the looser group: a tight pair may join a loose story', () => {
    // {0,1} are near copies (0.9); {2,3,4} hang together at 0.3; across, 0.28 is most of 0.3.
    const edges = [{ a: 0, b: 1, score: 0.9 }, ...[[2, 3], [2, 4], [3, 4]].map(([a, b]) => ({ a: a!, b: b!, score: 0.3 }))];
    for (const a of [0, 1]) for (const b of [2, 3, 4]) edges.push({ a, b, score: 0.28 });
    expect(averageLinkClusters(5, edges, { threshold: 0.2, cohesionKept: MIN_COHESION_KEPT })).toEqual([[0, 1, 2, 3, 4]]);
  });

  it('lets a single article join on the mean link alone', () => {
    // 3 links to the tight pair {0,1} at 0.35: far below their 0.9, but a lone article has no inside to keep.
    const edges = [{ a: 0, b: 1, score: 0.9 }, { a: 0, b: 2, score: 0.35 }, { a: 1, b: 2, score: 0.35 }];
    expect(averageLinkClusters(3, edges, { threshold: 0.2, cohesionKept: MIN_COHESION_KEPT })).toEqual([[0, 1, 2]]);
  });
});


/** The definition, written the slow way: a full score matrix, groups as lists, means recomputed each time. */
function plainAverageLink(count: number, edges: ReadonlyArray<{ a: number; b: number; score: number }>, rule: { threshold: number; cohesionKept: number }): number[][] {
  const { threshold, cohesionKept } = rule;
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
    const mean = total / (ga.length * gb.length);
    if (mean < threshold - 1e-12) continue;
    if (ga.length > 1 && gb.length > 1 && mean < cohesionKept * Math.min(cohesion(ga, score), cohesion(gb, score)) - 1e-12) continue;
    const merged = [...ga, ...gb].sort((x, y) => x - y);
    for (const m of merged) groupOf[m] = merged;
  }
  return [...new Set(groupOf)].sort((x, y) => x[0]! - y[0]!);
}

/** Mean score over the pairs inside one group. */
function cohesion(group: readonly number[], score: readonly number[][]): number {
  let total = 0;
  for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) total += score[group[i]!]![group[j]!]!;
  return total / ((group.length * (group.length - 1)) / 2);
}

describe('keyTerms', () => {
  /** KEY_TERMS + 1 body terms of equal count; the last is a little commoner (lower IDF) than the rest. */
  function signature(title: number[]): { signature: Signature; idf: Float64Array; df: Uint32Array } {
    const n = KEY_TERMS + 1;
    const terms = Uint32Array.from({ length: n }, (_, i) => i);
    const empty = new Uint32Array(0);
    const idf = Float64Array.from({ length: n }, (_, i) => (i === n - 1 ? 0.9 : 1));
    const signature = { terms, counts: new Uint16Array(n).fill(1), title: Uint32Array.from(title), names: empty, numbers: empty, words: 100 };
    return { signature, idf, df: new Uint32Array(n).fill(3) };
  }

  it('prefers a headline word to a body word of about the same weight', () => {
    const last = KEY_TERMS;
    const plain = signature([]);
    expect([...keyTerms(plain.signature, plain.idf, plain.df)]).not.toContain(last);
    const headed = signature([last]);
    expect([...keyTerms(headed.signature, headed.idf, headed.df)]).toContain(last);
  });
});

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

describe('StoryCollection with outlets and dates', () => {
  // One outlet's report of a council vote and its report of the opening a month later: the same
  // place and people, two events.
  const vote = profileText('Council approves Harbour Road cycle lane', [
    'Kellsbridge council voted on Tuesday to build a protected cycle lane along Harbour Road, councillor Ruth Adeyemi said.',
    'The lane will run from the ferry terminal to the Kellsbridge market and cost the council 1.2 million pounds.',
    'Shop owners on Harbour Road said the lane would take away parking spaces their customers need.',
  ].join('\n\n'));
  const opening = profileText('Harbour Road cycle lane opens', [
    'The protected cycle lane along Harbour Road opened on Saturday, councillor Ruth Adeyemi said.',
    'Riders can now go from the ferry terminal to the Kellsbridge market without meeting traffic.',
    'Shop owners on Harbour Road said parking near the market was still their main worry.',
  ].join('\n\n'));

  function together(first?: { source: string | null; date: string | null }, second?: { source: string | null; date: string | null }): boolean {
    const collection = new StoryCollection();
    collection.add(vote, first);
    collection.add(opening, second);
    return collection.stories().length === 1;
  }

  it('keeps them together when nothing is known of outlets or dates', () => {
    expect(together()).toBe(true);
  });

  it('keeps them together from two outlets in one week', () => {
    expect(together({ source: 'Kellsbridge Echo', date: '2025-05-06' }, { source: 'Harbour Gazette', date: '2025-05-10' })).toBe(true);
  });

  it('splits them from one outlet a month apart', () => {
    expect(together({ source: 'Kellsbridge Echo', date: '2025-05-06' }, { source: 'Kellsbridge Echo', date: '2025-06-07' })).toBe(false);
  });
});
