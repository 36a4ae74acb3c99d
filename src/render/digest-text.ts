import type { Article, Digest } from '../model.js';
import { chalkFor, MIN_WRAP_WIDTH, oneLine, wrap, type RenderContext } from './style.js';
import { markdownInline } from './stream.js';
import { contextAfterFigure, contextSuffix } from './figure-context.js';

const INDENT = '  ';
/** Key quotes longer than this many words are cut (with …) in text and Markdown; JSON keeps them whole. */
export const KEY_QUOTE_WORDS = 60;

/**
 * A key quote as shown: one line, cut to KEY_QUOTE_WORDS words, without the comma (or ; :) that
 * joined it to its "he said" in the article — lifted out, “…who,” reads as a slip. JSON keeps it.
 */
export function keyQuoteText(text: string): string {
  const words = oneLine(text).replace(/\s*[,;:]$/, '').split(' ');
  return words.length > KEY_QUOTE_WORDS ? `${words.slice(0, KEY_QUOTE_WORDS).join(' ')} …` : words.join(' ');
}
const LINE_TAG_WIDTH = 10;

/** The parts of the line under the headline: source, date, byline, file; an HTML page's line numbers count in its extracted text. */
function bylineParts(article: Article): string[] {
  const file = article.extractedFrom === null ? article.file : `${article.file} (extracted text)`;
  return [article.source, article.date ?? article.dateText, article.byline, file]
    .filter((part): part is string => part !== null && part !== '')
    .map(oneLine);
}

/** "Source · 5 May 2025 · Byline · file" under the headline. */
export function articleByline(article: Article): string {
  return bylineParts(article).join(' · ');
}

/** Parts joined by " · ", broken between parts to fit `width`; only a part wider than a line is broken inside. */
function wrapParts(parts: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 3 + part.length <= width) {
      lines[lines.length - 1] = `${last} · ${part}`;
      continue;
    }
    // The separator stays at the end of the line it follows, when it fits there.
    if (last !== undefined && last.length + 2 <= width) lines[lines.length - 1] = `${last} ·`;
    lines.push(...wrap(part, width));
  }
  return lines;
}

/** The headline (bold) and the byline (dim), each wrapped to the terminal width. */
export function articleHeading(article: Article, ctx: RenderContext): string[] {
  const chalk = chalkFor(ctx);
  return [
    ...wrap(article.headline ?? '(no headline)', ctx.columns).map((l) => chalk.bold(l)),
    ...wrapParts(bylineParts(article), ctx.columns).map((l) => chalk.dim(l)),
  ];
}

/**
 * Narrowest text column kept beside a tag, as a share of the width: a wider tag ("[file:line]") goes
 * on its own line. Higher moves wide tags to a line of their own sooner (more lines, fuller text
 * lines); lower keeps them beside a narrow column of text.
 */
const MIN_TEXT_SHARE = 0.6;

/** Lines of text with a dim tag ([line N] unless given) at the right of the last line. */
export function tagged(text: string, line: number, ctx: RenderContext, indent = INDENT, tag = `[line ${line}]`): string[] {
  const chalk = chalkFor(ctx);
  const tagWidth = Math.max(LINE_TAG_WIDTH, tag.length);
  const width = Math.max(MIN_WRAP_WIDTH, ctx.columns - indent.length - tagWidth - 1);
  if (width < (ctx.columns - indent.length) * MIN_TEXT_SHARE) {
    const full = Math.max(MIN_WRAP_WIDTH, ctx.columns - indent.length);
    return [...wrap(text, full).map((l) => `${indent}${l}`), `${' '.repeat(Math.max(indent.length, ctx.columns - tag.length))}${chalk.dim(tag)}`];
  }
  const lines = wrap(text, width);
  return lines.map((l, i) => {
    if (i !== lines.length - 1) return `${indent}${l}`;
    const pad = Math.max(1, width + tagWidth + 1 - l.length - tag.length);
    return `${indent}${l}${' '.repeat(pad)}${chalk.dim(tag)}`;
  });
}

