import type { Article, Problem } from '../model.js';
import { loadArticle, resolveInputs } from '../ingest/load.js';
import { isProblem } from '../ingest/parse.js';
import { streamRenderer, type ItemViews, type RunInfo } from '../render/stream.js';
import { safeText } from '../render/style.js';
import { decideColor, decideColumns, type Io } from './io.js';
import type { CommonOptions } from './options.js';
import { EXIT_ERROR, EXIT_OK, UsageError } from './errors.js';

/** One line on stderr for a problem: `digest: cannot read x: …` or `digest: warning: x:3:1: …`. */
export function formatProblem(p: Problem): string {
  if (p.severity === 'error') return `digest: ${safeText(p.message)}\n`;
  const where = [p.path, p.line, p.column].filter((part) => part !== null).join(':');
  return `digest: warning: ${safeText(where)}: ${safeText(p.message)}\n`;
}

export function reportProblem(io: Io, p: Problem, quiet: boolean): void {
  if (p.severity === 'error' || !quiet) io.stderr(formatProblem(p));
}

export async function loadInputs(io: Io, paths: readonly string[], common: CommonOptions) {
  if (paths.length === 0) throw new UsageError('no input: give article files, directories or glob patterns, or - for stdin');
  if (paths.includes('-') && io.isTTY.stdin) throw new UsageError('- reads an article from stdin, but stdin is a terminal: pipe a file in');
  return resolveInputs(paths, io.cwd, common.stdinFilename);
}

/**
 * Runs a per-article command: each input is read, computed and rendered in turn, so output streams
 * and memory stays flat. Bad files are reported and skipped; any error makes the exit code 2.
 */
export async function runArticles<T>(
  io: Io, paths: readonly string[], common: CommonOptions, info: Omit<RunInfo, 'toolVersion'> & { toolVersion: string },
  views: ItemViews<T>, compute: (article: Article) => T,
): Promise<number> {
  const resolved = await loadInputs(io, paths, common);
  const ctx = { color: common.format === 'text' && decideColor(common.color, io), columns: decideColumns(io) };
  const renderer = streamRenderer(common.format, info, views, ctx);
  const problems: Problem[] = [...resolved.problems];
  for (const p of resolved.problems) reportProblem(io, p, common.quiet);
  await io.stdout(renderer.start());
  let items = 0;
  for (const input of resolved.inputs) {
    const loaded = await loadArticle(input, io.readStdin, common.maxBytes);
    const fileProblems = isProblem(loaded) ? [loaded] : loaded.problems;
    for (const p of fileProblems) reportProblem(io, p, common.quiet);
    problems.push(...fileProblems);
    if (isProblem(loaded)) continue;
    await io.stdout(renderer.item(compute(loaded), items++));
  }
  await io.stdout(renderer.end({ items, problems }));
  return problems.some((p) => p.severity === 'error') ? EXIT_ERROR : EXIT_OK;
}
