// One summary of a story covered by several articles (`digest summarize --merge`). Each sentence
// is scored within its own article, plus a bonus for being backed by the other outlets; the pool is
// then chosen from with the same MMR selection, so a fact every outlet reports is said once, by the
// outlet that says it best, and the near-copies in other articles are listed with it.

import type { Article, ScoreParts } from '../model.js';
import { contentTerms } from '../text/tokens.js';
import { inverseDocumentFrequency, similarityMatrix, tfidfVector } from '../text/vectors.js';
import { MAX_CANDIDATES, analyzeArticle, type Extraction } from './features.js';
import { briefness, profileFor } from './profile.js';
import { scoreSentence } from './score.js';
import { DUPLICATE_SIMILARITY, selectSentences, type Candidate } from './select.js';
import type { LengthOptions } from './index.js';

/** Weight of cross-outlet support: higher favours facts all outlets carry over one outlet's scoop. */
export const SUPPORT_WEIGHT = 0.5;

export interface MergedSource {
  file: string;
  headline: string | null;
  source: string | null;
  date: string | null;
}

export interface SentenceRef {
  file: string;
  sentence: number;
  line: number;
}

export interface MergedSentence {
  text: string;
  file: string;
  sentence: number;
  start: number;
  end: number;
  line: number;
  column: number;
  score: number;
  parts: ScoreParts;
  /** Near-identical sentences in the other articles. */
  alsoIn: SentenceRef[];
}

export interface MergedSummary {
  headline: string | null;
  sources: MergedSource[];
  summary: MergedSentence[];
}

interface PooledSentence {
  article: number;
  sentence: number;
}

/** Sentences of every article in one pool, with pool-wide similarities and each one's score. */
export function mergeSummaries(articles: readonly Article[], options: LengthOptions, extractions: readonly Extraction[] = []): MergedSummary {
  const perArticle = Math.max(1, Math.floor(MAX_CANDIDATES / Math.max(1, articles.length)));
  const pool: PooledSentence[] = articles.flatMap((a, article) => a.sentences.slice(0, perArticle).map((_, sentence) => ({ article, sentence })));
  const terms = pool.map((p) => contentTerms(articles[p.article]!.sentences[p.sentence]!.text));
  const idf = inverseDocumentFrequency(terms);
  const similarity = similarityMatrix(terms.map((t) => tfidfVector(t, idf)));
  const analyses = articles.map((a, i) => analyzeArticle(a, extractions[i]));
  const longest = Math.max(0, ...articles.map((a) => a.sentences.length));
  const count = Math.min(pool.length, options.ratio !== null ? Math.max(1, Math.round(longest * options.ratio)) : options.sentences);
  // The story is the whole pool: a summary of it is a brief unless the articles are short; its
  // selection stays MMR whatever the length, since outlets repeat one another.
  const weights = profileFor(briefness(count, pool.length)).weights;
  const scored = pool.map((p, i) => {
    const info = analyses[p.article]!.sentences[p.sentence]!;
    const own = scoreSentence(info.features, weights);
    const support = SUPPORT_WEIGHT * supportOf(i, pool, similarity, articles.length);
    return { score: own.score + support, parts: { ...own.parts, support } };
  });
  const candidates: Candidate[] = pool.map((p, i) => {
    const info = analyses[p.article]!.sentences[p.sentence]!;
    return { index: i, previous: p.sentence > 0 ? i - 1 : null, score: scored[i]!.score, words: info.words, opener: info.opener, eligible: info.excluded === null };
  });
  const chosen = selectSentences(candidates, similarity, { sentences: count, words: options.words });
  return {
    headline: articles.find((a) => a.headline !== null)?.headline ?? null,
    sources: articles.map((a) => ({ file: a.file, headline: a.headline, source: a.source, date: a.date })),
    summary: storyOrder(chosen, pool, articles, candidates).map((i) => {
      const p = pool[i]!;
      const sentence = articles[p.article]!.sentences[p.sentence]!;
      return {
        text: sentence.text, file: articles[p.article]!.file, sentence: p.sentence,
        start: sentence.start, end: sentence.end, line: sentence.line, column: sentence.column,
        score: scored[i]!.score, parts: scored[i]!.parts,
        alsoIn: nearCopies(i, pool, similarity, articles),
      };
    }),
  };
}

/** Mean, over the other articles, of the best similarity this sentence has with any of their sentences. */
function supportOf(index: number, pool: readonly PooledSentence[], similarity: readonly (readonly number[])[], articleCount: number): number {
  if (articleCount < 2) return 0;
  const best = new Array<number>(articleCount).fill(0);
  const own = pool[index]!.article;
  similarity[index]!.forEach((value, j) => {
    const other = pool[j]!.article;
    if (other !== own && value > best[other]!) best[other] = value;
  });
  return best.reduce((a, b) => a + b, 0) / (articleCount - 1);
}

/**
 * Story order: by how early in its own article each sentence stands (leads first), then by input
 * order; a sentence that leans on the one before it stays right after it.
 */
function storyOrder(chosen: readonly number[], pool: readonly PooledSentence[], articles: readonly Article[], candidates: readonly Candidate[]): number[] {
  const picked = new Set(chosen);
  const headOf = (i: number): number => {
    let head = i;
    while (candidates[head]?.opener && candidates[head]?.previous !== null && picked.has(candidates[head]!.previous!)) head = candidates[head]!.previous!;
    return head;
  };
  const relative = (i: number) => pool[i]!.sentence / Math.max(1, articles[pool[i]!.article]!.sentences.length);
  const key = (i: number): [number, number, number] => [relative(headOf(i)), pool[i]!.article, pool[i]!.sentence];
  return [...chosen].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
  });
}

function nearCopies(index: number, pool: readonly PooledSentence[], similarity: readonly (readonly number[])[], articles: readonly Article[]): SentenceRef[] {
  const own = pool[index]!.article;
  const refs: SentenceRef[] = [];
  similarity[index]!.forEach((value, j) => {
    const p = pool[j]!;
    if (p.article === own || value < DUPLICATE_SIMILARITY) return;
    const article = articles[p.article]!;
    refs.push({ file: article.file, sentence: p.sentence, line: article.sentences[p.sentence]!.line });
  });
  return refs;
}
