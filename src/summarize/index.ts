import type { Article, SummarizeOptions, SummarySentence } from '../model.js';

/** How many sentences a summary gets under the sentence, ratio and word limits. */
export function summaryLength(article: Article, options: Pick<SummarizeOptions, 'sentences' | 'ratio' | 'words'>): number {
  const total = article.sentences.length;
  let count = options.ratio !== null ? Math.max(1, Math.round(total * options.ratio)) : options.sentences;
  if (options.words !== null) {
    let words = 0;
    let fit = 0;
    for (const sentence of article.sentences) {
      words += sentence.text.split(/\s+/).length;
      if (words > options.words && fit > 0) break;
      fit++;
    }
    count = Math.min(count, fit);
  }
  return Math.max(0, Math.min(count, total));
}

/** A lead summary: the first sentences of the article. (The summarize issue replaces it.) */
export function summarize(article: Article, options: Pick<SummarizeOptions, 'sentences' | 'ratio' | 'words'>): SummarySentence[] {
  const count = summaryLength(article, options);
  return article.sentences.slice(0, count).map((sentence) => ({
    text: sentence.text,
    sentence: sentence.index,
    start: sentence.start,
    end: sentence.end,
    line: sentence.line,
    column: sentence.column,
    score: 1 - sentence.index / Math.max(1, article.sentences.length),
    parts: { position: 1 - sentence.index / Math.max(1, article.sentences.length) },
  }));
}
