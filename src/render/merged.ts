// The merged summary of several articles (`digest summarize --merge`) as JSON, text and Markdown.

import type { MergedSummary } from '../summarize/merge.js';
import { round } from './article-json.js';
import { markdownInline } from './stream.js';
import { chalkFor, MIN_WRAP_WIDTH, oneLine, plural, wrap, type RenderContext } from './style.js';
import { explainLines, tagged } from './digest-text.js';

const INDENT = '  ';

export function mergedJson(merged: MergedSummary): Record<string, unknown> {
  return {
    headline: merged.headline,
    sources: merged.sources.map((s) => ({ file: s.file, headline: s.headline, source: s.source, date: s.date })),
    summary: merged.summary.map((s) => ({
      text: s.text,
      file: s.file,
      start: s.start,
      end: s.end,
      line: s.line,
      column: s.column,
      sentence: s.sentence,
      score: round(s.score),
      parts: Object.fromEntries(Object.entries(s.parts).map(([k, v]) => [k, round(v)])),
      alsoIn: s.alsoIn.map((r) => ({ file: r.file, sentence: r.sentence, line: r.line })),
    })),
  };
}

function sourceLine(source: MergedSummary['sources'][number]): string {
  return [source.file, source.source, source.date, source.headline].filter((p): p is string => p !== null && p !== '').map(oneLine).join(' · ');
}

export function mergedText(merged: MergedSummary, ctx: RenderContext, explain = false): string {
  const chalk = chalkFor(ctx);
  const out = [
    ...wrap(merged.headline ?? '(no headline)', ctx.columns).map((l) => chalk.bold(l)),
    chalk.dim(`merged from ${plural(merged.sources.length, 'article')}`),
    '',
  ];
  if (merged.summary.length === 0) out.push(`${INDENT}${chalk.dim('(no text to summarize)')}`);
  for (const sentence of merged.summary) {
    out.push(...tagged(sentence.text, sentence.line, ctx, INDENT, `[${oneLine(sentence.file)}:${sentence.line}]`));
    if (sentence.alsoIn.length > 0) {
      const also = `also in ${sentence.alsoIn.map((r) => `${oneLine(r.file)}:${r.line}`).join(', ')}`;
      out.push(...wrap(also, Math.max(MIN_WRAP_WIDTH, ctx.columns - 2 * INDENT.length)).map((l) => chalk.dim(`${INDENT}${INDENT}${l}`)));
    }
    if (explain) out.push(...explainLines(sentence.score, sentence.parts, ctx));
  }
  out.push('', chalk.bold('Sources'));
  for (const source of merged.sources) {
    out.push(...wrap(sourceLine(source), Math.max(MIN_WRAP_WIDTH, ctx.columns - 2 * INDENT.length)).map((l, i) => `${i === 0 ? INDENT : INDENT + INDENT}${l}`));
  }
  return `${out.join('\n')}\n`;
}

export function mergedMarkdown(merged: MergedSummary): string {
  const out = [`## ${markdownInline(merged.headline ?? '(no headline)')}`, '', `_merged from ${plural(merged.sources.length, 'article')}_`, ''];
  for (const s of merged.summary) {
    const also = s.alsoIn.length > 0 ? `; also in ${s.alsoIn.map((r) => `\`${markdownInline(r.file)}\`:${r.line}`).join(', ')}` : '';
    out.push(`- ${markdownInline(s.text)} (\`${markdownInline(s.file)}\`:${s.line}${also})`);
  }
  out.push('', '**Sources**', '', ...merged.sources.map((s) => `- ${markdownInline(sourceLine(s))}`));
  return `${out.join('\n')}\n`;
}
