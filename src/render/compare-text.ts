// `digest compare` as text: side-by-side tables, one column per article, sized to the terminal.
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Comparison, Figure, FigureMention, NameKind, NamedEntity, Quote, QuoteGroup, QuoteGroupMember, WordDiffOp } from '../model.js';
import { chalkFor, oneLine, plural, type RenderContext } from './style.js';
import { wordCount } from './article-json.js';
import { contextSuffix } from './figure-context.js';

/** Quotes found in one article only are cut to this many characters in text output (JSON has them whole). */
export const ONLY_QUOTE_CHARS = 160;
/** Width of the first column, which names the row. */
const LABEL_WIDTH = 15;
const NAME_KINDS: ReadonlyArray<[NameKind, string]> = [['person', 'people'], ['organisation', 'organisations'], ['place', 'places'], ['other', 'other names']];

export function comparisonText(comparison: Comparison, ctx: RenderContext): string {
  const chalk = chalkFor(ctx);
  const out: string[] = [verdictLine(comparison, chalk), articlesTable(comparison, ctx, chalk)];
  if (comparison.pairs.length > 1) out.push(pairsTable(comparison, ctx));
  out.push(section('Quotes', quotesTable(comparison, ctx, chalk), chalk));
  out.push(section('Who is quoted', speakersTable(comparison, ctx, chalk), chalk));
  out.push(section('Figures', figuresTable(comparison, ctx, chalk), chalk));
  out.push(section('Named in one article only', namesTable(comparison, ctx, chalk), chalk));
  return `${out.filter((part) => part !== '').join('\n\n')}\n`;
}

function section(title: string, table: string | null, chalk: ChalkInstance): string {
  return table === null ? `${chalk.bold(title)}\n  ${chalk.dim('(none found)')}` : `${chalk.bold(title)}\n${table}`;
}

export function verdictWord(verdict: string): string {
  return verdict.charAt(0).toUpperCase() + verdict.slice(1);
}

function verdictLine(comparison: Comparison, chalk: ChalkInstance): string {
  if (comparison.pairs.length !== 1) return chalk.bold(`Comparing ${comparison.articles.length} articles`);
  const pair = comparison.pairs[0]!;
  const parts = Object.entries(pair.parts).filter(([, v]) => v !== null).map(([k, v]) => `${k} ${(v as number).toFixed(2)}`).join(', ');
  return `${chalk.bold(`${verdictWord(pair.verdict)} (similarity ${pair.score.toFixed(2)})`)} ${chalk.dim(parts)}`;
}

/** Row rules off: for tables of one-line rows. */
const COMPACT_CHARS = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

/** A table of a label column and one column per article, filling the terminal width. */
function sideTable(ctx: RenderContext, head: string[], rows: Table.Cell[][], compact = false): string {
  const articleColumns = head.length - 1;
  const usable = Math.max(ctx.columns, 40) - (head.length + 1);
  const label = Math.min(LABEL_WIDTH, Math.floor(usable / 4));
  const each = Math.max(10, Math.floor((usable - label) / articleColumns));
  const table = new Table({
    head,
    colWidths: [label, ...Array.from({ length: articleColumns }, () => each)],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
    ...(compact ? { chars: COMPACT_CHARS } : {}),
  });
  for (const row of rows) table.push(row);
  return table.toString();
}

/** A cell whose long unbroken words (paths) wrap anywhere instead of being cut. */
function hardWrapped(text: string): Table.Cell {
  return { content: text, wordWrap: true, wrapOnWordBoundary: false };
}

export function articleLabel(comparison: Comparison, index: number): string {
  return comparison.articles[index]!.article.file;
}

