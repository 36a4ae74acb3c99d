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

export async function startWorkers(jobs: number): Promise<WorkerPool> {
  const pool = new Tinypool({ filename: workerFile(), minThreads: jobs, maxThreads: jobs, isolateWorkers: false });
  return {
    run: (task) => pool.run(task) as Promise<WorkerResult[]>,
    close: () => pool.destroy(),
  };
}
