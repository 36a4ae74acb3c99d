// How `digest quotes` shows one article's quotes: a table (line, speaker, role, quote) in text, a
// table in Markdown, the article header + quotes + footer in JSON.
import Table from 'cli-table3';
import type { Article, Quote } from '../model.js';
import { articleJson, quoteJson } from './article-json.js';
import { articleByline, articleHeading } from './digest-text.js';
import { chalkFor, oneLine, plural, type RenderContext } from './style.js';
import { markdownInline } from './stream.js';

export interface ArticleQuotes {
  article: Article;
  /** The quotes shown (after any --speaker filter). */
  quotes: Quote[];
  /** How many quotes the article has before filtering. */
  total: number;
}

/** Narrowest useful widths; the quote column takes what is left of the terminal. */
const LINE_WIDTH = 6;
const MIN_SPEAKER_WIDTH = 12;
const MAX_SPEAKER_WIDTH = 24;
const MIN_ROLE_WIDTH = 10;
const MAX_ROLE_WIDTH = 22;
const MIN_QUOTE_WIDTH = 20;
/** cli-table3 draws one border column per cell plus one, and pads each cell by one space a side. */
const CELL_OVERHEAD = 3;

function who(quote: Quote): string {
  return quote.speaker ?? (quote.kind === 'term' ? '(term)' : '(unattributed)');
}

function quoteCell(quote: Quote): string {
  const text = oneLine(quote.text);
  return quote.kind === 'term' ? `‘${text}’` : `“${text}”`;
}

/** Column widths that fit `columns`: line, speaker, role, quote. */
export function columnWidths(columns: number, quotes: readonly Quote[]): [number, number, number, number] {
  const longest = (values: string[]) => Math.max(0, ...values.map((v) => v.length)) + 2;
  const speaker = Math.min(MAX_SPEAKER_WIDTH, Math.max(MIN_SPEAKER_WIDTH, longest(quotes.map((q) => oneLine(who(q))))));
  const role = Math.min(MAX_ROLE_WIDTH, Math.max(MIN_ROLE_WIDTH, longest(quotes.map((q) => oneLine(q.speakerRole ?? '')))));
  const rest = columns - 5 - LINE_WIDTH - speaker - role;
  return [LINE_WIDTH, speaker, role, Math.max(MIN_QUOTE_WIDTH, rest)];
}

export function quotesText(item: ArticleQuotes, ctx: RenderContext): string {
  const chalk = chalkFor(ctx);
  const { article, quotes } = item;
  const out = articleHeading(article, ctx);
  if (quotes.length === 0) {
    out.push('', `  ${chalk.dim(item.total === 0 ? '(no quotes)' : `(no quotes match; ${plural(item.total, 'quote')} in all)`)}`);
    return `${out.join('\n')}\n`;
  }
  const table = new Table({
    head: ['line', 'speaker', 'role', 'quote'].map((h) => chalk.bold(h)),
    colWidths: columnWidths(ctx.columns, quotes),
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const quote of quotes) {
    table.push([String(quote.line), oneLine(who(quote)), oneLine(quote.speakerRole ?? ''), quoteCell(quote)]);
  }
  out.push(table.toString());
  return `${out.join('\n')}\n`;
}

export function quotesMarkdown(item: ArticleQuotes): string {
  const { article, quotes } = item;
  const out = [`## ${markdownInline(article.headline ?? '(no headline)')}`, '', `_${markdownInline(articleByline(article))}_`, ''];
  if (quotes.length === 0) {
    out.push(item.total === 0 ? '_No quotes._' : `_No quotes match (${plural(item.total, 'quote')} in all)._`);
    return `${out.join('\n')}\n`;
  }
  out.push('| line | speaker | role | quote |', '|---:|---|---|---|');
  for (const q of quotes) out.push(`| ${q.line} | ${markdownInline(who(q))} | ${markdownInline(q.speakerRole ?? '')} | ${markdownInline(quoteCell(q))} |`);
  return `${out.join('\n')}\n`;
}

export function quotesJson(item: ArticleQuotes): Record<string, unknown> {
  return articleJson(item.article, { quotes: item.quotes.map(quoteJson) });
}
