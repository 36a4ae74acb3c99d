import { describe, expect, it } from 'vitest';
import type { StoryGroup } from '../../../src/compare/stories.js';
import { countSources, membersToRead, planBriefing, sourceKey } from '../../../src/brief/plan.js';
import type { BriefArticle } from '../../../src/brief/types.js';

function article(file: string, source: string | null, date: string | null, headline: string | null = file): BriefArticle {
  return { file, source, date, headline };
}

function group(members: number[], central = 0): StoryGroup {
  return { members, scores: members.map(() => 0.5), cohesion: 0.5, central, keywords: ['kw'] };
}

describe('sources', () => {
  it.each([
    [[article('a', 'Post', null), article('b', ' post ', null)], 1],
    [[article('a', 'Post', null), article('b', 'Gazette', null)], 2],
    [[article('a', null, null), article('b', null, null)], 2],
    [[article('a', 'Post', null), article('b', null, null)], 2],
  ])('counts distinct outlets, an unknown outlet as its own (%#)', (articles, count) => {
    expect(countSources(articles)).toBe(count);
  });

  it('keys an outlet by its name, case and spacing aside', () => {
    expect(sourceKey(article('x', 'Harbour  Gazette', null))).toBe(sourceKey(article('y', 'harbour gazette', null)));
  });
});

describe('planBriefing', () => {
  const articles = [
    article('old-3a', 'A', '2024-01-01'), article('old-3b', 'B', '2024-01-02'), article('old-3c', 'C', null),
    article('new-2a', 'A', '2024-05-01'), article('new-2b', 'B', '2024-05-02'),
    article('newer-2a', 'A', '2024-06-01'), article('newer-2b', 'B', null),
    article('same-outlet-a', 'C', '2024-07-01'), article('same-outlet-b', 'C', '2024-07-02'),
    article('single-undated', null, null), article('single-dated', 'D', '2024-03-03'),
  ];
  const groups = [group([0, 1, 2]), group([3, 4]), group([5, 6]), group([7, 8]), group([9]), group([10])];

  it('orders by sources, then by latest date; one outlet with two articles is single-source', () => {
    const plan = planBriefing(groups, articles, { stories: 10, also: 10 });
    expect(plan.stories.map((s) => articles[s.members[0]!]!.file)).toEqual(['old-3a', 'newer-2a', 'new-2a']);
    expect(plan.also.map((a) => a.files[0])).toEqual(['same-outlet-a', 'single-dated', 'single-undated']);
    expect(plan.also[0]).toMatchObject({ date: '2024-07-02', source: 'C', files: ['same-outlet-a', 'same-outlet-b'] });
  });

  it('cuts both lists at their limits and counts the rest', () => {
    const plan = planBriefing(groups, articles, { stories: 1, also: 2 });
    expect(plan.stories).toHaveLength(1);
    expect(plan.moreStories).toBe(2);
    expect(plan.also).toHaveLength(2);
    expect(plan.moreAlso).toBe(1);
  });

  it('labels a story by its central article, else the next most typical one with a headline, else its keywords', () => {
    const noHeadline = [article('a', 'A', null, null), article('b', 'B', null, null)];
    expect(planBriefing([group([0, 1])], noHeadline, { stories: 1, also: 1 }).stories[0]!.label).toBe('kw');
    const some = [article('a', 'A', null, 'First'), article('b', 'B', null, null), article('c', 'C', null, 'Third')];
    const centralB = { ...group([0, 1, 2], 1), scores: [0.2, 0.9, 0.4] };
    expect(planBriefing([centralB], some, { stories: 1, also: 1 }).stories[0]!.label).toBe('Third');
    expect(planBriefing([{ ...centralB, central: 0 }], some, { stories: 1, also: 1 }).stories[0]!.label).toBe('First');
  });
});

describe('membersToRead', () => {
  it('reads every source first, then the most typical others, at most the limit, in input order', () => {
    const articles = [article('a1', 'A', null), article('a2', 'A', null), article('a3', 'A', null), article('b1', 'B', null)];
    const story = { members: [0, 1, 2, 3], scores: [0.9, 0.8, 0.7, 0.1], label: '', keywords: [], cohesion: 0.5, sources: 2, latest: null };
    expect(membersToRead(story, articles, 2)).toEqual([0, 3]);
    expect(membersToRead(story, articles, 3)).toEqual([0, 1, 3]);
  });
});
