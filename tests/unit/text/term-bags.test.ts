import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cosinesWith, inverseFrequencies, sparseSimilarityMatrix, sparseVector, termBags, TermNumbers,
} from '../../../src/text/term-bags.js';
import { cosine, inverseDocumentFrequency, similarityMatrix, tfidfVector } from '../../../src/text/vectors.js';
import { pageRank } from '../../../src/summarize/centrality.js';

// Sentences as term lists over a small vocabulary, so that they share terms and repeat them.
const termList = fc.array(fc.constantFrom('bridg', 'vote', 'council', 'river', 'cost', 'mayor', 'flood', 'wall', 'm', 'x'), { maxLength: 12 });
const documents = fc.array(termList, { maxLength: 14 });

/** The dense power iteration pageRank used before it skipped zero weights: the oracle it must equal bit for bit. */
function densePageRank(weights: number[][], damping = 0.85): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const outSums = weights.map((row) => row.reduce((a, b) => a + b, 0));
  let scores = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < 100; iteration++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    let dangling = 0;
    for (let j = 0; j < n; j++) {
      if (outSums[j] === 0) { dangling += scores[j]!; continue; }
      for (let i = 0; i < n; i++) {
        const w = weights[j]![i]!;
        if (w > 0) next[i]! += (damping * scores[j]! * w) / outSums[j]!;
      }
    }
    for (let i = 0; i < n; i++) next[i]! += (damping * dangling) / n;
    const moved = next.reduce((max, value, i) => Math.max(max, Math.abs(value - scores[i]!)), 0);
    scores = next;
    if (moved < 1e-6) break;
  }
  return scores;
}

describe('term bags', () => {
  it('number terms given with ids as they number the same terms given without', () => {
    // Ids as sentence-terms.ts gives them: one per term string, some terms without one (-1), and
    // past 128 distinct ids (half of FIRST_ID_SLOTS) the id table grows, several times.
    const vocabulary = Array.from({ length: 1500 }, (_, i) => `t${i}`);
    const idOf = (term: string) => (Number(term.slice(1)) % 7 === 3 ? -1 : Number(term.slice(1)) * 37);
    fc.assert(fc.property(fc.array(fc.array(fc.constantFrom(...vocabulary), { maxLength: 60 }), { maxLength: 30 }), (docs) => {
      const plain = new TermNumbers();
      const withIds = new TermNumbers();
      expect(termBags(docs, withIds, docs.map((doc) => doc.map(idOf)))).toEqual(termBags(docs, plain));
      expect(withIds.size).toBe(plain.size);
    }), { numRuns: 200 });
  });

  it('give exactly the similarity matrix of string-keyed TF-IDF vectors', () => {
    fc.assert(fc.property(documents, (docs) => {
      const numbers = new TermNumbers();
      const bags = termBags(docs, numbers);
      const vectors = bags.map((bag) => sparseVector(bag, inverseFrequencies(bags, numbers.size)));
      const idf = inverseDocumentFrequency(docs);
      expect(sparseSimilarityMatrix(vectors, numbers.size)).toEqual(similarityMatrix(docs.map((d) => tfidfVector(d, idf))));
    }));
  });

  it('give exactly the cosine with a headline, including headline terms no sentence has', () => {
    fc.assert(fc.property(documents, termList, fc.constantFrom([], ['unseen'], ['unseen', 'bridg']), (docs, headline, extra) => {
      const numbers = new TermNumbers();
      const bags = termBags(docs, numbers);
      const idfArray = inverseFrequencies(bags, numbers.size);
      const target = termBags([[...headline, ...extra]], numbers)[0]!;
      const got = cosinesWith(bags.map((bag) => sparseVector(bag, idfArray)), sparseVector(target, idfArray), numbers.size);
      const idf = inverseDocumentFrequency(docs);
      const headlineVector = tfidfVector([...headline, ...extra], idf);
      expect([...got]).toEqual(docs.map((d) => cosine(tfidfVector(d, idf), headlineVector)));
    }));
  });

  it('count each term once per bag, in order of first appearance', () => {
    const numbers = new TermNumbers();
    const [bag] = termBags([['vote', 'bridg', 'vote', 'vote']], numbers);
    expect([...bag!.terms]).toEqual([0, 1]);
    expect([...bag!.counts]).toEqual([3, 1]);
  });
});

describe('sparse graphs', () => {
  it('pageRank over positive edges only equals the dense iteration bit for bit', () => {
    fc.assert(fc.property(documents, (docs) => {
      const idf = inverseDocumentFrequency(docs);
      const similarity = similarityMatrix(docs.map((d) => tfidfVector(d, idf)));
      expect(pageRank(similarity)).toEqual(densePageRank(similarity));
    }));
  });
});
