import { describe, expect, it } from 'vitest';
import { lcsLength, rougeScores, rougeTokens } from '../../../eval/lib/rouge.js';

describe('rougeTokens (rouge-score tokenizer)', () => {
  it.each([
    ['The U.S. $5bn deal!', ['the', 'u', 's', '5bn', 'deal']],
    // Tokens longer than 3 characters are stemmed; "dog" (3) is not, "dogs" (4) is.
    ['running dogs dog', ['run', 'dog', 'dog']],
    ['Café', ['caf']],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(rougeTokens(text)).toEqual(expected);
  });
});

describe('rougeScores (hand-computed)', () => {
  it('one word changed in six', () => {
    const s = rougeScores('the cat sat on the mat', 'the cat lay on the mat');
    expect(s.rouge1.f1).toBeCloseTo(5 / 6, 10); // the×2, cat, on, mat
    expect(s.rouge2.f1).toBeCloseTo(3 / 5, 10); // "the cat", "on the", "the mat" of 5 bigrams each
    expect(s.rougeL.f1).toBeCloseTo(5 / 6, 10); // LCS "the cat on the mat"
  });

  it('clips repeated n-grams to their count in the reference', () => {
    const s = rougeScores('the the the', 'the the the the the');
    // overlap 3, precision 3/5, recall 3/3 → F1 = 2·0.6·1 / 1.6 = 0.75
    expect(s.rouge1.precision).toBeCloseTo(0.6, 10);
    expect(s.rouge1.recall).toBe(1);
    expect(s.rouge1.f1).toBeCloseTo(0.75, 10);
  });

  it('ROUGE-L is the longest common subsequence, not substring', () => {
    expect(lcsLength(['a', 'b', 'c', 'd', 'e'], ['a', 'x', 'c', 'y', 'e'])).toBe(3);
    expect(rougeScores('a b c d e', 'a x c y e').rougeL.f1).toBeCloseTo(0.6, 10);
  });

  it('stems both sides before matching', () => {
    expect(rougeScores('councils failed', 'council failing').rouge1.f1).toBe(1);
  });

  it('scores an empty prediction zero', () => {
    const s = rougeScores('a b c', '');
    expect([s.rouge1.f1, s.rouge2.f1, s.rougeL.f1]).toEqual([0, 0, 0]);
  });
});
