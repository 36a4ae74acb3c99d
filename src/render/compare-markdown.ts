// `digest compare` as Markdown: the same side-by-side tables as GitHub tables.
import type { Comparison, FigureMention, QuoteGroup, WordDiffOp } from '../model.js';
import { markdownInline } from './stream.js';
import { wordCount } from './article-json.js';
import { memberWords, showsDiff, verdictWord } from './compare-text.js';
import { contextSuffix } from './figure-context.js';

function cell(text: string | null): string {
  return text === null || text === '' ? '—' : markdownInline(text);
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function diffMarkdown(diff: readonly WordDiffOp[]): string {
  return diff.map((op) => (op.op === 'same' ? markdownInline(op.text) : op.op === 'del' ? `~~${markdownInline(op.text)}~~` : `**${markdownInline(op.text)}**`)).join(' ');
}

function quoteRow(comparison: Comparison, group: QuoteGroup): string[] {
  const cells = comparison.articles.map(() => [] as string[]);
  for (const m of group.members) {
    const words = memberWords(m, group.kind, diffMarkdown);
    const shown = showsDiff(m) ? words : markdownInline(words);
    const who = m.quote.speaker ? ` — ${markdownInline(m.quote.speaker)}` : '';
    const mark = m.match === 'reworded' || m.match === 'truncated' ? `_${m.match}:_ ` : '';
    cells[m.article]!.push(`${mark}“${shown}”${who} (line ${m.quote.line})`);
  }
  return [group.kind, ...cells.map((c) => c.join('<br>'))];
}

function figureRow(comparison: Comparison, label: string, members: readonly FigureMention[]): string[] {
  const cells = comparison.articles.map(() => [] as string[]);
  for (const m of members) cells[m.article]!.push(`**${markdownInline(m.figure.text)}**${contextSuffix(m.figure.text, m.figure.context, markdownInline)} (line ${m.figure.line})`);
  return [label, ...cells.map((c) => c.join('<br>'))];
}

export function comparisonMarkdown(comparison: Comparison): string {
  const files = comparison.articles.map(({ article }) => `\`${markdownInline(article.file)}\``);
  const out: string[] = [];
  if (comparison.pairs.length === 1) out.push(`## ${verdictWord(comparison.pairs[0]!.verdict)} (similarity ${comparison.pairs[0]!.score.toFixed(2)})`);
  else out.push(`## Comparing ${comparison.articles.length} articles`, '', table(['pair', 'similarity', 'verdict'], comparison.pairs.map((p) => [`${files[p.a]} ↔ ${files[p.b]}`, p.score.toFixed(2), p.verdict])));
  out.push('', table(['', ...files], [
    ['headline', ...comparison.articles.map(({ article }) => cell(article.headline))],
    ['source', ...comparison.articles.map(({ article }) => cell(article.source))],
    ['date', ...comparison.articles.map(({ article }) => cell(article.date ?? article.dateText))],
    ['length', ...comparison.articles.map(({ article }) => `${wordCount(article)} words`)],
  ]));
  const order = { shared: 0, variant: 1, only: 2 } as const;
  const quotes = [...comparison.quotes].sort((a, b) => order[a.kind] - order[b.kind]);
  out.push('', '### Quotes', '', quotes.length ? table(['', ...files], quotes.map((g) => quoteRow(comparison, g))) : '_None found._');
  if (comparison.speakers.length) out.push('', '### Who is quoted', '', table(['speaker', ...files], comparison.speakers.map((s) => [cell(s.speaker ?? '(unattributed)'), ...s.quotes.map(String)])));
  const figureRows = [
    ...comparison.figures.filter((g) => g.kind === 'shared').map((g) => figureRow(comparison, 'shared', g.members)),
    ...comparison.conflicts.map((c) => figureRow(comparison, `conflict: ${markdownInline(c.subject)}`, c.members)),
    ...comparison.figures.filter((g) => g.kind === 'only').map((g) => figureRow(comparison, 'only', g.members)),
  ];
  out.push('', '### Figures', '', figureRows.length ? table(['', ...files], figureRows) : '_None found._');
  const names = comparison.namesOnly.map((list) => list.map((n) => `${markdownInline(n.text)} (${n.kind})`).join(', ') || '—');
  out.push('', '### Named in one article only', '', table(files, [names]));
  return `${out.join('\n')}\n`;
}
