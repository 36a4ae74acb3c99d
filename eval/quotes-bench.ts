// `npm run bench:quotes`: is quote extraction linear on hostile input? Builds articles of 1 and
// 5 MB from invented text (ordinary quoted paragraphs plus the bad cases: 10,000 marks on one line,
// marks inside words, unbalanced marks, a quote running to the end of the file), times
// extractQuotes on each, and compares with a plain linear scan of the same text in the same run.
// Writes eval/results/quotes-bench.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArticleText, isProblem } from '../src/ingest/parse.js';
import { extractQuotes } from '../src/extract/quotes.js';
import type { Article } from '../src/model.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const RESULTS = path.join(REPO, 'eval/results/quotes-bench.md');
const MB = 1024 * 1024;
/** Best of this many runs: enough to skip a JIT warm-up or a busy moment, few enough for a shared machine. */
const RUNS = 2;

/** Invented paragraphs of ordinary news with quotes, repeated to fill the article. */
const PARAGRAPHS = [
  '“We will open the new library in spring,” said Maria Lopez, head of culture at Eastshire Council.',
  'Mr Lopez’s colleague, Dev Patel, said the budget was “tight but workable” and added: “Nobody will lose their job.”',
  '“The roof leaked for years,” he said. “Now it is fixed.”',
  'Residents called the old building an ‘eyesore’ and the council’s ‘Better Streets’ plan was praised.',
  'According to the trust, “visitor numbers rose by 40% in the ’90s” and they don’t expect a fall.',
  'Marks in words: he"llo wo”rld it’s O’Neill rock ’n’ roll 5" pipe and the players’ union.',
  'Unbalanced: “this quote never closes and the paragraph just ends here',
  'A stray closer” and another’ one, then a lone opener “ with nothing after it.',
];
/** The worst single line: 10,000 quote marks, placed once in the middle of the article. */
const NOISE_LINE = `Noise line: ${'“a” "b" ‘c’ \'d\' '.repeat(1250)}`;
/** A quote that opens and never closes, running to the end of the file. */
const TAIL = '\n\n“And this final quote runs to the end of the file without ever closing';

function makeArticle(bytes: number): string {
  const parts: string[] = ['Benchmark article', ''];
  let size = 0;
  let noisy = false;
  for (let i = 0; size < bytes; i++) {
    const noiseNow: boolean = !noisy && size >= bytes / 2;
    noisy ||= noiseNow;
    const p = noiseNow ? NOISE_LINE : PARAGRAPHS[i % PARAGRAPHS.length]!;
    parts.push(p, '');
    size += p.length + 2;
  }
  return parts.join('\n') + TAIL;
}

/** The floor: one pass counting quote marks and words, the least any extractor must do. */
function linearScan(text: string): number {
  let marks = 0;
  for (let i = 0; i < text.length; i++) if ('"\'“”‘’'.includes(text[i]!)) marks++;
  return marks + (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
}

function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

interface Row { size: string; quotes: number; extractMs: number; cappedMs: number; scanMs: number }

function measure(bytes: number): Row {
  const text = makeArticle(bytes);
  const parsed = parseArticleText('bench.txt', text);
  if (isProblem(parsed)) throw new Error(parsed.message);
  const article: Article = parsed;
  let quotes = 0;
  const extractMs = best(RUNS, () => { quotes = extractQuotes(article, { maxQuotes: Infinity }).length; });
  const cappedMs = best(RUNS, () => { extractQuotes(article); });
  const scanMs = best(RUNS, () => { linearScan(text); });
  return { size: `${(text.length / MB).toFixed(1)} MB`, quotes, extractMs, cappedMs, scanMs };
}

function main(): void {
  const rows = [measure(1 * MB), measure(5 * MB)];
  const [small, large] = rows as [Row, Row];
  const growth = large.extractMs / small.extractMs;
  const lines = [
    '# Quote extraction: linear-time benchmark', '',
    'Made by `npm run bench:quotes` (eval/quotes-bench.ts): invented articles of ordinary quoted paragraphs mixed with bad ones (marks inside words, unbalanced and stray marks), one line of 10,000 quote marks in the middle and a quote running to the end of the file. Best of 2 runs each; parsing not included. The main columns lift the per-article cap (`maxQuotes: Infinity`) so the whole pipeline is timed; the last column is what `digest` does by default.', '',
    '| article | quotes found | extractQuotes (no cap) | plain linear scan | ratio | with the default cap of 10,000 quotes |', '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.size} | ${r.quotes} | ${r.extractMs.toFixed(0)} ms | ${r.scanMs.toFixed(0)} ms | ${(r.extractMs / r.scanMs).toFixed(1)}× | ${r.cappedMs.toFixed(0)} ms |`),
    '',
    `Growth from 1 MB to 5 MB: ${growth.toFixed(1)}× the time for 5× the text (linear would be 5×, quadratic 25×).`, '',
  ];
  const text = `${lines.join('\n')}\n`;
  process.stdout.write(text);
  if (!process.argv.includes('--no-write')) {
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, text);
  }
}

main();
