import { describe, expect, it } from 'vitest';
import { parseArticleText, isProblem } from '../../../src/ingest/parse.js';
import { digestArticle } from '../../../src/summarize/digest.js';
import { digestMarkdown } from '../../../src/render/digest-text.js';

const TEXT = 'Bridge shut\n\nSeven serious incidents were reported in the two years prior to the inspection.\n\nEngineers replaced 42 bearings.\n';

describe('digestMarkdown key figures', () => {
  const article = parseArticleText('a.txt', TEXT);
  if (isProblem(article)) throw new Error(article.message);
  const digest = digestArticle(article, { sentences: 3, ratio: null, words: null, quotes: 3, figures: 3 });
  const markdown = digestMarkdown(digest);

  it('prints a duration once, not again at the start of its context', () => {
    const twoYears = digest.figures.find((f) => f.text === 'two years');
    expect(twoYears?.context).toMatch(/^years /);
    expect(markdown).toContain('- **two years** prior to the inspection (line 3)');
  });

  it('puts one space between a figure and its context', () => {
    expect(markdown).toContain('- **42** bearings (line 5)');
    expect(markdown).not.toMatch(/\*\* {2}/);
  });
});
