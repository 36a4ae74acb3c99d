import type { Command } from 'commander';
import { addCommonOptions, positiveInt, resolveCommon, type CommonFlags } from '../options.js';
import { runPipeline } from '../run-articles.js';
import type { CommandContext } from '../main.js';
import type { FigureKind } from '../../model.js';
import { UsageError } from '../errors.js';
import { DEFAULT_KEY_FIGURES, FIGURE_KINDS, type FiguresPipelineOptions } from '../pipelines/figures.js';

interface FiguresFlags extends CommonFlags {
  kind?: string;
  key?: string;
}

export function parseKinds(value: string | undefined): ReadonlySet<FigureKind> | null {
  if (value === undefined) return null;
  const kinds = value.split(',').map((k) => k.trim().toLowerCase()).filter(Boolean);
  const unknown = kinds.filter((k) => !(FIGURE_KINDS as readonly string[]).includes(k));
  if (kinds.length === 0 || unknown.length > 0) {
    throw new UsageError(`--kind takes a comma list of ${FIGURE_KINDS.join(', ')}; not "${unknown.join(',') || value}"`);
  }
  return new Set(kinds as FigureKind[]);
}

const EXAMPLES = `
Examples:
  digest figures articles/
  digest figures story.md --kind money,percent
  digest figures 'archive/**/*.md' --key 5 --format ndjson

Exit status:
  0 success · 2 usage, input or internal error

Environment:
  NO_COLOR, FORCE_COLOR, COLUMNS
`;

export function registerFigures(program: Command, context: CommandContext): void {
  const command = program
    .command('figures')
    .description('list every figure in each article with what it counts: money, percentages, counts, ages, years, ranges, changes')
    .argument('[paths...]', 'article files, directories, glob patterns, or - for stdin')
    .option('--kind <kinds>', `only these kinds, a comma list of ${FIGURE_KINDS.join(', ')}`)
    .option('--key <n>', `key figures to mark (highlighted in text, bold in markdown, listed in JSON; default ${DEFAULT_KEY_FIGURES})`)
    .addHelpText('after', EXAMPLES);
  addCommonOptions(command).action(async (paths: string[], flags: FiguresFlags) => {
    const common = resolveCommon(flags, context.io.cpus);
    const kinds = parseKinds(flags.kind);
    const options: FiguresPipelineOptions = {
      kinds: kinds === null ? null : [...kinds],
      key: flags.key === undefined ? DEFAULT_KEY_FIGURES : positiveInt(flags.key, '--key', true),
    };
    context.setExitCode(await runPipeline(context.io, paths, common, 'figures', options, context.version));
  });
}
