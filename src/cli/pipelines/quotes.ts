import type { Article } from '../../model.js';
import { extractQuotes } from '../../extract/quotes.js';
import { quotesJson, quotesMarkdown, quotesText, type ArticleQuotes } from '../../render/quotes-view.js';
import type { Pipeline } from '../pipeline.js';

export interface QuotesPipelineOptions {
  /** Keep quotes whose speaker contains this (case-insensitive), or all when null. */
  speaker: string | null;
}

/** The quotes of one article, kept when the speaker contains `speaker` (case-insensitive). */
export function articleQuotes(article: Article, speaker: string | null): ArticleQuotes {
  const all = extractQuotes(article);
  const needle = speaker?.toLowerCase() ?? null;
  const quotes = needle === null ? all : all.filter((q) => q.speaker !== null && q.speaker.toLowerCase().includes(needle));
  return { article, quotes, total: all.length };
}

export const quotesPipeline: Pipeline<ArticleQuotes, QuotesPipelineOptions> = {
  info: { command: 'quotes', itemsKey: 'articles', itemType: 'article' },
  compute: (article, options) => articleQuotes(article, options.speaker),
  views: () => ({ json: quotesJson, text: quotesText, markdown: quotesMarkdown, noun: 'article' }),
};
