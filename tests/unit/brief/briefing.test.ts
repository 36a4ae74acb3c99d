import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../src/brief/index.js';
import { BRIEF_OPTIONS, briefArticles } from '../../helpers/brief.js';

const briefing = buildBriefing(briefArticles(), BRIEF_OPTIONS);
const [fire, bridge] = briefing.stories;

describe('buildBriefing on the brief fixtures', () => {
  it('briefs the stories carried by several sources, most sources first (before the more recent one)', () => {
    expect(briefing.stories.map((s) => s.articles.map((a) => a.file).sort())).toEqual([
      ['brief/fire-gazette.md', 'brief/fire-news.txt', 'brief/fire-post.md'],
      ['brief/bridge-gazette.md', 'brief/bridge-post.md'],
    ]);
    expect(fire!.sources).toBe(3);
    expect(bridge!.sources).toBe(2);
    expect(bridge!.latest! > fire!.latest!).toBe(true);
  });

  it('puts single-source items in the also list, newest first, undated last', () => {
    expect(briefing.also.map((a) => a.files)).toEqual([['brief/choir.md'], ['brief/allotments.txt']]);
    expect(briefing.also[0]).toMatchObject({ label: 'Stanmere choir wins national title', source: 'Tidewater News', date: '2024-10-20' });
    expect(briefing.moreAlso).toBe(0);
  });

  it('gives the date range and the article count', () => {
    expect(briefing).toMatchObject({ from: '2024-09-02', to: '2024-10-20', articles: 7, moreStories: 0 });
  });

  it('says which outlets carry each quote and marks the reworded one as a variant', () => {
    const pryce = fire!.quotes.find((q) => q.speaker?.includes('Pryce'));
    expect(pryce).toBeDefined();
    const bySource = Object.fromEntries(pryce!.carriedBy.map((c) => [c.source, c.wording]));
    expect(bySource).toEqual({ 'Harbour Gazette': expect.any(String), 'Marsh Valley Post': expect.any(String) });
    expect(Object.values(bySource).sort()).toEqual(['same', 'variant']);
    expect(pryce!.variants).toBe(true);
    const variant = pryce!.carriedBy.find((c) => c.wording === 'variant')!;
    expect(variant.text).not.toBeNull();
    expect(variant.text).not.toBe(pryce!.text);

    const lacey = fire!.quotes.find((q) => q.speaker?.includes('Lacey'));
    expect(lacey!.carriedBy.map((c) => c.file).sort()).toEqual(['brief/fire-gazette.md', 'brief/fire-news.txt']);
    expect(lacey!.sources).toBe(2);
    expect(lacey!.variants).toBe(false);
  });

  it('flags the firefighters the outlets count differently, and finds the damage all three give', () => {
    expect(fire!.conflicts).toHaveLength(1);
    expect(fire!.conflicts[0]!.values.map((v) => [v.source, v.value]).sort()).toEqual([['Harbour Gazette', 60], ['Marsh Valley Post', 45]]);
    const damage = fire!.figures.find((f) => f.carriedBy.every((c) => c.value === 2_400_000));
    expect(damage?.sources).toBe(3);
    expect(bridge!.conflicts).toEqual([]);
  });

  it('merges one summary from the story’s articles, each sentence naming its file', () => {
    expect(fire!.summary).toHaveLength(3);
    const files = new Set(fire!.articles.map((a) => a.file));
    for (const s of fire!.summary) expect(files.has(s.file)).toBe(true);
  });

  it('respects the limits: one story briefed, the other counted; no also list', () => {
    const small = buildBriefing(briefArticles(), { ...BRIEF_OPTIONS, stories: 1, also: 0, quotes: 1, figures: 0 });
    expect(small.stories).toHaveLength(1);
    expect(small.moreStories).toBe(1);
    expect(small.also).toEqual([]);
    expect(small.moreAlso).toBe(2);
    expect(small.stories[0]!.quotes).toHaveLength(1);
    expect(small.stories[0]!.figures).toEqual([]);
    expect(small.stories[0]!.conflicts).toEqual([]);
  });

  it('is the same for the same input (deterministic)', () => {
    expect(buildBriefing(briefArticles(), BRIEF_OPTIONS)).toEqual(briefing);
  });
});
