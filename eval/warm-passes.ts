// The cost of digest's own work, without process start-up or JIT warm-up: one process reads, computes
// and renders every BBC article as `digest summarize --format ndjson --jobs 1` does (the worker's
// processTask), several passes in a row, and times the floor's read + regex split beside each pass.
// The last pass shows what the per-article work costs once compiled code is in place, which bounds how
// close to the floor a one-shot run can come without doing less.
//   node dist/eval/warm-passes.js <folder> [passes]   → one JSON line on stdout
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { processTask, type WorkerTask } from '../src/cli/worker.js';
import { DEFAULT_MAX_BYTES } from '../src/ingest/load.js';
import { DEFAULT_KEY_FIGURES, DEFAULT_KEY_QUOTES, DEFAULT_SUMMARY_SENTENCES } from '../src/cli/commands/summarize.js';

export interface PassTiming { wall: number; cpu: number }
export interface WarmPasses { files: number; floor: PassTiming[]; digest: PassTiming[] }

const SENTENCE_BREAK = /(?<=[.!?])\s+/;

function timePass(work: () => Promise<number> | number): Promise<PassTiming> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  return Promise.resolve(work()).then(() => {
    const used = process.cpuUsage(cpu);
    return { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
  });
}

function floorPass(files: readonly string[]): number {
  let sentences = 0;
  for (const file of files) sentences += readFileSync(file, 'utf8').split(SENTENCE_BREAK).length;
  return sentences;
}

function summarizeTask(folder: string, files: readonly string[]): WorkerTask {
  return {
    pipeline: 'summarize',
    options: { sentences: DEFAULT_SUMMARY_SENTENCES, ratio: null, words: null, quotes: DEFAULT_KEY_QUOTES, figures: DEFAULT_KEY_FIGURES, explain: false },
    format: 'ndjson',
    ctx: { color: false, columns: 80 },
    info: { command: 'summarize', itemsKey: 'articles', itemType: 'article', toolVersion: 'bench' },
    inputs: files.map((file) => ({ kind: 'file' as const, path: file, display: path.relative(folder, file) })),
    maxBytes: DEFAULT_MAX_BYTES,
  };
}

async function digestPass(task: WorkerTask): Promise<number> {
  let bytes = 0;
  for (const result of await processTask(task)) bytes += result.body?.length ?? 0;
  return bytes;
}

export async function warmPasses(folder: string, passes: number): Promise<WarmPasses> {
  const files = fg.sync('**/*.{txt,md,markdown}', { cwd: folder, absolute: true }).sort();
  const task = summarizeTask(folder, files);
  const result: WarmPasses = { files: files.length, floor: [], digest: [] };
  for (let pass = 0; pass < passes; pass++) {
    result.floor.push(await timePass(() => floorPass(files)));
    result.digest.push(await timePass(() => digestPass(task)));
  }
  return result;
}

if (process.argv[1]?.endsWith('warm-passes.js')) {
  const folder = process.argv[2];
  if (!folder) throw new Error('usage: warm-passes.js <folder> [passes]');
  process.stdout.write(`${JSON.stringify(await warmPasses(folder, Number(process.argv[3] ?? 3)))}\n`);
}
