// npm run tune:summarize: coordinate search over the brief and condensed profiles (weights and
// selection constants) on the TUNE half only (eval/lib/corpora.ts halfOf). It prints the best
// values found; a person copies the ones worth keeping into src/summarize/score.ts / select.ts and
// re-runs eval:summarize, which reports the held half. Features are computed once per article;
// only scoring and selection are redone per trial, through the product's own chooseSentences.

import type { Article } from '../src/model.js';
import { POSITION_SCALE, analyzeArticle, type ArticleAnalysis, type SentenceFeatures } from '../src/summarize/features.js';
import { extractForSummary } from '../src/summarize/digest.js';
import { chooseSentences, summaryLength } from '../src/summarize/index.js';
import { BRIEF, CONDENSED, SHARES, briefness, profileFor, type Profile, type Shares } from '../src/summarize/profile.js';
import type { SelectionParams } from '../src/summarize/select.js';
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
  shares: Shares;
  brief: Profile;
  condensed: Profile;
}

function prepare(docs: readonly SummaryDoc[]): Prepared[] {
  return docs.filter((d) => halfOf(d.id) === 'tune').map((d) => {
    const { article, quotes, figures } = extractForSummary(d.article);
    return {
      article,
      analysis: analyzeArticle(article, { quotes, figures }),
      sentenceTokens: article.sentences.map((s) => rougeTokens(s.text)),
      reference: rougeTokens(d.reference),
      k: d.sentences,
    };
  });
}

function withPositionScale(analysis: ArticleAnalysis, scale: number): ArticleAnalysis {
  if (scale === POSITION_SCALE) return analysis;
  const sentences = analysis.sentences.map((s, i) => ({ ...s, features: { ...s.features, position: Math.exp(-i / scale) } }));
  return { ...analysis, sentences };
}

function run(docs: readonly Prepared[], trial: Trial): { r1: number; r2: number } {
  let r1 = 0;
  let r2 = 0;
  for (const doc of docs) {
    const length = summaryLength(doc.article, { sentences: doc.k, ratio: null, words: null });
    const profile = profileFor(briefness(length, doc.article.sentences.length, trial.shares), trial.brief, trial.condensed);
    const { chosen } = chooseSentences(withPositionScale(doc.analysis, trial.positionScale), { sentences: length, words: null }, profile);
    const tokens = chosen.flatMap((i) => doc.sentenceTokens[i] ?? []);
    r1 += rougeN(doc.reference, tokens, 1).f1;
    r2 += rougeN(doc.reference, tokens, 2).f1;
  }
  return { r1: (100 * r1) / Math.max(1, docs.length), r2: (100 * r2) / Math.max(1, docs.length) };
}

const SHORT_GRID: Record<keyof SentenceFeatures, number[]> = {
  position: [0.5, 1, 1.5, 2, 3, 4],
  paragraphLead: [0, 0.1, 0.2, 0.4],
  centrality: [0, 0.25, 0.5, 1, 1.5],
  wordCentrality: [0, 0.25, 0.5, 1],
  frequency: [0, 0.25, 0.5, 1, 1.5],
  headline: [0, 0.15, 0.3, 0.6],
  people: [0, 0.1, 0.2],
  figures: [0, 0.1, 0.2, 0.4],
  quote: [-0.3, -0.1, 0, 0.1],
  length: [0, 0.15, 0.3, 0.6, 1],
};

const LONG_GRID: Record<keyof SentenceFeatures, number[]> = {
  position: [0, 0.1, 0.2, 0.4],
  paragraphLead: [0, 0.05, 0.1, 0.2],
  centrality: [0, 0.1, 0.25, 0.5, 1],
  wordCentrality: [2, 4, 8, 12],
  frequency: [0, 0.1, 0.25, 0.5],
  headline: [0, 0.05, 0.15, 0.3],
  people: [0, 0.1, 0.2],
  figures: [0, 0.1, 0.2],
  quote: [-0.1, 0, 0.1],
  length: [-0.2, 0, 0.15, 0.3],
};

const SELECTION_GRID: Partial<Record<keyof SelectionParams, number[]>> = {
  mmrLambda: [0.6, 0.7, 0.8, 0.9],
  duplicateSimilarity: [0.5, 0.6, 0.7, 0.8, 0.9],
};

/** Every single-value change of the trial that the grids allow. */
function* neighbours(best: Trial): Generator<[string, Trial]> {
  for (const positionScale of [0.5, 1, 2, 3, 4, 6]) yield [`positionScale=${positionScale}`, { ...best, positionScale }];
  for (const [brief, condensed] of [[0.2, 0.3], [0.2, 0.35], [0.25, 0.35], [0.25, 0.4], [0.3, 0.4], [0.3, 0.45]] as const) {
    yield [`shares=${brief}-${condensed}`, { ...best, shares: { brief, condensed } }];
  }
  for (const [which, grid] of [['brief', SHORT_GRID], ['condensed', LONG_GRID]] as const) {
    for (const key of Object.keys(grid) as (keyof SentenceFeatures)[]) {
      for (const value of grid[key]) {
        yield [`${which}.${key}=${value}`, { ...best, [which]: { ...best[which], weights: { ...best[which].weights, [key]: value } } }];
      }
    }
  }
  for (const [key, values] of Object.entries(SELECTION_GRID)) {
    for (const value of values) yield [`brief.${key}=${value}`, { ...best, brief: { ...best.brief, selection: { ...best.brief.selection, [key]: value } } }];
  }
  for (const value of [0.6, 0.7, 0.8, 0.9, 1.01]) {
    yield [`condensed.duplicateSimilarity=${value}`, { ...best, condensed: { ...best.condensed, selection: { ...best.condensed.selection, duplicateSimilarity: value } } }];
  }
}

function main(): void {
  const cnndm = prepare(loadCnndm() ?? []);
  const bbc = prepare(loadBbc() ?? []);
  if (cnndm.length === 0 && bbc.length === 0) {
    console.error('tune:summarize: ../shared/corpora not found: nothing to tune on');
    return;
  }
  // One number to climb: CNN/DM R-1 + R-2 (3-sentence briefs) and BBC R-2 (condensed articles), equally.
  const objective = (t: Trial) => {
    const c = run(cnndm, t);
    const b = run(bbc, t);
    return { value: (c.r1 + c.r2) / 2 + b.r2 / 2, text: `cnndm ${c.r1.toFixed(2)}/${c.r2.toFixed(2)} bbc ${b.r1.toFixed(2)}/${b.r2.toFixed(2)}` };
  };
  let best: Trial = { positionScale: POSITION_SCALE, shares: { ...SHARES }, brief: structuredClone(BRIEF), condensed: structuredClone(CONDENSED) };
  let bestScore = objective(best);
  console.log(`start ${bestScore.text}`);
  for (let round = 0; round < 2; round++) {
    for (const [change, trial] of neighbours(best)) {
      const score = objective(trial);
      if (score.value > bestScore.value + 1e-9) { best = trial; bestScore = score; console.log(`${change} ${score.text}`); }
    }
  }
  console.log(JSON.stringify(best, null, 2));
}

main();
