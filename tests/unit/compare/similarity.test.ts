import { describe, expect, it } from 'vitest';
import { pairSimilarities } from '../../../src/compare/index.js';
import { profileText } from '../../../src/compare/profile.js';
import { toSignature } from '../../../src/compare/signature.js';
import { blend, similarity, verdictFor, SAME_STORY_THRESHOLD, RELATED_THRESHOLD } from '../../../src/compare/similarity.js';
import { Vocabulary } from '../../../src/compare/vocabulary.js';
import { storyArticles } from '../../helpers/fixtures.js';

const articles = storyArticles();

function score(a: string, b: string): number {
  return pairSimilarities([articles[a]!, articles[b]!])[0]!.score;
}

describe('similarity', () => {
  it('is 1 for the same text and 0 for texts with nothing in common', () => {
    const vocabulary = new Vocabulary();
    const a = toSignature(profileText('Flood wall finished', 'The flood wall at Lowbridge is finished, 340 homes safe.'), vocabulary);
    const b = toSignature(profileText('Striker signs', 'Rovers signed a striker from Dunmore City for 19 goals.'), vocabulary);
    expect(similarity(a, a).score).toBeCloseTo(1, 6);
    expect(similarity(a, b).score).toBe(0);
  });

  it('is symmetric', () => {
    expect(score('flood-echo', 'flood-gazette')).toBeCloseTo(score('flood-gazette', 'flood-echo'), 10);
  });

  it('ranks two reports of one event above two events', () => {
    expect(score('flood-echo', 'flood-gazette')).toBeGreaterThan(score('flood-echo', 'fire-news'));
    expect(score('fire-news', 'fire-post')).toBeGreaterThan(score('fire-news', 'transfer'));
  });

  it('gives the verdicts of the fixtures', () => {
    expect(verdictFor(score('flood-echo', 'flood-gazette'))).toBe('same story');
    expect(verdictFor(score('fire-news', 'fire-post'))).toBe('same story');
    expect(verdictFor(score('flood-gazette', 'transfer'))).toBe('different');
  });

  it.each([
    [SAME_STORY_THRESHOLD, 'same story'],
    [SAME_STORY_THRESHOLD - 0.001, 'related'],
    [RELATED_THRESHOLD, 'related'],
    [RELATED_THRESHOLD - 0.001, 'different'],
  ])('verdict at %s is %s', (value, verdict) => {
    expect(verdictFor(value)).toBe(verdict);
  });

  it('blends only the parts there is evidence for', () => {
    expect(blend({ text: 0.5, names: null, numbers: null, title: null })).toBe(0.5);
    expect(blend({ text: null, names: null, numbers: null, title: null })).toBe(0);
  });
});
