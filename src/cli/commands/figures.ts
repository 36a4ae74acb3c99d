import type { Command } from 'commander';
import type { Article, Figure, FigureKind } from '../../model.js';
import { extractFigures, rankFigures } from '../../extract/figures.js';
import { articleFooterJson, articleHeaderJson, figureJson } from '../../render/article-json.js';
import { figuresMarkdown, figuresText, type ArticleFigures } from '../../render/figures-text.js';
import { addCommonOptions, positiveInt, resolveCommon, type CommonFlags } from '../options.js';
import { runArticles } from '../run-articles.js';
import { UsageError } from '../errors.js';
import type { CommandContext } from '../main.js';

interface FiguresFlags extends CommonFlags {
  kind?: string;
  key?: string;
}

export const FIGURE_KINDS: readonly FigureKind[] = ['money', 'percent', 'count', 'age', 'year', 'date', 'ratio', 'range', 'rank', 'other'];
/** Key figures marked in the table and listed in JSON unless --key says otherwise. */
export const DEFAULT_KEY_FIGURES = 3;

export function parseKinds(value: string | undefined): ReadonlySet<FigureKind> | null {
  if (value === undefined) return null;
  const kinds = value.split(',').map((k) => k.trim().toLowerCase()).filter(Boolean);
  const unknown = kinds.filter((k) => !(FIGURE_KINDS as readonly string[]).includes(k));
  if (kinds.length === 0 || unknown.length > 0) {
    throw new UsageError(`--kind takes a comma list of ${FIGURE_KINDS.join(', ')}; not "${unknown.join(',') || value}"`);
  }
  return new Set(kinds as FigureKind[]);
}

/** The article's figures, filtered by kind; change links are renumbered (or dropped when their other end is filtered out). */
export function articleFigures(article: Article, kinds: ReadonlySet<FigureKind> | null, keyCount: number): ArticleFigures {
  const all = extractFigures(article);
  const kept = all.map((figure, index) => ({ figure, index })).filter(({ figure }) => kinds === null || kinds.has(figure.kind));
  const newIndex = new Map(kept.map(({ index }, position) => [index, position]));
  const figures: Figure[] = kept.map(({ figure }) => ({
    ...figure,
    changeFrom: figure.changeFrom === null ? null : newIndex.get(figure.changeFrom) ?? null,
  }));
  return { article, figures, keyFigures: rankFigures(figures, keyCount, { headline: article.headline, text: article.text }) };
}

export function figuresJson(item: ArticleFigures): Record<string, unknown> {
  return {
    ...articleHeaderJson(item.article),
    keyFigures: item.keyFigures,
    figures: item.figures.map(figureJson),
    ...articleFooterJson(item.article),
  };
}

export function registerFigures(program: Command, context: CommandContext): void {
  const command = program
    .command('figures')
    .description('list every figure in each article with what it counts: money, percentages, counts, ages, years, ranges, changes')
    .argument('[paths...]', 'article files, directories, glob patterns, or - for stdin')
    .option('--kind <kinds>', `only these kinds, a comma list of ${FIGURE_KINDS.join(', ')}`)
    .option('--key <n>', `key figures to mark (highlighted in text, bold in markdown, listed in JSON; default ${DEFAULT_KEY_FIGURES})`)
    .addHelpText('after', `
Examples:
  digest figures articles/
  digest figures story.md --kind money,percent
  digest figures 'articles/**/*.md' --format ndjson
`);
  addCommonOptions(command).action(async (paths: string[], flags: FiguresFlags) => {
    const common = resolveCommon(flags);
    const kinds = parseKinds(flags.kind);
    const keyCount = flags.key === undefined ? DEFAULT_KEY_FIGURES : positiveInt(flags.key, '--key', true);
    context.setExitCode(await runArticles(
      context.io, paths, common,
      { command: 'figures', itemsKey: 'articles', itemType: 'article', toolVersion: context.version },
      { json: figuresJson, text: figuresText, markdown: figuresMarkdown, noun: 'article' },
      (article) => articleFigures(article, kinds, keyCount),
    ));
  });
}
