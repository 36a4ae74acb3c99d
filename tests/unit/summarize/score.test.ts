import { describe, expect, it } from 'vitest';
import { scoreSentence, WEIGHTS } from '../../../src/summarize/score.js';
import type { SentenceFeatures } from '../../../src/summarize/features.js';

const zero: SentenceFeatures = {
  position: 0, paragraphLead: 0, centrality: 0, wordCentrality: 0, frequency: 0, headline: 0, people: 0, figures: 0, quote: 0, length: 0,
};

describe('scoreSentence', () => {
  it('has one part per feature, in a fixed order, adding up to the score', () => {
    const features = { ...zero, position: 1, centrality: 0.5, headline: 0.25, length: 1 };
    const { score, parts } = scoreSentence(features);
    expect(Object.keys(parts)).toEqual(Object.keys(WEIGHTS));
    expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBeCloseTo(score, 12);
  });

  it.each(Object.keys(zero) as (keyof SentenceFeatures)[])('part %s is weight × feature', (key) => {
    const { parts } = scoreSentence({ ...zero, [key]: 0.5 });
    expect(parts[key]).toBeCloseTo(WEIGHTS[key] * 0.5, 12);
    for (const other of Object.keys(zero)) if (other !== key) expect(parts[other]).toBe(0);
  });

  it('takes other weights when given', () => {
    const weights = { ...zero, headline: 2 };
    expect(scoreSentence({ ...zero, headline: 0.5, position: 1 }, weights).score).toBe(1);
  });

  it('scores a lead sentence above a late one, other things equal', () => {
    const late = { ...zero, position: 0.05, centrality: 0.5, length: 1 };
    const early = { ...late, position: 1 };
    expect(scoreSentence(early).score).toBeGreaterThan(scoreSentence(late).score);
  });
});
