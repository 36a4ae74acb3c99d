import { describe, expect, it } from 'vitest';
import { summarize, summaryLength } from '../../../src/summarize/index.js';
import { MAX_CANDIDATES } from '../../../src/summarize/features.js';
import { danglingOpener } from '../../../src/summarize/signals.js';
import { ANTECEDENT_REACH } from '../../../src/summarize/select.js';
import { BRIDGE_STORY, parse } from '../../helpers/articles.js';

const article = parse(BRIDGE_STORY);
const options = { sentences: 3, ratio: null, words: null };

describe('summarize', () => {
  it('gives the requested number of sentences, in article order, with offsets into the file', () => {
    const summary = summarize(article, options);
    expect(summary).toHaveLength(3);
    const order = summary.map((s) => s.sentence);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const s of summary) {
      expect(article.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.line).toBe(article.sentences[s.sentence]!.line);
    }
  });

  it('carries the score parts that add up to each score', () => {
    for (const s of summarize(article, options)) {
      expect(Object.values(s.parts).reduce((a, b) => a + b, 0)).toBeCloseTo(s.score, 10);
      expect(Object.keys(s.parts)).toContain('position');
      expect(Object.keys(s.parts)).toContain('centrality');
    }
  });

  it('never repeats the headline, and never picks the caption or the dateline', () => {
    for (const sentences of [1, 2, 3, 5, 8]) {
      const texts = summarize(article, { ...options, sentences }).map((s) => s.text);
      expect(texts).not.toContain(article.headline);
      expect(texts.some((t) => t.startsWith('Pictured'))).toBe(false);
      expect(texts.some((t) => t.includes('Published'))).toBe(false);
    }
  });

  it('never opens with a dangling sentence, and keeps each one within ANTECEDENT_REACH of a chosen antecedent', () => {
    // Briefs (MMR) and condensed summaries (best set) alike: the profile changes with the length.
    for (const sentences of [1, 2, 3, 4, 6, 8, 10, 12]) {
      const summary = summarize(article, { ...options, sentences });
      const chosen = new Set(summary.map((s) => s.sentence));
      expect(danglingOpener(summary[0]!.text)).toBeNull();
      for (const s of summary) {
        if (s.sentence === 0 || danglingOpener(s.text) === null) continue;
        const reach = Array.from({ length: ANTECEDENT_REACH }, (_, d) => s.sentence - 1 - d);
        expect(reach.some((i) => chosen.has(i))).toBe(true);
      }
    }
  });

  it('--ratio takes a share of the sentences', () => {
    const n = article.sentences.length;
    expect(summaryLength(article, { sentences: 3, ratio: 0.5, words: null })).toBe(Math.round(n * 0.5));
    expect(summarize(article, { sentences: 3, ratio: 0.5, words: null }).length).toBeLessThanOrEqual(Math.round(n * 0.5));
    expect(summaryLength(article, { sentences: 3, ratio: 0.01, words: null })).toBe(1);
  });

  it('--words keeps the summary within the word budget', () => {
    for (const words of [25, 40, 60]) {
      const summary = summarize(article, { sentences: 10, ratio: null, words });
      const total = summary.reduce((sum, s) => sum + s.text.split(/\s+/).length, 0);
      expect(summary.length).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(words);
    }
  });

  it('asks for more sentences than there are and gets them all, once each', () => {
    const short = parse('A short note about the weather in the valley today.\n\nRain is expected to fall on the hills by the evening.');
    expect(summarize(short, { ...options, sentences: 10 }).map((s) => s.sentence)).toEqual([0, 1]);
  });

  it('skips markdown headings inside the body', () => {
    const md = parse(`# Bridge vote\n\nThe council voted to build a footbridge over the river on Tuesday night.\n\n## What happens next\n\nBuilders will start on the footbridge foundations in September this year.\n`, 'story.md');
    const texts = summarize(md, { ...options, sentences: 3 }).map((s) => s.text);
    expect(texts.some((t) => t.startsWith('#'))).toBe(false);
  });

  it('weighs only the first MAX_CANDIDATES sentences of a huge article (n² graphs stay bounded)', () => {
    const body = Array.from({ length: MAX_CANDIDATES * 3 }, (_, i) => `Sentence number ${i} talks about the bridge and the river vote.`).join(' ');
    const huge = parse(`${body}\n`);
    const summary = summarize(huge, { sentences: 3, ratio: 0.5, words: null });
    expect(summary.length).toBeGreaterThan(0);
    expect(summary.every((s) => s.sentence < MAX_CANDIDATES)).toBe(true);
  });

  it('summarizes an article with no sentences to nothing', () => {
    const empty = { ...article, sentences: [], paragraphs: [] };
    expect(summarize(empty, options)).toEqual([]);
  });
});
