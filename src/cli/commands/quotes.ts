import type { Command } from 'commander';
import { addCommonOptions, resolveCommon, type CommonFlags } from '../options.js';
import { runPipeline } from '../run-articles.js';
import { UsageError } from '../errors.js';
import type { CommandContext } from '../main.js';

interface QuotesFlags extends CommonFlags {
  speaker?: string;
}

const EXAMPLES = `
Examples:
  digest quotes articles/
  digest quotes story.md --speaker bungard
  digest quotes 'articles/**/*.md' --format ndjson
  cat story.txt | digest quotes - --json

Exit status:
  0 success · 2 usage, input or internal error

Environment:
  NO_COLOR, FORCE_COLOR, COLUMNS
`;

export function registerQuotes(program: Command, context: CommandContext): void {
  const command = program
    .command('quotes')
    .description('list the direct quotes of each article with who said them (speaker, role, line)')
    .argument('[paths...]', 'article files, directories, glob patterns, or - for stdin')
    .option('--speaker <name>', 'only quotes whose speaker contains this text (case-insensitive)')
    .addHelpText('after', EXAMPLES);
  addCommonOptions(command).action(async (paths: string[], flags: QuotesFlags) => {
    const common = resolveCommon(flags, context.io.cpus);
    if (flags.speaker !== undefined && flags.speaker.trim() === '') throw new UsageError('--speaker takes a name (or part of one)');
    const speaker = flags.speaker?.trim() ?? null;
    context.setExitCode(await runPipeline(context.io, paths, common, 'quotes', { speaker }, context.version));
  });
}
