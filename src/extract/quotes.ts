import type { Article, Quote } from '../model.js';

/** Every direct quote in the article, attributed. (Placeholder until the quotes issue lands.) */
export function extractQuotes(_article: Article): Quote[] {
  return [];
}

/** Indices of the quotes a reader most wants, best first. */
export function rankQuotes(quotes: readonly Quote[], limit: number): number[] {
  return quotes.map((_, index) => index).slice(0, limit);
}
