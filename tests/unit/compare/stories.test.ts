import { describe, expect, it } from 'vitest';
import { averageLinkClusters } from '../../../src/compare/cluster.js';
import { forEachCandidate } from '../../../src/compare/candidates.js';
import { profileArticle } from '../../../src/compare/profile.js';
import { StoryCollection } from '../../../src/compare/stories.js';
import { storyArticles } from '../../helpers/fixtures.js';

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
});

describe('forEachCandidate', () => {
  it('visits only pairs sharing enough key terms, each once with i < j', () => {
    const keys = [Uint32Array.of(1, 2, 3), Uint32Array.of(2, 3, 9), Uint32Array.of(3, 7, 8), Uint32Array.of(1, 2, 8)];
    const pairs: string[] = [];
    forEachCandidate(keys, 10, (i, j) => pairs.push(`${i}-${j}`));
    expect(pairs.sort()).toEqual(['0-1', '0-3']);
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
