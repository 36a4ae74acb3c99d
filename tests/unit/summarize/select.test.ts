import { describe, expect, it } from 'vitest';
import { CONDENSED_SELECTION, SELECTION, restatements, selectSentences, unitFor, type Candidate } from '../../../src/summarize/select.js';
import type { Opener } from '../../../src/summarize/signals.js';

/** Candidates from [score, opener?, eligible?, words?] rows; each follows the one before it. */
function candidates(rows: [number, Opener?, boolean?, number?][]): Candidate[] {
  return rows.map(([score, opener = null, eligible = true, words = 10], index) => ({
    index, previous: index > 0 ? index - 1 : null, score, words, opener, eligible,
  }));
}

function unrelated(n: number): number[][] {
  return Array.from({ length: n }, () => new Array<number>(n).fill(0));
}

const strict = { ...SELECTION, antecedentReach: 1, maxAntecedents: 1, mmrLambda: 1 };

describe('selectSentences', () => {
  it('returns the best sentences in article order', () => {
    const c = candidates([[0.1], [0.9], [0.2], [0.8], [0.95]]);
    expect(selectSentences(c, unrelated(5), { sentences: 3, words: null }, strict)).toEqual([1, 3, 4]);
  });

  it('never chooses an ineligible sentence (caption, heading, byline)', () => {
    const c = candidates([[0.9, null, false], [0.5], [0.4]]);
    expect(selectSentences(c, unrelated(3), { sentences: 1, words: null }, strict)).toEqual([1]);
  });

  it('skips a dangling sentence when there is no room for the sentence it leans on', () => {
    const c = candidates([[0.3], [0.2], [0.99, 'pronoun'], [0.5]]);
    expect(selectSentences(c, unrelated(4), { sentences: 1, words: null }, strict)).toEqual([3]);
  });

  it('brings the antecedent along when both fit and together they are worth it', () => {
    const c = candidates([[0.1], [0.9], [0.99, 'connective'], [0.2]]);
    expect(selectSentences(c, unrelated(4), { sentences: 2, words: null }, strict)).toEqual([1, 2]);
  });

  it('never opens a summary with a dangling sentence', () => {
    const c = candidates([[0.1], [0.1], [0.2], [1, 'pronoun'], [0.9, 'connective'], [0.95, 'pronoun']]);
    for (const sentences of [1, 2, 3, 4]) {
      const chosen = selectSentences(c, unrelated(6), { sentences, words: null }, strict);
      expect(c[chosen[0]!]!.opener).toBeNull();
      for (const i of chosen) if (c[i]!.opener !== null) expect(chosen).toContain(i - 1);
    }
  });

  it('lets an article\'s own first sentence open the summary whatever its first word', () => {
    const c = candidates([[0.9, 'pronoun'], [0.1]]);
    expect(selectSentences(c, unrelated(2), { sentences: 1, words: null }, strict)).toEqual([0]);
  });

  it('with a longer reach, a dangling sentence may follow a chosen sentence two places back', () => {
    const c = candidates([[0.9], [0.1], [0.8, 'pronoun'], [0.2]]);
    const reach2 = { ...strict, antecedentReach: 2 };
    expect(selectSentences(c, unrelated(4), { sentences: 2, words: null }, reach2)).toEqual([0, 2]);
    expect(selectSentences(c, unrelated(4), { sentences: 2, words: null }, strict)).toEqual([0, 3]);
  });

  it('drops near-duplicates of a chosen sentence', () => {
    const c = candidates([[0.9], [0.85], [0.3]]);
    const similarity = unrelated(3);
    similarity[0]![1] = similarity[1]![0] = 0.95;
    expect(selectSentences(c, similarity, { sentences: 2, words: null }, strict)).toEqual([0, 2]);
  });

  it('MMR trades score for novelty when lambda is below 1', () => {
    const c = candidates([[1], [0.9], [0.8]]);
    const similarity = unrelated(3);
    similarity[0]![1] = similarity[1]![0] = 0.5; // similar, but under the duplicate threshold
    const mmr = { ...strict, mmrLambda: 0.5, duplicateSimilarity: 0.9 };
    expect(selectSentences(c, similarity, { sentences: 2, words: null }, { ...strict, duplicateSimilarity: 0.9 })).toEqual([0, 1]);
    expect(selectSentences(c, similarity, { sentences: 2, words: null }, mmr)).toEqual([0, 2]);
  });

  it('keeps within the word budget, but always gives at least one sentence', () => {
    const c = candidates([[0.9, null, true, 30], [0.8, null, true, 10], [0.7, null, true, 10]]);
    expect(selectSentences(c, unrelated(3), { sentences: 3, words: 25 }, strict)).toEqual([1, 2]);
    expect(selectSentences(c, unrelated(3), { sentences: 3, words: 5 }, strict)).toHaveLength(1);
  });

  it('returns nothing for nothing', () => {
    expect(selectSentences([], [], { sentences: 3, words: null })).toEqual([]);
    expect(selectSentences([], [], { sentences: 3, words: null }, CONDENSED_SELECTION)).toEqual([]);
  });
});

