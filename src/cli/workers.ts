import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { WorkerResult, WorkerTask } from './worker.js';

export interface WorkerPool {
  run(task: WorkerTask): Promise<WorkerResult[]>;
  close(): Promise<void>;
}

/**
 * The compiled worker entry (src/cli/worker-entry.cts: the bundle from its code cache, else the module
 * build): next to this file when running from dist/, or in dist/ when running the sources.
 */
function workerFile(): string {
  const here = new URL('./worker-entry.cjs', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here.href;
  return new URL('../../dist/src/cli/worker-entry.cjs', import.meta.url).href;
}

/**
 * Each worker's young generation (V8's nursery for new objects), in MB; V8's default lets it grow to
 * 48 MB per thread. A worker's garbage is per-article and short-lived, so a smaller nursery means more
 * collections, and the memory it saves is per worker. Measured with --jobs 2 (machine loaded by other
 * work, so times are noise; CPU profiles of each worker give its GC time):
 *   10,000 synthetic articles: max RSS 273 MB (default), 223 MB (16), 200 MB (8); GC per worker
 *   0.9-1.3 s (default), 1.3-1.7 s (16), 2.1-2.4 s (8) of ~24 s; user CPU 25.6-25.9 s for all three.
 *   100,000: max RSS 295 / 296 MB (default), 239 / 231 MB (8).
 * 16 keeps most of the memory saving at a third of the extra collection work of 8.
 */
const WORKER_YOUNG_GENERATION_MB = 16;

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
