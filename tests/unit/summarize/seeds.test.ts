import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/summarize/index.js';
import { danglingOpener, isCaptionOrByline } from '../../../src/summarize/signals.js';
import { SEED_000, SEED_003, haveSeeds, readSeed } from '../../helpers/seeds.js';
import { parse } from '../../helpers/articles.js';

describe.skipIf(!haveSeeds)('seed summaries read well', () => {
  describe.each([['seed 000', SEED_000], ['seed 003', SEED_003]])('%s', (_name, file) => {
    // describe bodies run even when skipped: read the seed only when ../shared is there.
    const article = haveSeeds ? parse(readSeed(file), file) : (undefined as never);

    it.each([1, 3, 5])('%d sentences: article order, no dangling opener, no trailer, headline not repeated', (sentences) => {
      const summary = summarize(article, { sentences, ratio: null, words: null });
      expect(summary).toHaveLength(Math.min(sentences, article.sentences.length));
      const order = summary.map((s) => s.sentence);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(danglingOpener(summary[0]!.text)).toBeNull();
      for (const s of summary) {
        expect(s.start).toBeGreaterThanOrEqual(article.bodyStart);
        expect(s.end).toBeLessThanOrEqual(article.bodyEnd);
        if (article.trailer) expect(s.text).not.toContain(article.trailer.text);
        if (article.headline) expect(s.text).not.toBe(article.headline);
        expect(isCaptionOrByline(s.text)).toBe(false);
        if (article.dateText) expect(s.text).not.toContain(article.dateText);
      }
    });
  });
});
