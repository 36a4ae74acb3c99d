import { describe, expect, it } from 'vitest';
import { mergeSummaries } from '../../../src/summarize/merge.js';
import { danglingOpener } from '../../../src/summarize/signals.js';
import { BRIDGE_STORY, BRIDGE_STORY_2, parse } from '../../helpers/articles.js';

const a = parse(BRIDGE_STORY, 'a.txt');
const b = parse(BRIDGE_STORY_2, 'b.txt');

describe('mergeSummaries', () => {
  const merged = mergeSummaries([a, b], { sentences: 4, ratio: null, words: null });

  it('lists every source', () => {
    expect(merged.sources.map((s) => s.file)).toEqual(['a.txt', 'b.txt']);
    expect(merged.headline).toBe(a.headline);
  });

  it('says a fact both outlets report once, and points at the near-copy', () => {
    const vote = merged.summary.filter((s) => s.text.startsWith('The city council voted on Tuesday'));
    expect(vote).toHaveLength(1);
    const other = vote[0]!.file === 'a.txt' ? 'b.txt' : 'a.txt';
    expect(vote[0]!.alsoIn.map((r) => r.file)).toEqual([other]);
  });

  it('takes each sentence from its own file, with the right line', () => {
    for (const s of merged.summary) {
      const article = s.file === 'a.txt' ? a : b;
      expect(article.text.slice(s.start, s.end)).toBe(s.text);
      expect(article.sentences[s.sentence]!.line).toBe(s.line);
      expect(s.parts).toHaveProperty('support');
    }
  });

  it('opens with a sentence that stands on its own', () => {
    expect(danglingOpener(merged.summary[0]!.text)).toBeNull();
  });

  it('merging one article is summarizing it', () => {
    const single = mergeSummaries([a], { sentences: 3, ratio: null, words: null });
    expect(single.summary).toHaveLength(3);
    expect(single.summary.every((s) => s.alsoIn.length === 0 && s.parts.support === 0)).toBe(true);
  });

  it('merging nothing gives nothing', () => {
    expect(mergeSummaries([], { sentences: 3, ratio: null, words: null })).toEqual({ headline: null, sources: [], summary: [] });
  });
});
