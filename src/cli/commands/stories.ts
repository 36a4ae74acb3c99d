import type { Command } from 'commander';
import type { Problem, Story, StoryArticle } from '../../model.js';
import { STORY_THRESHOLD, StoryCollection, type StoryGroup } from '../../compare/stories.js';
import { SAME_STORY_THRESHOLD } from '../../compare/similarity.js';
import { MIN_DOCS_FOR_IDF } from '../../compare/vocabulary.js';
import { loadInput, type Input } from '../../ingest/load.js';
import { isProblem } from '../../ingest/parse-text.js';
import { storyJson, storyMarkdown, storyText } from '../../render/stories.js';
import { renderItem, streamRenderer } from '../../render/stream.js';
import { decideColor, decideColumns, type Io } from '../io.js';
import { addCommonOptions, fraction, positiveInt, resolveCommon, type CommonFlags, type CommonOptions } from '../options.js';
import { FILES_PER_WORKER_TASK, loadInputs, onlyFiles, reportProblem } from '../run-articles.js';
import { MIN_FILES_FOR_WORKERS } from '../run-size.js';
import { chunks, inOrder } from '../in-order.js';
import { storyProfilePipeline, type ProfiledArticle } from '../pipelines/story-profile.js';
import type { WorkerTask } from '../worker.js';
import { EXIT_ERROR, EXIT_OK } from '../errors.js';
import type { CommandContext } from '../main.js';

interface StoriesFlags extends CommonFlags {
  threshold?: string;
  minSize?: string;
}

/** Batches in flight per job: keeps the disk and every worker busy, memory flat. */
const BATCHES_IN_FLIGHT_PER_JOB = 4;
/**
 * Files per worker task. Larger than other commands' batches: a profile is small and nothing is
 * printed until the end, so only the per-task cost (a message, a memory reading) matters here.
 */
const FILES_PER_STORY_TASK = 64;

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
    .option('--threshold <t>', `how alike a story's articles must be, 0-1 (default ${STORY_THRESHOLD}; ${SAME_STORY_THRESHOLD} below ${MIN_DOCS_FOR_IDF} articles); higher splits more`)
    .option('--min-size <n>', 'only show stories of at least this many articles (default 1)')
    .addHelpText('after', '\nWith --jobs N, files are read and profiled on N worker threads (default: 1 for stories).')
    .addHelpText('after', EXAMPLES);
  addCommonOptions(command).action(async (paths: string[], flags: StoriesFlags) => {
    // One thread unless --jobs says otherwise: measured, the workers' hand-over of every profile
    // cost more than the parallel reading and parsing saved (eval/results/stories-bench.md).
    const common = resolveCommon(flags);
    const threshold = flags.threshold === undefined ? undefined : fraction(flags.threshold, '--threshold');
    const minSize = flags.minSize === undefined ? 1 : positiveInt(flags.minSize, '--min-size');
    context.setExitCode(await runStories(context, paths, common, threshold, minSize));
  });
}

async function runStories(context: CommandContext, paths: readonly string[], common: CommonOptions, threshold: number | undefined, minSize: number): Promise<number> {
  const { io } = context;
  const resolved = await loadInputs(io, paths, common);
  const problems: Problem[] = [...resolved.problems];
  for (const p of resolved.problems) reportProblem(io, p, common.quiet);
  const collection = new StoryCollection();
  const metas: Meta[] = [];
  const profiler = await startProfiler(io, common, resolved.inputs.length);
  try {
    for await (const batch of inOrder(chunks(resolved.inputs, profiler.batchSize), profiler.profile, Math.max(1, common.jobs) * BATCHES_IN_FLIGHT_PER_JOB)) {
      for (const result of batch) {
        for (const p of result.problems) reportProblem(io, p, common.quiet);
        problems.push(...result.problems);
        if (result.item === null) continue;
        collection.add(result.item.profile, result.item.meta);
        metas.push(result.item.meta);
      }
    }
  } finally {
    await profiler.close();
  }
  const stories = collection.stories(threshold).filter((g) => g.members.length >= minSize).map((g) => toStory(g, metas));
  const ctx = { color: common.format === 'text' && decideColor(common.color, io), columns: decideColumns(io) };
  const renderer = streamRenderer(common.format, { command: 'stories', itemsKey: 'stories', itemType: 'story', toolVersion: context.version },
    { json: storyJson, text: storyText, markdown: storyMarkdown, noun: 'story', nouns: 'stories' }, ctx);
  await io.stdout(renderer.start());
  for (const [index, story] of stories.entries()) await io.stdout(renderItem(renderer, story, index));
  await io.stdout(renderer.end({ items: stories.length, problems, extra: { articles: metas.length } }));
  return problems.some((p) => p.severity === 'error') ? EXIT_ERROR : EXIT_OK;
}

export interface Profiled {
  item: ProfiledArticle | null;
  problems: Problem[];
}

/**
 * Reads and profiles articles: in this thread, or with --jobs on worker threads when there are
 * enough files (the article text stays in the worker; only the profile comes back).
 */
export async function startProfiler(io: Io, common: CommonOptions, count: number): Promise<{ profile(inputs: readonly Input[]): Promise<Profiled[]>; batchSize: number; close(): Promise<void> }> {
  const inline = async (input: Input): Promise<Profiled> => {
    // Files are read synchronously: nothing else runs meanwhile, and it costs a fraction of the CPU.
    const loaded = await loadInput(input, io.readStdin, common.maxBytes);
    if (isProblem(loaded)) return { item: null, problems: [loaded] };
    return { item: storyProfilePipeline.compute(loaded, null), problems: loaded.problems };
  };
  const inlineAll = (inputs: readonly Input[]) => Promise.all(inputs.map(inline));
  if (common.jobs <= 1 || count < MIN_FILES_FOR_WORKERS) return { profile: inlineAll, batchSize: FILES_PER_WORKER_TASK, close: async () => undefined };
  const { startWorkers } = await import('../workers.js');
  const pool = await startWorkers(common.jobs);
  const info = { ...storyProfilePipeline.info, toolVersion: '' };
  const profile = async (inputs: readonly Input[]): Promise<Profiled[]> => {
    if (!onlyFiles(inputs)) return inlineAll(inputs);
    const task: WorkerTask = { pipeline: 'story-profile', options: null, format: 'ndjson', ctx: { color: false, columns: 80 }, info, inputs, maxBytes: common.maxBytes };
    const results = await pool.run(task);
    return results.map((result) => ({ item: result.body === null ? null : (JSON.parse(result.body) as ProfiledArticle), problems: result.problems }));
  };
  return { profile, batchSize: FILES_PER_STORY_TASK, close: () => pool.close() };
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