describe('selectSentences for a condensed article (score alone: the exact best set)', () => {
  // The 0.8 leans on 0.55 (two places back); picking one unit at a time takes 0.55 last, when the
  // budget is spent, and never gets to the 0.8.
  const c = candidates([[0.9], [0.1], [0.7], [0.1], [0.5], [0.6], [0.1], [0.55], [0.1], [0.8, 'connective']]);
  const none = unrelated(10);

  it('takes the set with the best total that keeps every dangling sentence near its antecedent', () => {
    expect(selectSentences(c, none, { sentences: 4, words: null }, CONDENSED_SELECTION)).toEqual([0, 2, 7, 9]);
  });

  it('picks one unit at a time (MMR) when a word budget is set', () => {
    expect(selectSentences(c, none, { sentences: 4, words: 1000 }, CONDENSED_SELECTION)).toEqual([0, 2, 5, 7]);
  });

  it('drops a restatement of a better sentence, but keeps two sentences on one thread', () => {
    const similarity = unrelated(10);
    similarity[0]![2] = similarity[2]![0] = 0.95;
    similarity[0]![5] = similarity[5]![0] = 0.65;
    const chosen = selectSentences(c, similarity, { sentences: 4, words: null }, CONDENSED_SELECTION);
    expect(chosen).not.toContain(2);
    expect(chosen).toContain(5);
  });
});

describe('restatements', () => {
  it('marks the lower-scored of each pair at or above the threshold, among eligible sentences only', () => {
    const c = candidates([[0.9], [0.8], [0.7, null, false], [0.6]]);
    const similarity = unrelated(4);
    similarity[0]![1] = similarity[1]![0] = 0.8;
    similarity[2]![3] = similarity[3]![2] = 0.99; // 2 is ineligible: 3 restates nothing that may be chosen
    expect([...restatements(c, similarity, 0.8)]).toEqual([1]);
    expect([...restatements(c, similarity, 0.81)]).toEqual([]);
  });
});

describe('unitFor', () => {
  it('is the sentence alone when it stands on its own', () => {
    expect(unitFor(1, candidates([[1], [1]]), new Set())).toEqual([1]);
  });
  it('is the pair when a dangling sentence needs the one before', () => {
    expect(unitFor(1, candidates([[1], [1, 'pronoun']]), new Set(), strict)).toEqual([0, 1]);
  });
  it('is null when the antecedent is itself dangling and reach is used up', () => {
    expect(unitFor(2, candidates([[1], [1, 'pronoun'], [1, 'connective']]), new Set(), strict)).toBeNull();
  });
  it('is null when the antecedent may not be chosen', () => {
    expect(unitFor(1, candidates([[1, null, false], [1, 'pronoun']]), new Set(), strict)).toBeNull();
  });
});
