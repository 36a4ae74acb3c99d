// How much faster can two threads go than one on this machine, for work like digest's? The ceiling
// for `--jobs 2` over `--jobs 1`, measured without digest's own overheads (reading, rendering,
// merging results in order): each thread splits the same in-memory text into sentences again and
// again, with nothing shared and nothing sent back but a count.
//   npm run bench:cores   (writes eval/results/parallel-capacity.md)
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ROOT, median, table } from './lib/bench.js';
import { splitSentences } from '../src/text/sentences.js';

/** Rounds of work per thread: long enough (seconds) for start-up and timer noise to vanish. */
const ROUNDS = 6000;
const RUNS = 5;
const TEXT = Array.from({ length: 60 }, (_, n) =>
  `Mr. Hale said on ${n + 1} May that the council's £${n}.5m plan was "not enough". Dr. Rees disagreed. ` +
  `The U.K. figures, published at 9 a.m., showed ${n * 3} per cent more cases than in Jan. last year.`).join('\n\n');

function work(rounds: number): number {
  let sentences = 0;
  for (let round = 0; round < rounds; round++) sentences += splitSentences(TEXT).length;
  return sentences;
}

function runThreads(threads: number): Promise<number> {
  const started = performance.now();
  const file = new URL(import.meta.url);
  return Promise.all(Array.from({ length: threads }, () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(file, { workerData: ROUNDS });
    worker.once('message', () => resolve());
    worker.once('error', reject);
  }))).then(() => (performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  const one: number[] = [];
  const two: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    one.push(await runThreads(1));
    two.push(await runThreads(2));
  }
  const t1 = median(one);
  const t2 = median(two);
  const speedup = (2 * t1) / t2;
  const text = [
    '# Parallel capacity of this machine', '',
    `Measured by \`npm run bench:cores\` (eval/parallel-capacity.ts) on ${os.cpus().length} logical CPUs: one thread, then two at once, each splitting the same text into sentences ${ROUNDS} times; median of ${RUNS} interleaved runs.`,
    'Two threads doing twice the work in the same time would be a speed-up of 2.00: this is the ceiling for `--jobs 2` over `--jobs 1`.', '',
    table(['threads', 'work', 'seconds', 'speed-up over one thread'], [
      ['1', `${ROUNDS} rounds`, t1.toFixed(2), '1.00'],
      ['2', `2 × ${ROUNDS} rounds`, t2.toFixed(2), speedup.toFixed(2)],
    ]), '',
  ].join('\n');
  process.stdout.write(text);
  mkdirSync(path.join(ROOT, 'eval/results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'eval/results/parallel-capacity.md'), text);
}

if (isMainThread) await main();
else parentPort?.postMessage(work(workerData as number));
