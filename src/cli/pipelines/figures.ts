// `digest figures` as a pipeline: what it computes for one article and how it shows it. Loaded by the
// command and, with --jobs, by worker threads, so it holds no commander code and its options are plain data.
import type { Article, Figure, FigureKind } from '../../model.js';
import { listedFigures, rankFigures } from '../../extract/figures.js';
import { articleJson, figureJson } from '../../render/article-json.js';
import { figuresMarkdown, figuresText, type ArticleFigures } from '../../render/figures-text.js';
import type { Pipeline } from '../pipeline.js';

export const FIGURE_KINDS: readonly FigureKind[] = ['money', 'percent', 'count', 'age', 'year', 'date', 'ratio', 'range', 'rank', 'other'];
/** Key figures marked in the table and listed in JSON unless --key says otherwise. */
export const DEFAULT_KEY_FIGURES = 3;

/** The article's figures, filtered by kind; change links are renumbered (or dropped when their other end is filtered out). */
export function articleFigures(source: Article, kinds: ReadonlySet<FigureKind> | null, keyCount: number): ArticleFigures {
  const { article, figures: all } = listedFigures(source);
  const kept = all.map((figure, index) => ({ figure, index })).filter(({ figure }) => kinds === null || kinds.has(figure.kind));
  const newIndex = new Map(kept.map(({ index }, position) => [index, position]));
  const figures: Figure[] = kept.map(({ figure }) => ({
    ...figure,
    changeFrom: figure.changeFrom === null ? null : newIndex.get(figure.changeFrom) ?? null,
  }));
  return { article, figures, keyFigures: rankFigures(figures, keyCount, { headline: article.headline, text: article.text }) };
}

export function figuresJson(item: ArticleFigures): Record<string, unknown> {
  return articleJson(item.article, { keyFigures: item.keyFigures, figures: item.figures.map(figureJson) });
}

/** Plain data, so that --jobs can send it to worker threads. */
export interface FiguresPipelineOptions {
  /** Only these kinds, or all when null. */
  kinds: FigureKind[] | null;
  /** How many key figures to mark. */
  key: number;
}

export const figuresPipeline: Pipeline<ArticleFigures, FiguresPipelineOptions> = {
  info: { command: 'figures', itemsKey: 'articles', itemType: 'article' },
  compute: (article, options) => articleFigures(article, options.kinds === null ? null : new Set(options.kinds), options.key),
  views: () => ({ json: figuresJson, text: figuresText, markdown: figuresMarkdown, noun: 'article' }),
};
