import type { Command } from 'commander';
import type { Comparison, Problem } from '../../model.js';
import { compareArticles } from '../../compare/index.js';
import { comparisonJson } from '../../render/compare-json.js';
import { comparisonMarkdown } from '../../render/compare-markdown.js';
import { comparisonText } from '../../render/compare-text.js';
import { SCHEMA_VERSION, problemJson, renderItem, splitProblems, streamRenderer } from '../../render/stream.js';
import type { Io } from '../io.js';
import { addCommonOptions, resolveCommon, type CommonFlags, type CommonOptions } from '../options.js';
import { loadAllArticles, loadInputs, renderContext, reportProblem } from '../run-articles.js';
import { EXIT_ERROR, EXIT_OK, UsageError } from '../errors.js';
import type { CommandContext } from '../main.js';

const EXAMPLES = `
Examples:
  digest compare guardian.md times.md
  digest compare 'flood/*.md' --json
  digest compare a.txt b.txt c.txt --format markdown >> "$GITHUB_STEP_SUMMARY"

Exit status:
  0 success · 2 fewer than two articles, usage, input or internal error

Environment:
  NO_COLOR, FORCE_COLOR, COLUMNS
`;

export function registerCompare(program: Command, context: CommandContext): void {
  const command = program
    .command('compare')
    .description('compare two or more articles: similarity and verdict, shared and differing quotes and figures, names in one only')
    .argument('[paths...]', 'two or more article files, directories or glob patterns (- for stdin)')
    .addHelpText('after', EXAMPLES);
  addCommonOptions(command).action(async (paths: string[], flags: CommonFlags) => {
    context.setExitCode(await runCompare(context, paths, resolveCommon(flags)));
  });
}

async function runCompare(context: CommandContext, paths: readonly string[], common: CommonOptions): Promise<number> {
  const { io } = context;
  const resolved = await loadInputs(io, paths, common);
  const problems: Problem[] = [...resolved.problems];
  for (const p of resolved.problems) reportProblem(io, p, common.quiet);
  if (resolved.inputs.length < 2) throw new UsageError(`compare needs at least two articles, got ${resolved.inputs.length}`);
  const articles = await loadAllArticles(io, resolved.inputs, common, problems);
  if (articles.length < 2) {
    io.stderr(`digest: compare needs at least two readable articles, got ${articles.length}\n`);
    return EXIT_ERROR;
  }
  await io.stdout(render(compareArticles(articles), problems, common, io, context.version));
  return problems.some((p) => p.severity === 'error') ? EXIT_ERROR : EXIT_OK;
}

function summaryCounts(c: Comparison): Record<string, number> {
  return {
    articles: c.articles.length,
    sharedQuotes: c.quotes.filter((g) => g.kind === 'shared').length,
    quoteVariants: c.quotes.filter((g) => g.kind === 'variant').length,
    sharedFigures: c.figures.filter((g) => g.kind === 'shared').length,
    conflictingFigures: c.conflicts.length,
  };
}

function render(comparison: Comparison, problems: readonly Problem[], common: CommonOptions, io: Io, version: string): string {
  if (common.format === 'json') {
    const parts = splitProblems(problems);
    return `${JSON.stringify({
      schemaVersion: SCHEMA_VERSION,
      tool: { name: 'digest', version },
      command: 'compare',
      comparison: comparisonJson(comparison),
      warnings: parts.warnings.map(problemJson),
      errors: parts.errors.map(problemJson),
      summary: { ...summaryCounts(comparison), warnings: parts.warnings.length, errors: parts.errors.length },
    }, null, 2)}\n`;
  }
  const ctx = renderContext(io, common);
  const info = { command: 'compare', itemsKey: 'comparisons', itemType: 'comparison', toolVersion: version };
  const renderer = streamRenderer(common.format, info, { json: comparisonJson, text: comparisonText, markdown: comparisonMarkdown, noun: 'comparison' }, ctx);
  const { articles: _articles, ...extra } = summaryCounts(comparison);
  return `${renderer.start()}${renderItem(renderer, comparison, 0)}${renderer.end({ items: 1, problems, extra: { articles: comparison.articles.length, ...extra } })}`;
}
