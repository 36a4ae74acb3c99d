// Catastrophic-backtracking check: every stage that runs regular expressions over article text
// (parse + sentence split, then quotes, figures and summary) on 1 MB adversarial inputs, timed
// against a plain linear scan of the same text in the same run. Linear code doubles its time when
// the input doubles (growth ≈ 2); quadratic code quadruples it.
//   npm run bench:adversarial
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isProblem, parseArticleText } from '../src/ingest/parse.js';
import { digestArticle } from '../src/summarize/digest.js';
import { ROOT, median, table } from './lib/bench.js';

const SIZE = 1 << 20;
const OPTIONS = { sentences: 3, ratio: null, words: null, quotes: 3, figures: 3 };

const PATTERNS: Array<[string, string]> = [
  ['letters', 'a'],
  ['spaces then x', ' '],
  ['digit list 1,2,3', '1,'],
  ['digits', '7'],
  ['curly double quotes', '“'],
  ['straight double quotes', '"'],
  ['single quotes', "'"],
  ['open/close singles', '‘a’ '],
  ['titles Mr.', 'Mr. '],
  ['money', '£9.2m '],
  ['full stops', '.'],
  ['blank lines', '\n\n'],
  ['front matter fences', '---\n'],
  ['said clauses', ' he said, “'],
  ['percent', '4.1 per cent '],
  ['unicode minus and digits', '\u2212٣ '],
];

function adversarial(unit: string, size: number): string {
  return `Headline\n\n${unit.repeat(Math.ceil(size / unit.length)).slice(0, size)}x\n`;
}

function linearScan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) n += text.charCodeAt(i) & 1;
  return n;
}

function time(fn: () => unknown, runs = 3): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

function pipeline(text: string): void {
  const article = parseArticleText('adversarial.txt', text);
  if (!isProblem(article)) digestArticle(article, OPTIONS);
}

const rows = PATTERNS.map(([name, unit]) => {
  const half = adversarial(unit, SIZE / 2);
  const full = adversarial(unit, SIZE);
  const tHalf = time(() => pipeline(half), 1);
  const tFull = time(() => pipeline(full), 1);
  const scan = Math.max(time(() => linearScan(full)), 0.01);
  return [name, `${tFull.toFixed(0)} ms`, `${(tFull / scan).toFixed(0)}×`, (tFull / Math.max(tHalf, 0.01)).toFixed(2)];
});

const text = `# Adversarial inputs (1 MB each)\n\nMeasured by \`npm run bench:adversarial\`: the whole per-article pipeline (parse, sentences, quotes, figures, summary) on 1 MB of one repeated unit, against a linear character scan of the same text. Growth is time(1 MB) / time(0.5 MB): about 2 for linear code, 4 for quadratic.\n\n${table(['input', 'pipeline', 'vs linear scan', 'growth'], rows)}\n`;
process.stdout.write(text);
mkdirSync(path.join(ROOT, 'eval/results'), { recursive: true });
writeFileSync(path.join(ROOT, 'eval/results/adversarial.md'), text);
