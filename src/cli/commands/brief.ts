// `digest brief`: one briefing of many articles. Two passes keep memory flat: every article is read
// and profiled (as `digest stories` does) and only its profile and header fields kept; then only the
// articles of the briefed stories are read again, in full, for summaries, quotes and figures.
import type { Command } from 'commander';
import type { Article, Problem } from '../../model.js';
import { STORY_THRESHOLD, StoryCollection } from '../../compare/stories.js';
import { SAME_STORY_THRESHOLD } from '../../compare/similarity.js';
import { MIN_DOCS_FOR_IDF } from '../../compare/vocabulary.js';
import { assembleBriefing, briefArticle, MAX_ARTICLES_READ_PER_STORY, type BriefingOptions } from '../../brief/index.js';
import { membersToRead, planBriefing } from '../../brief/plan.js';
import { briefStory } from '../../brief/story.js';
import type { BriefArticle, Briefing } from '../../brief/types.js';
import { loadArticle, type Input } from '../../ingest/load.js';
import { isProblem } from '../../ingest/parse-text.js';
import { briefingHtml } from '../../render/brief-html.js';
import { briefingJson, storyBriefJson } from '../../render/brief-json.js';
import { briefingMarkdown } from '../../render/brief-markdown.js';
import { briefingText } from '../../render/brief-text.js';
import { renderItem, streamRenderer, type Format } from '../../render/stream.js';
import type { Io } from '../io.js';
import { addCommonOptions, fraction, positiveInt, resolveCommon, type CommonFlags, type CommonOptions } from '../options.js';
import { loadInputs, renderContext, reportProblem } from '../run-articles.js';
import { chunks, inOrder } from '../in-order.js';
import { writeOutputFile } from '../write-output.js';
import { EXIT_ERROR, EXIT_OK } from '../errors.js';
import type { CommandContext } from '../main.js';
import { startProfiler } from './stories.js';

export const BRIEF_FORMATS = ['text', 'markdown', 'html', 'json', 'ndjson'] as const;
type BriefFormat = (typeof BRIEF_FORMATS)[number];

export const DEFAULT_BRIEF_STORIES = 10;
export const DEFAULT_BRIEF_ALSO = 15;
export const DEFAULT_BRIEF_SENTENCES = 3;
export const DEFAULT_BRIEF_QUOTES = 3;
export const DEFAULT_BRIEF_FIGURES = 3;
/** Batches of files in flight per job while profiling. */
const BATCHES_IN_FLIGHT_PER_JOB = 4;

interface BriefFlags extends CommonFlags {
  stories?: string;
  also?: string;
  sentences?: string;
  quotes?: string;
  figures?: string;
  threshold?: string;
  output?: string;
}

const EXAMPLES = `
Examples:
  digest brief articles/
  digest brief 'feeds/**/*.{md,html}' --format html --output briefing.html
  digest brief saved-pages/ --format markdown --stories 5 | pbcopy
  digest brief archive/ --json > briefing.json

Exit status:
  0 success · 2 usage, input or internal error

Environment:
  NO_COLOR, FORCE_COLOR, COLUMNS
`;

export function registerBrief(program: Command, context: CommandContext): void {
  const command = program
    .command('brief')
    .description('one briefing of many articles: stories carried by several sources, each with a merged summary, key quotes, key figures and conflicts; then single-source items')
    .argument('[paths...]', 'article files (Markdown, text, HTML), directories or glob patterns (- for stdin)')
    .option('--stories <n>', `most stories to brief in full (default ${DEFAULT_BRIEF_STORIES})`)
    .option('--also <n>', `most single-source items to list (default ${DEFAULT_BRIEF_ALSO}; 0 for none)`)
    .option('-n, --sentences <n>', `sentences in each story's merged summary (default ${DEFAULT_BRIEF_SENTENCES})`)
    .option('--quotes <n>', `key quotes per story (default ${DEFAULT_BRIEF_QUOTES})`)
    .option('--figures <n>', `key figures per story, and as many conflicts (default ${DEFAULT_BRIEF_FIGURES})`)
    .option('--threshold <t>', `how alike a story's articles must be, 0-1 (default ${STORY_THRESHOLD}; ${SAME_STORY_THRESHOLD} below ${MIN_DOCS_FOR_IDF} articles, as for digest stories)`)
    .option('-o, --output <file>', 'write the briefing to this file (atomically) instead of stdout')
    .addHelpText('after', '\nWith --jobs N, files are read and profiled on N worker threads (default: 1, as for digest stories).')
    .addHelpText('after', EXAMPLES);
  addCommonOptions(command, BRIEF_FORMATS).action(async (paths: string[], flags: BriefFlags) => {
    const common = resolveCommon(flags);
    context.setExitCode(await runBrief(context, paths, common, resolveBriefOptions(flags), flags.output ?? null));
  });
}

