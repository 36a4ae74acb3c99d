import type { Article, Figure } from '../model.js';

/** Every numeric quantity in the article. (Placeholder until the figures issue lands.) */
export function extractFigures(_article: Article): Figure[] {
  return [];
}

/** Indices of the figures a reader most wants, best first. */
export function rankFigures(figures: readonly Figure[], limit: number): number[] {
  return figures.map((_, index) => index).slice(0, limit);
}
