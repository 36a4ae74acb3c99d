// A run's output is rendered piece by piece (start, each item, end) so that every format can stream:
// memory does not grow with the number of files, and NDJSON lines appear as each article completes.
import type { Problem } from '../model.js';
import { chalkFor, oneLine, plural, type RenderContext } from './style.js';

export const SCHEMA_VERSION = '1.4.0';

export type Format = 'text' | 'json' | 'ndjson' | 'markdown';
export const FORMATS: readonly Format[] = ['text', 'json', 'ndjson', 'markdown'];

export interface RunInfo {
  command: string;
  /** Key of the results array in the JSON document: "articles", "stories", … */
  itemsKey: string;
  /** NDJSON `type` of each item line. */
  itemType: string;
  toolVersion: string;
}

export interface RunTotals {
  items: number;
  problems: readonly Problem[];
  extra?: Record<string, number>;
  /** Results about the run as a whole (e.g. `merged`): JSON keys after the items, NDJSON lines of that type. */
  sections?: Record<string, Record<string, unknown>>;
}

/** How one command's items look in each format. */
export interface ItemViews<T> {
  json(item: T): Record<string, unknown>;
  text(item: T, ctx: RenderContext): string;
  markdown(item: T): string;
  /** Text for the end of a text run, e.g. "3 articles". */
  noun: string;
  /** The plural when it is not noun + "s" ("stories"). */
  nouns?: string;
}

export interface StreamRenderer<T> {
  start(): string;
  /** What goes before the item at `index` (a comma, a rule): kept apart so workers can render bodies. */
  separator(index: number): string;
  body(item: T): string;
  end(totals: RunTotals): string;
}

export function renderItem<T>(renderer: StreamRenderer<T>, item: T, index: number): string {
  return renderer.separator(index) + renderer.body(item);
}

export function problemJson(p: Problem): Record<string, unknown> {
  return { file: p.path, code: p.code, severity: p.severity, message: p.message, line: p.line, column: p.column };
}

export function streamRenderer<T>(format: Format, info: RunInfo, views: ItemViews<T>, ctx: RenderContext): StreamRenderer<T> {
  switch (format) {
    case 'json': return jsonStream(info, views);
    case 'ndjson': return ndjsonStream(info, views);
    case 'markdown': return markdownStream(views);
    case 'text': return textStream(views, ctx);
  }
}

function indentJson(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

function jsonStream<T>(info: RunInfo, views: ItemViews<T>): StreamRenderer<T> {
  return {
    start: () => `{\n  "schemaVersion": "${SCHEMA_VERSION}",\n  "tool": ${indentJson({ name: 'digest', version: info.toolVersion }, '  ')},\n  "command": ${JSON.stringify(info.command)},\n  ${JSON.stringify(info.itemsKey)}: [`,
    separator: (index) => (index === 0 ? '\n' : ',\n'),
    body: (item) => `    ${indentJson(views.json(item), '    ')}`,
    end: (totals) => {
      const close = totals.items === 0 ? ']' : '\n  ]';
      const parts = splitProblems(totals.problems);
      const sections = Object.entries(totals.sections ?? {}).map(([key, value]) => `,\n  ${JSON.stringify(key)}: ${indentJson(value, '  ')}`).join('');
      return `${close}${sections},\n  "warnings": ${indentJson(parts.warnings.map(problemJson), '  ')},\n  "errors": ${indentJson(parts.errors.map(problemJson), '  ')},\n  "summary": ${indentJson(summaryJson(info, totals), '  ')}\n}\n`;
    },
  };
}

function ndjsonStream<T>(info: RunInfo, views: ItemViews<T>): StreamRenderer<T> {
  return {
    start: () => '',
    separator: () => '',
    body: (item) => `${JSON.stringify({ type: info.itemType, ...views.json(item) })}\n`,
    end: (totals) => {
      const lines = Object.entries(totals.sections ?? {}).map(([key, value]) => JSON.stringify({ type: key, ...value }));
      lines.push(...totals.problems.map((p) => JSON.stringify({ type: p.severity, ...problemJson(p) })));
      lines.push(JSON.stringify({ type: 'summary', schemaVersion: SCHEMA_VERSION, command: info.command, ...summaryJson(info, totals) }));
      return `${lines.join('\n')}\n`;
    },
  };
}

function summaryJson(info: RunInfo, totals: RunTotals): Record<string, number> {
  const parts = splitProblems(totals.problems);
  return { [info.itemsKey]: totals.items, ...(totals.extra ?? {}), warnings: parts.warnings.length, errors: parts.errors.length };
}

function markdownStream<T>(views: ItemViews<T>): StreamRenderer<T> {
  return {
    start: () => '',
    separator: (index) => (index === 0 ? '' : '\n---\n\n'),
    body: (item) => views.markdown(item),
    end: (totals) => {
      const parts = splitProblems(totals.problems);
      const lines = totals.problems.map((p) => `- **${p.severity}** \`${markdownInline(p.path)}\`: ${markdownInline(p.message)}`);
      const counts = `_${plural(totals.items, views.noun, views.nouns)} · ${plural(parts.warnings.length, 'warning')} · ${plural(parts.errors.length, 'error')}_`;
      return `${totals.items > 0 ? '\n' : ''}${lines.length ? `${lines.join('\n')}\n\n` : ''}${counts}\n`;
    },
  };
}

function textStream<T>(views: ItemViews<T>, ctx: RenderContext): StreamRenderer<T> {
  const chalk = chalkFor(ctx);
  const rule = chalk.dim('─'.repeat(Math.min(ctx.columns, 100)));
  return {
    start: () => '',
    separator: (index) => (index === 0 ? '' : `${rule}\n`),
    body: (item) => views.text(item, ctx),
    end: (totals) => {
      const parts = splitProblems(totals.problems);
      const pieces = [plural(totals.items, views.noun, views.nouns)];
      if (parts.warnings.length) pieces.push(plural(parts.warnings.length, 'warning'));
      if (parts.errors.length) pieces.push(chalk.red(plural(parts.errors.length, 'error')));
      return `${totals.items > 0 ? '\n' : ''}${chalk.dim(oneLine(pieces.join(' · ')))}\n`;
    },
  };
}

export function splitProblems(problems: readonly Problem[]): { warnings: Problem[]; errors: Problem[] } {
  return {
    warnings: problems.filter((p) => p.severity === 'warning'),
    errors: problems.filter((p) => p.severity === 'error'),
  };
}

/** Markdown-inert inline text: no HTML, links, emphasis or table breaks can come through. */
export function markdownInline(text: string): string {
  return oneLine(text).replace(/[\\`*_{}\[\]()<>#+!|~]/g, (ch) => `\\${ch}`);
}