export function resolveBriefOptions(flags: BriefFlags): BriefingOptions {
  const count = (value: string | undefined, fallback: number, name: string, allowZero: boolean) => (value === undefined ? fallback : positiveInt(value, name, allowZero));
  return {
    stories: count(flags.stories, DEFAULT_BRIEF_STORIES, '--stories', true),
    also: count(flags.also, DEFAULT_BRIEF_ALSO, '--also', true),
    sentences: count(flags.sentences, DEFAULT_BRIEF_SENTENCES, '--sentences', false),
    quotes: count(flags.quotes, DEFAULT_BRIEF_QUOTES, '--quotes', true),
    figures: count(flags.figures, DEFAULT_BRIEF_FIGURES, '--figures', true),
    threshold: flags.threshold === undefined ? undefined : fraction(flags.threshold, '--threshold'),
  };
}

async function runBrief(context: CommandContext, paths: readonly string[], common: CommonOptions, options: BriefingOptions, output: string | null): Promise<number> {
  const io = withStdinKept(context.io);
  const resolved = await loadInputs(io, paths, common);
  const problems: Problem[] = [...resolved.problems];
  for (const p of resolved.problems) reportProblem(io, p, common.quiet);
  const profiled = await profileAll(io, resolved.inputs, common, problems);
  const briefing = await briefFromProfiles(io, profiled, common, options, problems);
  const text = render(briefing, problems, common, io, context.version);
  if (output === null) await io.stdout(text);
  else {
    await writeOutputFile(io.cwd, output, text);
    if (!common.quiet) io.stderr(`digest: wrote ${output}\n`);
  }
  return problems.some((p) => p.severity === 'error') ? EXIT_ERROR : EXIT_OK;
}

/** Stdin can be read once; the second pass may need that article again. */
function withStdinKept(io: Io): Io {
  let kept: Promise<string> | null = null;
  return { ...io, readStdin: () => (kept ??= io.readStdin()) };
}

interface Profiled {
  collection: StoryCollection;
  metas: BriefArticle[];
  /** The input each collected article came from, to read it again. */
  inputs: Input[];
}

async function profileAll(io: Io, inputs: readonly Input[], common: CommonOptions, problems: Problem[]): Promise<Profiled> {
  const out: Profiled = { collection: new StoryCollection(), metas: [], inputs: [] };
  const profiler = await startProfiler(io, common, inputs.length);
  let offset = 0;
  try {
    for await (const batch of inOrder(chunks(inputs, profiler.batchSize), profiler.profile, Math.max(1, common.jobs) * BATCHES_IN_FLIGHT_PER_JOB)) {
      batch.forEach((result, i) => {
        for (const p of result.problems) reportProblem(io, p, common.quiet);
        problems.push(...result.problems);
        if (result.item === null) return;
        out.collection.add(result.item.profile, result.item.meta);
        out.metas.push(briefArticle(result.item.meta));
        out.inputs.push(inputs[offset + i]!);
      });
      offset += batch.length;
    }
  } finally {
    await profiler.close();
  }
  return out;
}

async function briefFromProfiles(io: Io, profiled: Profiled, common: CommonOptions, options: BriefingOptions, problems: Problem[]): Promise<Briefing> {
  const plan = planBriefing(profiled.collection.stories(options.threshold), profiled.metas, options);
  const stories = [];
  for (const story of plan.stories) {
    const read: Article[] = [];
    for (const m of membersToRead(story, profiled.metas, MAX_ARTICLES_READ_PER_STORY)) {
      const loaded = await loadArticle(profiled.inputs[m]!, io.readStdin, common.maxBytes);
      if (!isProblem(loaded)) read.push(loaded);
      else {
        // Readable a moment ago: the file changed or went away in between.
        reportProblem(io, loaded, common.quiet);
        problems.push(loaded);
      }
    }
    stories.push(briefStory(story, story.members.map((m) => profiled.metas[m]!), read, options));
  }
  return assembleBriefing(plan, stories, profiled.metas);
}

function render(briefing: Briefing, problems: readonly Problem[], common: CommonOptions, io: Io, version: string): string {
  const format = common.format as BriefFormat;
  const ctx = renderContext(io, common);
  if (format === 'text') return briefingText(briefing, problems, ctx);
  if (format === 'markdown') return briefingMarkdown(briefing, problems);
  if (format === 'html') return briefingHtml(briefing, problems);
  const info = { command: 'brief', itemsKey: 'storyBriefs', itemType: 'storyBrief', toolVersion: version };
  const views = { json: storyBriefJson, text: () => '', markdown: () => '', noun: 'story' };
  const renderer = streamRenderer(format as Format, info, views, ctx);
  const body = briefing.stories.map((story, i) => renderItem(renderer, story, i)).join('');
  const totals = { items: briefing.stories.length, problems, extra: { articles: briefing.articles, also: briefing.also.length }, sections: { briefing: briefingJson(briefing) } };
  return renderer.start() + body + renderer.end(totals);
}
