import type { Article, Digest, SummarizeOptions } from '../model.js';
import { listedFigures, rankFigures } from '../extract/figures.js';
import { extractQuotes, rankQuotes } from '../extract/quotes.js';
import { summarize } from './index.js';

/** Everything `digest summarize` says about one article. */
export function digestArticle(source: Article, options: SummarizeOptions): Digest {
  const { article, figures } = listedFigures(source);
  const quotes = extractQuotes(article);
  return {
    article,
    summary: summarize(article, options, { quotes, figures }),
    quotes,
    figures,
    keyQuotes: rankQuotes(quotes, options.quotes),
    keyFigures: rankFigures(figures, options.figures, { headline: article.headline, text: article.text }),
  };
}
