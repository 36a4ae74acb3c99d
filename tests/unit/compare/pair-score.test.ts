import { describe, expect, it } from 'vitest';
import { PairScorer } from '../../../src/compare/pair-score.js';
import { profileArticle, profileText } from '../../../src/compare/profile.js';
import { toSignature, type Signature } from '../../../src/compare/signature.js';
import { SIMILARITY_WEIGHTS, similarity } from '../../../src/compare/similarity.js';
import { STORY_SIMILARITY_WEIGHTS } from '../../../src/compare/stories.js';
import { Vocabulary } from '../../../src/compare/vocabulary.js';
import { storyArticles } from '../../helpers/fixtures.js';

/** The fixtures plus texts that leave parts empty: no headline, no names, no numbers, nothing at all. */
function signatures(): { vocabulary: Vocabulary; list: Signature[] } {
  const vocabulary = new Vocabulary();
  const list = Object.values(storyArticles()).map((a) => toSignature(profileArticle(a), vocabulary));
  for (const [headline, body] of [
    ['', 'Volunteers cleared the towpath after the storm; the towpath reopens at noon.'],
    ['Towpath reopens', 'volunteers cleared mud and branches from the towpath.'],
    ['Lowbridge flood wall', ''],
    ['', ''],
    ['Council sets budget of 45 million', 'The council set its budget at 45 million after 3 hours of debate in Lowbridge.'],
  ] as const) list.push(toSignature(profileText(headline, body), vocabulary));
  return { vocabulary, list };
}

describe('PairScorer', () => {
  const { vocabulary, list } = signatures();
  // Uneven weights, so that a term mixed up with another would show.
  const idf = Float64Array.from({ length: vocabulary.size }, (_, id) => 1 + (id % 7) / 3);

  it.each([
    ['compare weights', SIMILARITY_WEIGHTS],
    ['stories weights', STORY_SIMILARITY_WEIGHTS],
  ])('gives exactly similarity()\'s score for every pair, whatever the order (%s)', (_name, weights) => {
    const scorer = new PairScorer(list, idf, weights);
    const lookup = (id: number) => idf[id] ?? 0;
    // Every pair both ways, focus changing often: a focus left over from another article would show.
    for (let b = 0; b < list.length; b++) {
      for (let a = 0; a < list.length; a++) {
        if (a === b) continue;
        expect(scorer.score(a, b)).toBe(similarity(list[a]!, list[b]!, lookup, undefined, weights).score);
      }
    }
  });

  it('scores an article against itself as 1 and two unrelated ones as 0', () => {
    const scorer = new PairScorer(list, idf, STORY_SIMILARITY_WEIGHTS);
    expect(scorer.score(0, 0)).toBeCloseTo(1, 12);
    const empty = list.length - 2;
    expect(scorer.score(0, empty)).toBe(0);
  });
});
