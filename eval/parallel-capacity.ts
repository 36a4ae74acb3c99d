// How much faster can two threads go than one on this machine, for work like digest's? The ceiling
// for `--jobs 2` over `--jobs 1`, measured without digest's own overheads (reading files, rendering
// in order, the worker pool): each thread does the same work on data it holds itself, with nothing
// shared and nothing sent back but a count. Two workloads: splitting one small text into sentences
// again and again (little memory traffic), and digest's whole summarize pipeline over the BBC
// articles, read into memory before the clock starts (the work `--jobs` spreads).
//   npm run bench:cores   (writes eval/results/parallel-capacity.md)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { BBC_DIR, ROOT, median, table } from './lib/bench.js';
// For V8's flags only: digest sets them when launch.cts loads, and worker threads share them.
import '../src/cli/launch.cjs';
import { splitSentences } from '../src/text/sentences.js';
import { parseArticleText, isProblem } from '../src/ingest/parse.js';
import { digestArticle } from '../src/summarize/digest.js';
import { digestJson } from '../src/render/article-json.js';

/** Rounds of the sentence workload per thread: long enough (seconds) for start-up and timer noise to vanish. */
const SPLIT_ROUNDS = 6000;
/** Passes over the BBC articles per thread: the first is mostly the JIT's warm-up, as in a real run. */
const DIGEST_PASSES = 3;
const RUNS = 5;
const TEXT = Array.from({ length: 60 }, (_, n) =>
  `Mr. Hale said on ${n + 1} May that the council's £${n}.5m plan was "not enough". Dr. Rees disagreed. ` +
  `The U.K. figures, published at 9 a.m., showed ${n * 3} per cent more cases than in Jan. last year.`).join('\n\n');

type Workload = 'split' | 'digest';

/** The workload's data, read before the clock starts, and the work itself. */
function prepare(kind: Workload): () => number {
  if (kind === 'split') return () => {
    let sentences = 0;
    for (let round = 0; round < SPLIT_ROUNDS; round++) sentences += splitSentences(TEXT).length;
    return sentences;
  };
  const texts = readdirSync(BBC_DIR).sort().flatMap((dir) => readdirSync(path.join(BBC_DIR, dir)).sort()
    .map((file) => [file, readFileSync(path.join(BBC_DIR, dir, file), 'latin1')] as const));
  return () => {
    let bytes = 0;
    for (let pass = 0; pass < DIGEST_PASSES; pass++) {
      for (const [file, text] of texts) {
        const article = parseArticleText(file, text);
        if (!isProblem(article)) bytes += JSON.stringify(digestJson(digestArticle(article, { sentences: 3, ratio: null, words: null, quotes: 3, figures: 3 }))).length;
      }
    }
    return bytes;
  };
}

/** Seconds for `threads` threads to do the workload once each, timed from when all are ready. */
async function runThreads(threads: number, kind: Workload): Promise<number> {
  const workers = Array.from({ length: threads }, () => new Worker(new URL(import.meta.url), { workerData: kind }));
  const next = (worker: Worker) => new Promise<unknown>((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
  await Promise.all(workers.map(next));
  const started = performance.now();
  await Promise.all(workers.map((worker) => { const done = next(worker); worker.postMessage('go'); return done; }));
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(workers.map((worker) => worker.terminate()));
  return seconds;
}

async function measure(kind: Workload): Promise<string[][]> {
  const one: number[] = [];
  const two: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    one.push(await runThreads(1, kind));
    two.push(await runThreads(2, kind));
  }
  const work = kind === 'split' ? `${SPLIT_ROUNDS} sentence splits of one text` : `${DIGEST_PASSES} summarize passes over the 2,225 BBC articles`;
  const runs = (values: number[]) => values.map((v) => v.toFixed(2)).join(' ');
  return [
    [work, '1', median(one).toFixed(2), runs(one), '1.00'],
    [work, '2', median(two).toFixed(2), runs(two), ((2 * median(one)) / median(two)).toFixed(2)],
  ];
}

async function main(): Promise<void> {
  const rows = await measure('split');
  if (existsSync(BBC_DIR)) rows.push(...await measure('digest'));
  else process.stderr.write(`bench:cores: ${BBC_DIR} not found; the summarize workload is skipped\n`);
  const text = [
    '# Parallel capacity of this machine', '',
    `Measured by \`npm run bench:cores\` (eval/parallel-capacity.ts) on ${os.cpus().length} logical CPUs: one thread, then two at once, each doing the same work on its own data (read before the clock starts); median of ${RUNS} interleaved runs.`,
    'Two threads doing twice the work in the same time would be a speed-up of 2.00: this is the ceiling for `--jobs 2` over `--jobs 1` for that work, with none of `--jobs`\'s own costs (reading files, the worker pool, output in order).', '',
    table(['work per thread', 'threads', 'seconds (median)', 'seconds (each run)', 'speed-up over one thread'], rows), '',
  ].join('\n');
  process.stdout.write(text);
  mkdirSync(path.join(ROOT, 'eval/results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'eval/results/parallel-capacity.md'), text);
}

if (isMainThread) await main();
else {
  const work = prepare(workerData as Workload);
  parentPort!.postMessage('ready');
  parentPort!.once('message', () => parentPort!.postMessage(work()));
}
