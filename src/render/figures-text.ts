// `digest figures` in text (a table per article) and markdown.
import Table from 'cli-table3';
import type { Article, Figure } from '../model.js';
import { articleByline, articleHeading } from './digest-text.js';
import { markdownInline } from './stream.js';
import { chalkFor, oneLine, type RenderContext } from './style.js';

/** One article's figures, as `digest figures` shows them. */
export interface ArticleFigures {
  article: Article;
  figures: Figure[];
  /** Indices into `figures`, best first. */
  keyFigures: number[];
}

/** Widest figure column: longer figures ("between £5m and £10m") wrap. */
export const FIGURE_COLUMN_MAX = 24;
const LINE_COLUMN = 7;
/** cli-table3 draws one border character before each column and one at the end. */
const BORDERS = 4;

/** "children requiring services (from 6,062)": what the figure counts, with the other end of a change. */
export function countsText(figure: Figure, figures: readonly Figure[]): string {
  const counts = oneLine(figure.context ?? '');
  const from = figure.changeFrom === null ? undefined : figures[figure.changeFrom];
  const marks = [from ? `from ${oneLine(from.text)}` : null, figure.kind === 'other' ? 'not a quantity' : null].filter(Boolean);
  return marks.length > 0 ? `${counts} (${marks.join(', ')})`.trim() : counts;
}

export function figuresText(item: ArticleFigures, ctx: RenderContext): string {
  const chalk = chalkFor(ctx);
  const { article, figures } = item;
  const out = articleHeading(article, ctx);
  if (figures.length === 0) return `${out.join('\n')}\n  ${chalk.dim('(no figures)')}\n`;
  const figureWidth = Math.min(FIGURE_COLUMN_MAX, Math.max(8, ...figures.map((f) => oneLine(f.text).length + 2)));
  const countsWidth = Math.max(12, ctx.columns - BORDERS - figureWidth - LINE_COLUMN);
  const table = new Table({
    head: [chalk.bold('figure'), chalk.bold('what it counts'), chalk.bold('line')],
    colWidths: [figureWidth, countsWidth, LINE_COLUMN],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
    // No rule between rows: a long article's table stays one screen line per figure where it fits.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  const key = new Set(item.keyFigures);
  figures.forEach((figure, index) => {
    const text = oneLine(figure.text);
    table.push([key.has(index) ? chalk.yellow(text) : text, countsText(figure, figures), String(figure.line)]);
  });
  out.push(table.toString());
  return `${out.join('\n')}\n`;
}

export function figuresMarkdown(item: ArticleFigures): string {
  const { article, figures } = item;
  const out = [`## ${markdownInline(article.headline ?? '(no headline)')}`, '', `_${markdownInline(articleByline(article))}_`, ''];
  if (figures.length === 0) return `${out.join('\n')}_(no figures)_\n`;
  const key = new Set(item.keyFigures);
  out.push('| figure | what it counts | line |', '| --- | --- | ---: |');
  figures.forEach((figure, index) => {
    const text = markdownInline(figure.text);
    out.push(`| ${key.has(index) ? `**${text}**` : text} | ${markdownInline(countsText(figure, figures))} | ${figure.line} |`);
  });
  return `${out.join('\n')}\n`;
}
