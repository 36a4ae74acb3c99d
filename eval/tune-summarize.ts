// npm run tune:summarize: coordinate search over the short-summary weights on the TUNE half only
// (eval/lib/corpora.ts halfOf). It prints the best weights found; a person copies the ones worth
// keeping into src/summarize/score.ts and re-runs eval:summarize, which reports the held half.
// Features are computed once per article; only scoring and selection are redone per trial.

import type { Article } from '../src/model.js';
import { POSITION_SCALE, analyzeArticle, type ArticleAnalysis, type SentenceFeatures } from '../src/summarize/features.js';
import { LONG_WEIGHTS, SHORT_WEIGHTS, scoreSentence, weightsFor } from '../src/summarize/score.js';
import { SELECTION, selectSentences, type SelectionParams } from '../src/summarize/select.js';
import { summaryLength } from '../src/summarize/index.js';
import { rougeN, rougeTokens } from './lib/rouge.js';
import { halfOf, loadBbc, loadCnndm, type SummaryDoc } from './lib/corpora.js';

interface Prepared {
  article: Article;
  analysis: ArticleAnalysis;
  sentenceTokens: string[][];
  reference: string[];
  k: number;
}

interface Trial {
  positionScale: number;
  /** The short-summary profile being searched; the long profile stays as in score.ts. */
  weights: SentenceFeatures;
  long: SentenceFeatures;
  selection: SelectionParams;
}

function prepare(docs: readonly SummaryDoc[]): Prepared[] {
  return docs.filter((d) => halfOf(d.id) === 'tune').map((d) => ({
    article: d.article,
    analysis: analyzeArticle(d.article),
    sentenceTokens: d.article.sentences.map((s) => rougeTokens(s.text)),
    reference: rougeTokens(d.reference),
    k: d.sentences,
  }));
}

function run(docs: readonly Prepared[], trial: Trial): { r1: number; r2: number } {
  let r1 = 0;
  let r2 = 0;
  for (const doc of docs) {
    const length = summaryLength(doc.article, { sentences: doc.k, ratio: null, words: null });
    const weights = weightsFor(length, trial.weights, trial.long);
    const candidates = doc.analysis.sentences.map((info, i) => ({
      index: i, previous: i > 0 ? i - 1 : null, score: scoreSentence({ ...info.features, position: Math.exp(-i / trial.positionScale) }, weights).score, words: info.words,
      opener: info.opener, eligible: info.excluded === null,
    }));
    const budget = { sentences: length, words: null };
    const chosen = selectSentences(candidates, doc.analysis.similarity, budget, trial.selection);
    const tokens = chosen.flatMap((i) => doc.sentenceTokens[i] ?? []);
    r1 += rougeN(doc.reference, tokens, 1).f1;
    r2 += rougeN(doc.reference, tokens, 2).f1;
  }
  return { r1: (100 * r1) / docs.length, r2: (100 * r2) / docs.length };
}

const GRID: Record<keyof SentenceFeatures, number[]> = {
  position: [0.5, 1, 1.5, 2, 3, 4],
  paragraphLead: [0, 0.1, 0.2, 0.4],
  centrality: [0, 0.25, 0.5, 1, 1.5],
  coverage: [0, 0.25, 0.5, 1, 1.5, 2],
  frequency: [0, 0.25, 0.5, 1, 1.5],
  headline: [0, 0.15, 0.3, 0.6],
  people: [0, 0.1, 0.2],
  figures: [0, 0.1, 0.2, 0.4],
  quote: [-0.3, -0.1, 0, 0.1],
  length: [0, 0.15, 0.3, 0.6, 1],
};

function main(): void {
  const cnndm = prepare(loadCnndm() ?? []);
  const bbc = prepare(loadBbc() ?? []);
  // One number to climb: CNN/DM R-1 + R-2 (3-sentence news summaries) and BBC R-2 (long extracts), equally.
  const objective = (t: Trial) => {
    const c = run(cnndm, t);
    const b = run(bbc, t);
    return { value: (c.r1 + c.r2) / 2 + b.r2 / 2, text: `cnndm ${c.r1.toFixed(2)}/${c.r2.toFixed(2)} bbc ${b.r1.toFixed(2)}/${b.r2.toFixed(2)}` };
  };
  let best: Trial = { positionScale: POSITION_SCALE, weights: { ...SHORT_WEIGHTS }, long: { ...LONG_WEIGHTS }, selection: { ...SELECTION } };
  let bestScore = objective(best);
  console.log(`start ${bestScore.text}`);
  for (let round = 0; round < 2; round++) {
    for (const positionScale of [0.5, 1, 2, 3, 4, 6]) {
      const trial = { ...best, positionScale };
      const score = objective(trial);
      if (score.value > bestScore.value + 1e-9) { best = trial; bestScore = score; console.log(`positionScale=${positionScale} ${score.text}`); }
    }
    for (const key of Object.keys(GRID) as (keyof SentenceFeatures)[]) {
      for (const value of GRID[key]) {
        const trial = { ...best, weights: { ...best.weights, [key]: value } };
        const score = objective(trial);
        if (score.value > bestScore.value + 1e-9) { best = trial; bestScore = score; console.log(`${key}=${value} ${score.text}`); }
      }
    }
    const selectionGrid: Partial<Record<keyof SelectionParams, number[]>> = {
      mmrLambda: [0.6, 0.7, 0.8, 0.9, 1],
      duplicateSimilarity: [0.5, 0.6, 0.7, 0.8, 0.9],
      antecedentReach: [1, 2, 3],
    };
    for (const [key, values] of Object.entries(selectionGrid)) {
      for (const value of values) {
        const trial = { ...best, selection: { ...best.selection, [key]: value } };
        const score = objective(trial);
        if (score.value > bestScore.value + 1e-9) { best = trial; bestScore = score; console.log(`${key}=${value} ${score.text}`); }
      }
    }
  }
  console.log(JSON.stringify(best, null, 2));
}

main();
