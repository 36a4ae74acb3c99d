import type { Article, Digest, Figure, Quote, SummarizeOptions } from '../model.js';
import { listedFigures, rankFigures } from '../extract/figures.js';
import { extractQuotes, rankQuotes } from '../extract/quotes.js';
import { summarize } from './index.js';

/** What the summarizer reads: the article (with any figure-limit warning) and its quotes and figures. */
export interface Extracted {
  article: Article;
  quotes: Quote[];
  figures: Figure[];
}

/** Runs the extractors the summarizer scores with; the tuning script calls this too, so it tunes what ships. */
export function extractForSummary(source: Article): Extracted {
  const { article, figures } = listedFigures(source);
  return { article, quotes: extractQuotes(article), figures };
}

/** Everything `digest summarize` says about one article. */
export function digestArticle(source: Article, options: SummarizeOptions): Digest {
  const { article, quotes, figures } = extractForSummary(source);
  const summary = summarize(article, options, { quotes, figures });
  return {
    article,
    summary,
    quotes,
    figures,
    keyQuotes: rankQuotes(quotes, options.quotes, summary),
    keyFigures: rankFigures(figures, options.figures, { headline: article.headline, text: article.text }),
  };
}
