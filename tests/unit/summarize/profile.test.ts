import { describe, expect, it } from 'vitest';
import { BRIEF, BRIEF_SHARE, CONDENSED, CONDENSED_SHARE, briefness, profileFor } from '../../../src/summarize/profile.js';
import type { SentenceFeatures } from '../../../src/summarize/features.js';

describe('briefness', () => {
  it.each([
    [3, 40, 1], // a news brief of a long feature
    [1, 4, 1], // exactly BRIEF_SHARE
    [3, 6, 0], // half a short item: a condensed article
    [7, 20, 0], // exactly CONDENSED_SHARE
    [3, 0, 0], // no sentences: treated as one, a condensed article
  ])('%d of %d sentences → %d', (summary, article, expected) => {
    expect(briefness(summary, article)).toBeCloseTo(expected, 12);
  });

  it('depends on the share of the article, not on the sentence count', () => {
    expect(briefness(3, 40)).toBeGreaterThan(briefness(3, 8));
    expect(briefness(10, 100)).toBe(1);
    expect(briefness(BRIEF_SHARE * 100, 100)).toBe(1);
    expect(briefness(CONDENSED_SHARE * 100, 100)).toBe(0);
  });

  it('falls linearly between the two shares', () => {
    const midway = ((BRIEF_SHARE + CONDENSED_SHARE) / 2) * 1000;
    expect(briefness(midway, 1000)).toBeCloseTo(0.5, 12);
    expect(briefness(midway - 10, 1000)).toBeGreaterThan(briefness(midway, 1000));
  });
});

describe('profileFor', () => {
  it('is the brief profile at 1 and the condensed one at 0', () => {
    expect(profileFor(1)).toEqual({ ...BRIEF });
    expect(profileFor(0)).toEqual({ ...CONDENSED });
  });

  it('blends every weight and the MMR balance linearly in between', () => {
    const half = profileFor(0.5);
    for (const key of Object.keys(BRIEF.weights) as (keyof SentenceFeatures)[]) {
      expect(half.weights[key]).toBeCloseTo((BRIEF.weights[key] + CONDENSED.weights[key]) / 2, 12);
    }
    expect(half.selection.mmrLambda).toBeCloseTo((BRIEF.selection.mmrLambda + CONDENSED.selection.mmrLambda) / 2, 12);
  });

  it('keeps the brief\'s antecedent rules until fully condensed (counts are not blended)', () => {
    expect(profileFor(0.01).selection.maxAntecedents).toBe(BRIEF.selection.maxAntecedents);
    expect(profileFor(0.01).selection.antecedentReach).toBe(BRIEF.selection.antecedentReach);
  });

  it('weighs position less and word-count centrality more in a condensed article than in a brief', () => {
    expect(CONDENSED.weights.position).toBeLessThan(BRIEF.weights.position);
    expect(CONDENSED.weights.wordCentrality).toBeGreaterThan(BRIEF.weights.wordCentrality);
  });

  it('chooses a condensed article by score alone, a brief with MMR', () => {
    expect(CONDENSED.selection.mmrLambda).toBe(1);
    expect(BRIEF.selection.mmrLambda).toBeLessThan(1);
  });
});
