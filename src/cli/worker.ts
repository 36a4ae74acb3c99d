// A worker thread's task for --jobs: read, parse, compute and render a batch of articles.
import type { Problem } from '../model.js';
import { loadArticleFile, type Input } from '../ingest/load.js';
import { isProblem } from '../ingest/parse-text.js';
import { streamRenderer, type Format, type RunInfo } from '../render/stream.js';
import type { RenderContext } from '../render/style.js';
import { loadPipeline } from './pipeline.js';

export interface WorkerTask {
  pipeline: string;
  options: unknown;
  format: Format;
  ctx: RenderContext;
  info: RunInfo;
  inputs: Array<Input & { kind: 'file' }>;
  maxBytes: number;
}

export interface WorkerResult {
  /** The rendered item (without its separator), or null when the file gave no article. */
  body: string | null;
  problems: Problem[];
}

/** Reads, computes and renders a batch of files; one result per file, in order. */
export async function processTask(task: WorkerTask): Promise<WorkerResult[]> {
  const pipeline = await loadPipeline(task.pipeline);
  const renderer = streamRenderer(task.format, task.info, pipeline.views(task.options), task.ctx);
  const results: WorkerResult[] = [];
  for (const input of task.inputs) {
    // Read synchronously: this thread has nothing else to do meanwhile, and a promise-based read
    // costs several times the CPU (thread-pool hops) for a small file.
    const loaded = await loadArticleFile(input, task.maxBytes);
    // The article text stays in the worker: only the rendered item and the problems cross back.
    results.push(isProblem(loaded)
      ? { body: null, problems: [loaded] }
      : { body: renderer.body(pipeline.compute(loaded, task.options)), problems: loaded.problems });
  }
  return results;
}

export default processTask;
