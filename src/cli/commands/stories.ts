import type { Command } from 'commander';
import type { Problem, Story, StoryArticle } from '../../model.js';
import { profileArticle } from '../../compare/profile.js';
import { STORY_THRESHOLD, StoryCollection, type StoryGroup } from '../../compare/stories.js';
import { loadArticle, type Input } from '../../ingest/load.js';
import { isProblem } from '../../ingest/parse.js';
import { storyJson, storyMarkdown, storyText } from '../../render/stories.js';
import { renderItem, streamRenderer } from '../../render/stream.js';
import { decideColor, decideColumns } from '../io.js';
import { addCommonOptions, fraction, positiveInt, resolveCommon, type CommonFlags, type CommonOptions } from '../options.js';
import { loadInputs, reportProblem } from '../run-articles.js';
import { EXIT_ERROR, EXIT_OK } from '../errors.js';
import type { CommandContext } from '../main.js';

interface StoriesFlags extends CommonFlags {
  threshold?: string;
  minSize?: string;
}

/** Files read at once: keeps the disk busy while the previous file is parsed. */
const READ_AHEAD = 16;

const EXAMPLES = `
Examples:
  digest stories articles/
  digest stories 'feeds/**/*.md' --min-size 2
  digest stories archive/ --format ndjson > stories.ndjson

Exit status:
  0 success · 2 usage, input or internal error

Environment:
  NO_COLOR, FORCE_COLOR, COLUMNS
`;

type Meta = Omit<StoryArticle, 'score'>;

export function registerStories(program: Command, context: CommandContext): void {
  const command = program
    .command('stories')
    .description('group articles into stories (articles about the same event), each with its articles and a label')
    .argument('[paths...]', 'article files, directories or glob patterns')
    .option('--threshold <t>', `how alike a story's articles must be, 0-1 (default ${STORY_THRESHOLD}); higher splits more`)
    .option('--min-size <n>', 'only show stories of at least this many articles (default 1)')
    .addHelpText('after', EXAMPLES);
  addCommonOptions(command).action(async (paths: string[], flags: StoriesFlags) => {
    const common = resolveCommon(flags);
    const threshold = flags.threshold === undefined ? STORY_THRESHOLD : fraction(flags.threshold, '--threshold');
    const minSize = flags.minSize === undefined ? 1 : positiveInt(flags.minSize, '--min-size');
    context.setExitCode(await runStories(context, paths, common, threshold, minSize));
  });
}

async function runStories(context: CommandContext, paths: readonly string[], common: CommonOptions, threshold: number, minSize: number): Promise<number> {
  const { io } = context;
  const resolved = await loadInputs(io, paths, common);
  const problems: Problem[] = [...resolved.problems];
  for (const p of resolved.problems) reportProblem(io, p, common.quiet);
  const collection = new StoryCollection();
  const metas: Meta[] = [];
  await forEachLoaded(resolved.inputs, (input) => loadArticle(input, io.readStdin, common.maxBytes), (loaded) => {
    const fileProblems = isProblem(loaded) ? [loaded] : loaded.problems;
    for (const p of fileProblems) reportProblem(io, p, common.quiet);
    problems.push(...fileProblems);
    if (isProblem(loaded)) return;
    collection.add(profileArticle(loaded));
    metas.push({ file: loaded.file, headline: loaded.headline, source: loaded.source, date: loaded.date });
  });
  const stories = collection.stories(threshold).filter((g) => g.members.length >= minSize).map((g) => toStory(g, metas));
  const ctx = { color: common.format === 'text' && decideColor(common.color, io), columns: decideColumns(io) };
  const renderer = streamRenderer(common.format, { command: 'stories', itemsKey: 'stories', itemType: 'story', toolVersion: context.version },
    { json: storyJson, text: storyText, markdown: storyMarkdown, noun: 'story', nouns: 'stories' }, ctx);
  await io.stdout(renderer.start());
  for (const [index, story] of stories.entries()) await io.stdout(renderItem(renderer, story, index));
  await io.stdout(renderer.end({ items: stories.length, problems, extra: { articles: metas.length } }));
  return problems.some((p) => p.severity === 'error') ? EXIT_ERROR : EXIT_OK;
}

/** Loads inputs a few at a time, handing each result over in input order. */
async function forEachLoaded<T>(inputs: readonly Input[], load: (input: Input) => Promise<T>, use: (loaded: T) => void): Promise<void> {
  for (let from = 0; from < inputs.length; from += READ_AHEAD) {
    const batch = await Promise.all(inputs.slice(from, from + READ_AHEAD).map(load));
    for (const loaded of batch) use(loaded);
  }
}

function toStory(group: StoryGroup, metas: readonly Meta[]): Story {
  const central = metas[group.members[group.central]!]!;
  const label = central.headline ?? (group.keywords.join(' · ') || central.file);
  return {
    label,
    keywords: group.keywords,
    cohesion: group.cohesion,
    articles: group.members.map((m, i) => ({ ...metas[m]!, score: group.scores[i]! })),
  };
}
