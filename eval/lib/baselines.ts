// Classic unsupervised extractive baselines, run on the same parsed sentences as digest:
//   lead      the first k sentences
//   textrank  Mihalcea & Tarau (2004): edge = shared words / (ln|Si| + ln|Sj|), PageRank, top k
//   lexrank   Erkan & Radev (2004): TF-IDF cosine edges above 0.1 (unweighted), PageRank, top k
//   wordfreq  Luhn-style: mean article frequency of the sentence's content words, top k
// Words are contentTerms (lower-cased, stopwords out, Porter stems) for all of them. Each returns
// sentence indices in article order.

import type { Article } from '../../src/model.js';
import { contentTerms } from '../../src/text/tokens.js';
import { inverseDocumentFrequency, similarityMatrix, tfidfVector } from '../../src/text/vectors.js';
import { pageRank } from '../../src/summarize/centrality.js';
import { termFrequencyScores } from '../../src/summarize/features.js';

/** LexRank's edge threshold from the paper. */
const LEXRANK_THRESHOLD = 0.1;

export type Baseline = (article: Article, k: number) => number[];

function topK(scores: readonly number[], k: number): number[] {
  return scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, k)
    .map((x) => x.index)
    .sort((a, b) => a - b);
}

export const lead: Baseline = (article, k) => article.sentences.slice(0, k).map((s) => s.index);

export const textrank: Baseline = (article, k) => {
  const sets = article.sentences.map((s) => new Set(contentTerms(s.text)));
  const weights = sets.map((a, i) => sets.map((b, j) => {
    if (i === j || a.size < 2 || b.size < 2) return 0;
    let shared = 0;
    for (const term of a) if (b.has(term)) shared++;
    return shared / (Math.log(a.size) + Math.log(b.size));
  }));
  return topK(pageRank(weights), k);
};

export const lexrank: Baseline = (article, k) => {
  const terms = article.sentences.map((s) => contentTerms(s.text));
  const idf = inverseDocumentFrequency(terms);
  const similarity = similarityMatrix(terms.map((t) => tfidfVector(t, idf)));
  const edges = similarity.map((row) => row.map((value) => (value > LEXRANK_THRESHOLD ? 1 : 0)));
  return topK(pageRank(edges), k);
};

export const wordfreq: Baseline = (article, k) =>
  topK(termFrequencyScores(article.sentences.map((s) => contentTerms(s.text))), k);