/** Column heads: each article's source, else its file name. */
function heads(comparison: Comparison, first: string, chalk: ChalkInstance): string[] {
  return [first, ...comparison.articles.map(({ article }) => chalk.bold(oneLine(article.source ?? baseName(article.file))))];
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

function articlesTable(comparison: Comparison, ctx: RenderContext, chalk: ChalkInstance): string {
  const cell = (value: string | null) => (value === null || value === '' ? chalk.dim('—') : oneLine(value));
  const rows: Table.Cell[][] = [
    ['file', ...comparison.articles.map(({ article }) => hardWrapped(oneLine(article.file)))],
    ['headline', ...comparison.articles.map(({ article }) => cell(article.headline))],
    ['source', ...comparison.articles.map(({ article }) => cell(article.source))],
    ['date', ...comparison.articles.map(({ article }) => cell(article.date ?? article.dateText))],
    ['length', ...comparison.articles.map(({ article }) => `${plural(wordCount(article), 'word')}, ${plural(article.paragraphs.length, 'paragraph')}`)],
    ['quotes', ...comparison.articles.map((a) => String(a.quotes.length))],
    ['figures', ...comparison.articles.map((a) => String(a.figures.length))],
  ];
  return sideTable(ctx, heads(comparison, '', chalk), rows, true);
}

function pairsTable(comparison: Comparison, ctx: RenderContext): string {
  const table = new Table({ head: ['pair', 'similarity', 'verdict'], style: { head: [], border: [] }, wordWrap: true, colWidths: [Math.max(20, Math.min(ctx.columns, 120) - 30), 12, 14] });
  for (const pair of comparison.pairs) table.push([`${articleLabel(comparison, pair.a)} ↔ ${articleLabel(comparison, pair.b)}`, pair.score.toFixed(2), pair.verdict]);
  return table.toString();
}

function quoteCell(quote: Quote, text: string, chalk: ChalkInstance): string {
  const who = quote.speaker ? ` ${chalk.cyan(oneLine(quote.speaker))}` : '';
  return `“${text}”${who} ${chalk.dim(`line ${quote.line}`)}`;
}

export function diffText(diff: readonly WordDiffOp[], chalk: ChalkInstance, color: boolean): string {
  return diff.map((op) => {
    const text = oneLine(op.text);
    if (op.op === 'same') return text;
    if (!color) return op.op === 'del' ? `[-${text}-]` : `{+${text}+}`;
    return op.op === 'del' ? chalk.red.strikethrough(text) : chalk.green(text);
  }).join(' ');
}

/** A word diff is shown only while it changes at most this many words; beyond, the quote's own words read better. */
export const MAX_SHOWN_DIFF_WORDS = 12;

/** Whether a member is shown as a word diff against its group's first member. */
export function showsDiff(member: QuoteGroupMember): boolean {
  if (member.diff === null || member.match !== 'reworded' || member.excerpt !== null) return false;
  const changed = member.diff.filter((op) => op.op !== 'same').reduce((n, op) => n + op.text.split(' ').length, 0);
  return changed <= MAX_SHOWN_DIFF_WORDS;
}

/** The words shown for one member: an excerpt of a long quote, a diff for a close variant, else the quote. */
export function memberWords(member: QuoteGroupMember, kind: QuoteGroup['kind'], diff: (ops: readonly WordDiffOp[]) => string): string {
  if (member.excerpt !== null) return member.excerpt;
  if (showsDiff(member)) return diff(member.diff!);
  const text = oneLine(member.quote.text);
  return kind === 'only' && text.length > ONLY_QUOTE_CHARS ? `${text.slice(0, ONLY_QUOTE_CHARS - 1)}…` : text;
}

function quoteRow(comparison: Comparison, group: QuoteGroup, ctx: RenderContext, chalk: ChalkInstance): string[] {
  const cells = comparison.articles.map(() => [] as string[]);
  for (const member of group.members) {
    const words = memberWords(member, group.kind, (ops) => diffText(ops, chalk, ctx.color));
    const mark = member.match === 'reworded' || member.match === 'truncated' ? chalk.yellow(`${member.match}: `) : '';
    cells[member.article]!.push(`${mark}${quoteCell(member.quote, oneLine(words), chalk)}`);
  }
  const label = group.kind === 'variant' ? chalk.yellow('variant') : group.kind === 'shared' ? chalk.green('shared') : 'only';
  return [label, ...cells.map((c) => c.join('\n'))];
}

/** Order: shared, then variants, then quotes in one article only. */
const GROUP_ORDER = { shared: 0, variant: 1, only: 2 } as const;

function quotesTable(comparison: Comparison, ctx: RenderContext, chalk: ChalkInstance): string | null {
  if (comparison.quotes.length === 0) return null;
  const groups = [...comparison.quotes].sort((a, b) => GROUP_ORDER[a.kind] - GROUP_ORDER[b.kind]);
  return sideTable(ctx, heads(comparison, '', chalk), groups.map((g) => quoteRow(comparison, g, ctx, chalk)));
}

function speakersTable(comparison: Comparison, ctx: RenderContext, chalk: ChalkInstance): string | null {
  if (comparison.speakers.length === 0) return null;
  const rows = comparison.speakers.map((s) => [oneLine(s.speaker ?? '(unattributed)'), ...s.quotes.map((n) => (n === 0 ? '—' : String(n)))]);
  return sideTable(ctx, heads(comparison, 'speaker', chalk), rows, true);
}

function figureCell(mention: FigureMention, chalk: ChalkInstance): string {
  const figure: Figure = mention.figure;
  return `${chalk.yellow(oneLine(figure.text))}${contextSuffix(figure.text, figure.context, oneLine)} ${chalk.dim(`line ${figure.line}`)}`;
}

function figuresTable(comparison: Comparison, ctx: RenderContext, chalk: ChalkInstance): string | null {
  const rows: string[][] = [];
  const row = (label: string, members: readonly FigureMention[]) => {
    const cells = comparison.articles.map(() => [] as string[]);
    for (const m of members) cells[m.article]!.push(figureCell(m, chalk));
    rows.push([label, ...cells.map((c) => c.join('\n'))]);
  };
  for (const group of comparison.figures.filter((g) => g.kind === 'shared')) row(chalk.green('shared'), group.members);
  for (const conflict of comparison.conflicts) row(`${chalk.red('conflict')}${conflict.subject ? `\n${oneLine(conflict.subject)}` : ''}`, conflict.members);
  // Figures in one article only: one row per article, one figure a line.
  const only = comparison.figures.filter((g) => g.kind === 'only').flatMap((g) => g.members);
  if (only.length > 0) row('only in one', only);
  return rows.length === 0 ? null : sideTable(ctx, heads(comparison, '', chalk), rows);
}

function namesTable(comparison: Comparison, ctx: RenderContext, chalk: ChalkInstance): string | null {
  const rows: string[][] = [];
  for (const [kind, label] of NAME_KINDS) {
    const cells = comparison.namesOnly.map((names) => names.filter((n) => n.kind === kind).map(nameText).join(', '));
    if (cells.some((c) => c !== '')) rows.push([label, ...cells]);
  }
  if (rows.length === 0) return null;
  return sideTable(ctx, heads(comparison, '', chalk), rows);
}

function nameText(name: NamedEntity): string {
  return oneLine(name.text);
}
