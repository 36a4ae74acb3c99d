import type { Command } from 'commander';
import type { Article } from '../../model.js';
import { extractQuotes } from '../../extract/quotes.js';
import { quotesJson, quotesMarkdown, quotesText, type ArticleQuotes } from '../../render/quotes-view.js';
import { addCommonOptions, resolveCommon, type CommonFlags } from '../options.js';
import { runArticles } from '../run-articles.js';
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

/** The quotes of one article, kept when the speaker contains `speaker` (case-insensitive). */
export function articleQuotes(article: Article, speaker: string | null): ArticleQuotes {
  const all = extractQuotes(article);
  const needle = speaker?.toLowerCase() ?? null;
  const quotes = needle === null ? all : all.filter((q) => q.speaker !== null && q.speaker.toLowerCase().includes(needle));
  return { article, quotes, total: all.length };
}

export function registerQuotes(program: Command, context: CommandContext): void {
  const command = program
    .command('quotes')
    .description('list the direct quotes of each article with who said them (speaker, role, line)')
    .argument('[paths...]', 'article files, directories, glob patterns, or - for stdin')
    .option('--speaker <name>', 'only quotes whose speaker contains this text (case-insensitive)')
    .addHelpText('after', EXAMPLES);
  addCommonOptions(command).action(async (paths: string[], flags: QuotesFlags) => {
    const common = resolveCommon(flags);
    if (flags.speaker !== undefined && flags.speaker.trim() === '') throw new UsageError('--speaker takes a name (or part of one)');
    const speaker = flags.speaker?.trim() ?? null;
    context.setExitCode(await runArticles(
      context.io, paths, common,
      { command: 'quotes', itemsKey: 'articles', itemType: 'article', toolVersion: context.version },
      { json: quotesJson, text: quotesText, markdown: quotesMarkdown, noun: 'article' },
      (article) => articleQuotes(article, speaker),
    ));
  });
}