export function digestText(digest: Digest, ctx: RenderContext, explain = false): string {
  const chalk = chalkFor(ctx);
  const { article } = digest;
  const out: string[] = [];
  out.push(...articleHeading(article, ctx));
  out.push('');
  if (digest.summary.length === 0) out.push(`${INDENT}${chalk.dim('(no text to summarize)')}`);
  for (const sentence of digest.summary) {
    out.push(...tagged(sentence.text, sentence.line, ctx));
    if (explain) out.push(...explainLines(sentence.score, sentence.parts, ctx));
  }
  const quotes = digest.keyQuotes.map((i) => digest.quotes[i]).filter((q) => q !== undefined);
  if (quotes.length > 0) {
    out.push('', chalk.bold('Key quotes'));
    for (const quote of quotes) {
      const who = [quote.speaker ?? '(unattributed)', quote.speakerRole].filter(Boolean).join(', ');
      out.push(...tagged(who, quote.line, ctx).map((l) => chalk.cyan(l)));
      out.push(...wrap(`“${keyQuoteText(quote.text)}”`, Math.max(MIN_WRAP_WIDTH, ctx.columns - 4)).map((l) => `${INDENT}${INDENT}${l}`));
    }
  }
  const figures = digest.keyFigures.map((i) => digest.figures[i]).filter((f) => f !== undefined);
  if (figures.length > 0) {
    out.push('', chalk.bold('Key figures'));
    const width = Math.min(14, Math.max(...figures.map((f) => oneLine(f.text).length)) + 2);
    for (const figure of figures) {
      const text = oneLine(figure.text);
      const lines = tagged(`${text}${' '.repeat(Math.max(1, width - text.length))}${oneLine(contextAfterFigure(figure.text, figure.context) ?? '')}`, figure.line, ctx);
      // Colored after wrapping: wrap() makes its text terminal-safe, which would strip the color codes.
      lines[0] = lines[0]!.replace(`${INDENT}${text}`, `${INDENT}${chalk.yellow(text)}`);
      out.push(...lines);
    }
  }
  return `${out.join('\n')}\n`;
}

/** "score 2.239: position 1.000, centrality 0.256, …" wrapped under a sentence, dim. */
export function explainLines(score: number, parts: Record<string, number>, ctx: RenderContext): string[] {
  const chalk = chalkFor(ctx);
  const text = `score ${score.toFixed(3)}: ${Object.entries(parts).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')}`;
  return wrap(text, Math.max(MIN_WRAP_WIDTH, ctx.columns - 2 * INDENT.length)).map((line) => chalk.dim(`${INDENT}${INDENT}${line}`));
}

export function digestMarkdown(digest: Digest): string {
  const { article } = digest;
  const out: string[] = [];
  out.push(`## ${markdownInline(article.headline ?? '(no headline)')}`, '', `_${markdownInline(articleByline(article))}_`, '');
  for (const sentence of digest.summary) out.push(`- ${markdownInline(sentence.text)} (line ${sentence.line})`);
  const quotes = digest.keyQuotes.map((i) => digest.quotes[i]).filter((q) => q !== undefined);
  if (quotes.length > 0) {
    out.push('', '**Key quotes**', '');
    for (const q of quotes) {
      const who = [q.speaker ?? '(unattributed)', q.speakerRole].filter(Boolean).join(', ');
      out.push(`- ${markdownInline(who)} (line ${q.line}): “${markdownInline(keyQuoteText(q.text))}”`);
    }
  }
  const figures = digest.keyFigures.map((i) => digest.figures[i]).filter((f) => f !== undefined);
  if (figures.length > 0) {
    out.push('', '**Key figures**', '');
    for (const f of figures) out.push(`- **${markdownInline(f.text)}**${contextSuffix(f.text, f.context, markdownInline)} (line ${f.line})`);
  }
  return `${out.join('\n')}\n`;
}
