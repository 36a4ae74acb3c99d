// The file each --jobs worker thread starts from (src/cli/workers.ts): the bundle compiled from its
// code cache, as bin/digest.js starts, so that a worker does not load and compile the module build's
// ~60 files afresh; the module build when there is no bundle. Tinypool calls the default export.
import { compileBundle, runBundle } from './launch.cjs';
import type { WorkerResult, WorkerTask } from './worker.js' with { 'resolution-mode': 'import' };

type ProcessTask = (task: WorkerTask) => Promise<WorkerResult[]>;

function processTask(): ProcessTask {
  const compiled = compileBundle();
  if (compiled) return runBundle(compiled).processTask;
  return async (task) => (await import('./worker.js')).processTask(task);
}

export = processTask();
