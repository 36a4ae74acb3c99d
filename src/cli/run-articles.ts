import type { Article, Problem } from '../model.js';
import { inputBytes, loadArticle, loadInput, resolveInputs, type Input } from '../ingest/load.js';
import { isProblem } from '../ingest/parse-text.js';
import { streamRenderer, type ItemViews, type RunInfo, type StreamRenderer } from '../render/stream.js';
import { safeText, type RenderContext } from '../render/style.js';
import { decideColor, decideColumns, type Io } from './io.js';
import type { CommonOptions } from './options.js';
import { EXIT_ERROR, EXIT_OK, UsageError } from './errors.js';
import { loadPipeline } from './pipeline.js';
import type { WorkerResult, WorkerTask } from './worker.js';
import { startProgress } from './progress.js';
import { chunks, inOrder } from './in-order.js';
import { isShortRun, MIN_FILES_FOR_WORKERS, SHORT_RUN_BYTES } from './run-size.js';

/** Batches in flight per job: enough to keep every core busy, few enough that memory stays flat. */
const BATCHES_IN_FLIGHT_PER_JOB = 4;
/**
 * Files per worker task. Each task costs a message round trip and tinypool's bookkeeping (it reads
 * the worker's memory use after every task), which per file made --jobs 2 slower than --jobs 1;
 * bigger batches amortise that but delay the first output and coarsen the load balance.
 */
export const FILES_PER_WORKER_TASK = 16;

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
  const resolved = await resolveInputs(paths, io.cwd, common.stdinFilename);
  const { inputs } = resolved;
  if (io.shortRun && isShortRun(inputs.length, () => inputBytes(inputs, SHORT_RUN_BYTES))) io.shortRun();
  return resolved;
}

export function renderContext(io: Io, common: CommonOptions): RenderContext {
  return { color: common.format === 'text' && decideColor(common.color, io), columns: decideColumns(io) };
}

/**
 * Reads every input into memory, for commands that need all articles at once (compare, --merge).
 * Each file's problems are reported and appended to `problems`; unreadable files are left out.
 */
export async function loadAllArticles(io: Io, inputs: readonly Input[], common: CommonOptions, problems: Problem[]): Promise<Article[]> {
  const articles: Article[] = [];
  for (const input of inputs) {
    const loaded = await loadArticle(input, io.readStdin, common.maxBytes);
    const fileProblems = isProblem(loaded) ? [loaded] : loaded.problems;
    for (const p of fileProblems) reportProblem(io, p, common.quiet);
    problems.push(...fileProblems);
    if (!isProblem(loaded)) articles.push(loaded);
  }
  return articles;
}

type Processor = (input: Input) => Promise<WorkerResult>;
/** Processes consecutive inputs together and gives one result per input, in order. */
type BatchProcessor = (inputs: readonly Input[]) => Promise<WorkerResult[]>;
interface Processing { process: BatchProcessor; batchSize: number; close(): Promise<void> }

/**
 * Runs a per-article command: inputs are read, computed and rendered, and written in path order as
 * they complete, so output streams and memory stays flat. Bad files are reported and skipped; any
 * error makes the exit code 2.
 */
async function runInputs<T>(io: Io, paths: readonly string[], common: CommonOptions, renderer: StreamRenderer<T>, makeProcessor: (count: number) => Promise<Processing>): Promise<number> {
  const resolved = await loadInputs(io, paths, common);
  const problems: Problem[] = [...resolved.problems];
  for (const p of resolved.problems) reportProblem(io, p, common.quiet);
  await io.stdout(renderer.start());
  const { process, batchSize, close } = await makeProcessor(resolved.inputs.length);
  const progress = startProgress(io, resolved.inputs.length, common.quiet, Date.now);
  let items = 0;
  let done = 0;
  try {
    for await (const batch of inOrder(chunks(resolved.inputs, batchSize), process, common.jobs * BATCHES_IN_FLIGHT_PER_JOB)) {
      for (const result of batch) {
        if (result.problems.length > 0 || io.isTTY.stdout) progress.clear();
        for (const p of result.problems) reportProblem(io, p, common.quiet);
        problems.push(...result.problems);
        if (result.body !== null) await io.stdout(renderer.separator(items++) + result.body);
        progress.tick(++done);
      }
    }
  } finally {
    progress.clear();
    await close();
  }
  await io.stdout(renderer.end({ items, problems }));
  return problems.some((p) => p.severity === 'error') ? EXIT_ERROR : EXIT_OK;
}

/** In this thread, one file at a time, so the first output comes as soon as the first file is done. */
function one(processor: Processor): Processing {
  return { process: async (inputs) => Promise.all(inputs.map(processor)), batchSize: 1, close: async () => undefined };
}

/** Stdin can only be read in the main thread. */
export function onlyFiles(inputs: readonly Input[]): inputs is Array<Input & { kind: 'file' }> {
  return inputs.every((input) => input.kind === 'file');
}

function inlineProcessor<T>(io: Io, common: CommonOptions, renderer: StreamRenderer<T>, compute: (article: Article) => T): Processor {
  return async (input) => {
    const loaded = await loadInput(input, io.readStdin, common.maxBytes);
    if (isProblem(loaded)) return { body: null, problems: [loaded] };
    return { body: renderer.body(compute(loaded)), problems: loaded.problems };
  };
}

/** Runs a per-article command in this thread (commands that are not registered pipelines). */
export async function runArticles<T>(
  io: Io, paths: readonly string[], common: CommonOptions, info: RunInfo, views: ItemViews<T>, compute: (article: Article) => T,
): Promise<number> {
  const renderer = streamRenderer(common.format, info, views, renderContext(io, common));
  const processor = inlineProcessor(io, common, renderer, compute);
  return runInputs(io, paths, common, renderer, async () => one(processor));
}

/** Runs a registered pipeline, spreading files over `--jobs` worker threads when there are enough of them. */
export async function runPipeline(io: Io, paths: readonly string[], common: CommonOptions, name: string, options: unknown, toolVersion: string): Promise<number> {
  const pipeline = await loadPipeline(name);
  const info = { ...pipeline.info, toolVersion };
  const ctx = renderContext(io, common);
  const renderer = streamRenderer(common.format, info, pipeline.views(options), ctx);
  const inline = inlineProcessor(io, common, renderer, (article) => pipeline.compute(article, options));
  return runInputs(io, paths, common, renderer, async (count) => {
    if (common.jobs <= 1 || count < MIN_FILES_FOR_WORKERS) return one(inline);
    const { startWorkers } = await import('./workers.js');
    const pool = await startWorkers(common.jobs);
    const process: BatchProcessor = (inputs) => onlyFiles(inputs)
      ? pool.run({ pipeline: name, options, format: common.format, ctx, info, inputs, maxBytes: common.maxBytes } satisfies WorkerTask)
      : Promise.all(inputs.map(inline));
    return { process, batchSize: FILES_PER_WORKER_TASK, close: () => pool.close() };
  });
}
