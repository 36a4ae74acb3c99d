import type { Command } from 'commander';
import type { SummarizeOptions } from '../../model.js';
import { addCommonOptions, fraction, positiveInt, resolveCommon, type CommonFlags } from '../options.js';
import { runPipeline } from '../run-articles.js';
import type { CommandContext } from '../main.js';
import type { SummarizePipelineOptions } from '../pipelines/summarize.js';

interface SummarizeFlags extends CommonFlags {
  sentences?: string;
  ratio?: string;
  words?: string;
  quotes?: string;
  figures?: string;
  explain?: boolean;
  merge?: boolean;
}

export const DEFAULT_SUMMARY_SENTENCES = 3;
export const DEFAULT_KEY_QUOTES = 3;
export const DEFAULT_KEY_FIGURES = 3;

export function resolveSummarizeOptions(flags: SummarizeFlags): SummarizeOptions {
  return {
    sentences: flags.sentences === undefined ? DEFAULT_SUMMARY_SENTENCES : positiveInt(flags.sentences, '--sentences'),
    ratio: flags.ratio === undefined ? null : fraction(flags.ratio, '--ratio'),
    words: flags.words === undefined ? null : positiveInt(flags.words, '--words'),
    quotes: flags.quotes === undefined ? DEFAULT_KEY_QUOTES : positiveInt(flags.quotes, '--quotes', true),
    figures: flags.figures === undefined ? DEFAULT_KEY_FIGURES : positiveInt(flags.figures, '--figures', true),
  };
}

const EXAMPLES = `
Examples:
  digest summarize articles/
  digest summarize 'articles/**/*.md' --sentences 2 --json
  digest summarize story.md --words 60 --explain
  digest summarize outlet-a.md outlet-b.md --merge
  cat story.md | digest summarize - --stdin-filename story.md --format ndjson

Exit status:
  0 success · 2 usage, input or internal error

Environment:
  NO_COLOR, FORCE_COLOR, COLUMNS
`;

export function registerSummarize(program: Command, context: CommandContext): void {
  const command = program
    .command('summarize')
    .alias('sum')
    .description('summarize each article: headline, date, source, key sentences, key quotes and key figures')
    .argument('[paths...]', 'article files, directories, glob patterns, or - for stdin')
    .option('-n, --sentences <n>', `sentences per summary (default ${DEFAULT_SUMMARY_SENTENCES})`)
    .option('--ratio <r>', 'summary length as a share of the article sentences (0-1)')
    .option('--words <n>', 'at most this many words per summary')
    .option('--quotes <n>', `key quotes to show (default ${DEFAULT_KEY_QUOTES})`)
    .option('--figures <n>', `key figures to show (default ${DEFAULT_KEY_FIGURES})`)
    .option('--explain', 'show the score parts of each chosen sentence')
    .option('--merge', 'one summary of a story covered by all the given articles (near-identical sentences said once)')
    .addHelpText('after', EXAMPLES);
  addCommonOptions(command).action(async (paths: string[], flags: SummarizeFlags) => {
    const common = resolveCommon(flags, context.io.cpus);
    const options: SummarizePipelineOptions = { ...resolveSummarizeOptions(flags), explain: flags.explain ?? false };
    if (flags.merge) {
      // Imported here: a run without --merge never loads the merge and merged-render modules.
      const { runMerged } = await import('../run-merge.js');
      const info = { command: 'summarize', itemsKey: 'articles', itemType: 'article', toolVersion: context.version };
      context.setExitCode(await runMerged(context.io, paths, common, info, options, options.explain));
      return;
    }
    context.setExitCode(await runPipeline(context.io, paths, common, 'summarize', options, context.version));
  });
}
