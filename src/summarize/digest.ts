import type { Article, Digest, SummarizeOptions } from '../model.js';
import { extractFigures, rankFigures } from '../extract/figures.js';
import { extractQuotes, rankQuotes } from '../extract/quotes.js';
import { summarize } from './index.js';

/** Everything `digest summarize` says about one article. */
export function digestArticle(article: Article, options: SummarizeOptions): Digest {
  const quotes = extractQuotes(article);
  const figures = extractFigures(article);
  return {
    article,
    summary: summarize(article, options, { quotes, figures }),
    quotes,
    figures,
    keyQuotes: rankQuotes(quotes, options.quotes),
    keyFigures: rankFigures(figures, options.figures),
  };
}
