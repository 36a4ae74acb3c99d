// A worker thread's task for --jobs: read, parse, compute and render one article.
import type { Problem } from '../model.js';
import { loadArticle, type Input } from '../ingest/load.js';
import { isProblem } from '../ingest/parse.js';
import { streamRenderer, type Format, type RunInfo } from '../render/stream.js';
import type { RenderContext } from '../render/style.js';
import { loadPipeline } from './pipeline.js';

export interface WorkerTask {
  pipeline: string;
  options: unknown;
  format: Format;
  ctx: RenderContext;
  info: RunInfo;
  input: Input & { kind: 'file' };
  maxBytes: number;
}

export interface WorkerResult {
  /** The rendered item (without its separator), or null when the file gave no article. */
  body: string | null;
  problems: Problem[];
}

const noStdin = async () => '';

export async function processTask(task: WorkerTask): Promise<WorkerResult> {
  const pipeline = await loadPipeline(task.pipeline);
  const loaded = await loadArticle(task.input, noStdin, task.maxBytes);
  if (isProblem(loaded)) return { body: null, problems: [loaded] };
  const renderer = streamRenderer(task.format, task.info, pipeline.views(task.options), task.ctx);
  const body = renderer.body(pipeline.compute(loaded, task.options));
  // The article text stays in the worker: only the rendered item and the problems cross back.
  return { body, problems: loaded.problems };
}

export default processTask;
