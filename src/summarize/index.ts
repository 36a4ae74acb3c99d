// Extractive summary of one article: analyse every sentence, score it, choose within the budget.

import type { Article, SummarizeOptions, SummarySentence } from '../model.js';
import { analyzeArticle, type ArticleAnalysis, type Extraction } from './features.js';
import { briefness, profileFor, type Profile } from './profile.js';
import { scoreSentence, type Scored } from './score.js';
import { selectSentences, type Budget, type Candidate } from './select.js';

export type { Extraction } from './features.js';

export type LengthOptions = Pick<SummarizeOptions, 'sentences' | 'ratio' | 'words'>;

/** How many sentences a summary may have: `--ratio` of the article when given, else `--sentences`. */
export function summaryLength(article: Article, options: LengthOptions): number {
  const total = article.sentences.length;
  const count = options.ratio !== null ? Math.max(1, Math.round(total * options.ratio)) : options.sentences;
  return Math.max(0, Math.min(count, total));
}

/** The summary of `article`: the best sentences within the budget, in article order, with their score parts. */
export function summarize(article: Article, options: LengthOptions, extraction?: Extraction): SummarySentence[] {
  const length = summaryLength(article, options);
  const profile = profileFor(briefness(length, article.sentences.length));
  const analysis = analyzeArticle(article, extraction, { wordCentrality: profile.weights.wordCentrality !== 0 });
  const { chosen, scored } = chooseSentences(analysis, { sentences: length, words: options.words }, profile);
  return chosen.map((i) => {
    const sentence = article.sentences[i]!;
    return {
      text: sentence.text,
      sentence: i,
      start: sentence.start,
      end: sentence.end,
      line: sentence.line,
      column: sentence.column,
      score: scored[i]!.score,
      parts: scored[i]!.parts,
    };
  });
}

/** Scores every analysed sentence with the profile's weights and chooses within the budget (article order). */
export function chooseSentences(analysis: ArticleAnalysis, budget: Budget, profile: Readonly<Profile>): { chosen: number[]; scored: Scored[] } {
  const scored = analysis.sentences.map((info) => scoreSentence(info.features, profile.weights));
  const candidates: Candidate[] = analysis.sentences.map((info, i) => ({
    index: i,
    previous: i > 0 ? i - 1 : null,
    score: scored[i]!.score,
    words: info.words,
    opener: info.opener,
    eligible: info.excluded === null,
  }));
  return { chosen: selectSentences(candidates, analysis.similarity, budget, profile.selection), scored };
}
