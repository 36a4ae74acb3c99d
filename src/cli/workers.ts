import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { WorkerResult, WorkerTask } from './worker.js';

export interface WorkerPool {
  run(task: WorkerTask): Promise<WorkerResult[]>;
  close(): Promise<void>;
}

/** The compiled worker: next to this file when running from dist/, or in dist/ when running the sources. */
function workerFile(): string {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here.href;
  return new URL('../../dist/src/cli/worker.js', import.meta.url).href;
}

/**
 * Each worker's young generation (V8's nursery for new objects), in MB; V8's default lets it grow to
 * 48 MB per thread. A worker's garbage is per-article and short-lived, so a small nursery only means
 * more, cheaper collections; the memory it saves is per worker. Measured on 100,000 synthetic articles
 * with --jobs 2: max RSS 295 / 296 MB with V8's default, 239 / 231 MB with 8 MB, time within this
 * machine's noise (eval/results/bench-scale.md has the benchmark).
 */
const WORKER_YOUNG_GENERATION_MB = 8;

export async function startWorkers(jobs: number): Promise<WorkerPool> {
  const pool = new Tinypool({
    filename: workerFile(), minThreads: jobs, maxThreads: jobs, isolateWorkers: false,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  return {
    run: (task) => pool.run(task) as Promise<WorkerResult[]>,
    close: () => pool.destroy(),
  };
}
