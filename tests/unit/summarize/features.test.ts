import { describe, expect, it } from 'vitest';
import { analyzeArticle, lengthScore, LONG_WORDS, SHORT_WORDS } from '../../../src/summarize/features.js';
import type { Figure, Quote } from '../../../src/model.js';
import { BRIDGE_STORY, parse } from '../../helpers/articles.js';

const article = parse(BRIDGE_STORY);
const analysis = analyzeArticle(article);
const indexOf = (start: string) => article.sentences.findIndex((s) => s.text.startsWith(start));

describe('analyzeArticle', () => {
  it('gives every feature a value between 0 and 1', () => {
    for (const info of analysis.sentences) {
      for (const value of Object.values(info.features)) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
  });

  it('counts reporting words in word-count centrality, so sentences saying who said what hang together', () => {
    const story = parse([
      'Toll row', '',
      'The council said tolls would rise in May.',
      'The mayor said the rise was fair.',
      'Drivers said they were angry.',
      'Bridge tolls paid for repairs.',
    ].join('\n'));
    const centrality = analyzeArticle(story).sentences.map((s) => s.features.wordCentrality);
    // The drivers share only "said" with the others; the last sentence shares "tolls" with the first.
    expect(centrality[2]).toBeGreaterThan(centrality[3]!);
  });

  it('ranks earlier sentences higher on position', () => {
    const positions = analysis.sentences.map((s) => s.features.position);
    expect(positions).toEqual([...positions].sort((a, b) => b - a));
    expect(positions[0]).toBe(1);
  });

  it('scores headline overlap', () => {
    const lead = analysis.sentences[indexOf('The city council voted')]!;
    const vote = analysis.sentences[indexOf('The vote was 31')]!;
    expect(lead.features.headline).toBeGreaterThan(vote.features.headline);
  });

  it('finds figures by digits and quotes by quote marks when no extraction is given', () => {
    expect(analysis.sentences[indexOf('The vote was 31')]!.features.figures).toBeGreaterThan(0);
    expect(analysis.sentences[indexOf('Local traders')]!.features.figures).toBe(0);
    expect(analysis.sentences[indexOf('"We have waited')]!.features.quote).toBe(1);
    expect(analysis.sentences[indexOf('The vote was 31')]!.features.quote).toBe(0);
  });

  it('uses the extractors\' quotes and figures when they found some', () => {
    const traders = indexOf('Local traders');
    const quote = { sentence: traders } as Quote;
    const figure = { sentence: traders } as Figure;
    const withExtraction = analyzeArticle(article, { quotes: [quote], figures: [figure, figure] });
    expect(withExtraction.sentences[traders]!.features.quote).toBe(1);
    expect(withExtraction.sentences[traders]!.features.figures).toBe(1);
    expect(withExtraction.sentences[indexOf('"We have waited')]!.features.quote).toBe(0);
  });

  it('flags openers that lean on the sentence before', () => {
    expect(analysis.sentences[indexOf('However, opponents')]!.opener).toBe('connective');
    expect(analysis.sentences[indexOf('They have collected')]!.opener).toBe('pronoun');
    expect(analysis.sentences[indexOf('The city council')]!.opener).toBeNull();
  });

  it('excludes captions and sentences that repeat the headline', () => {
    expect(analysis.sentences[indexOf('Pictured:')]!.excluded).toBe('caption');
    const repeat = parse('Council approves new footbridge over the Wend\n\nCouncil approves a new footbridge over the Wend.\n\nThe vote was held on a wet Tuesday evening in the town hall.');
    expect(analyzeArticle(repeat).sentences[0]!.excluded).toBe('headline');
  });

  it('keeps the similarity matrix symmetric with a zero diagonal', () => {
    const m = analysis.similarity;
    m.forEach((row, i) => row.forEach((value, j) => {
      expect(value).toBeCloseTo(m[j]![i]!, 12);
      if (i === j) expect(value).toBe(0);
    }));
  });
});

describe('lengthScore', () => {
  it.each([
    [0, 0],
    [SHORT_WORDS / 2, 0.5],
    [SHORT_WORDS, 1],
    [LONG_WORDS, 1],
    [LONG_WORDS * 2, 0.5],
  ])('%d words → %d', (words, expected) => {
    expect(lengthScore(words)).toBeCloseTo(expected, 10);
  });
});
