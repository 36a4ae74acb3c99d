// npm run bench:stories — throughput and memory of `digest stories` on a synthetic corpus: BBC
// sentences resampled into fake events, written to a temporary folder outside the repository
// (deleted afterwards). Writes eval/results/stories-bench.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { splitSentences } from '../src/text/sentences.js';
import { corpusDir, repoRoot } from './lib/compare-corpora.js';
import { bcubed, fmt } from './lib/stats.js';
import { prng as random } from './lib/synthetic.js';

const SIZES = (process.env.BENCH_SIZES ?? '2000,50000').split(',').map(Number);
/** Worker threads for each size (--jobs); 1 is the default of `stories`. */
const JOBS = (process.env.BENCH_JOBS ?? '1,2').split(',').map(Number);
/** A fake event is this many sentences drawn from all BBC sentences; its articles are samples of them. */
const SENTENCES_PER_EVENT = 18;
const SENTENCES_PER_ARTICLE = 10;
/** Sentences from anywhere added to each article: noise that other events share. */
const NOISE_SENTENCES = 2;
/** Articles per event: 1 to this many. */
const MAX_ARTICLES_PER_EVENT = 5;


/** Every sentence of the BBC articles longer than a caption. */
function readSentences(dir: string): string[] {
  const sentences: string[] = [];
  for (const category of readdirSync(dir).sort()) {
    for (const name of readdirSync(path.join(dir, category)).sort()) {
      const body = readFileSync(path.join(dir, category, name), 'latin1').split('\n').slice(1).join(' ');
      for (const s of splitSentences(body)) if (s.end - s.start > 40) sentences.push(body.slice(s.start, s.end));
    }
  }
  return sentences;
}

/**
 * Writes `count` articles into `dir`; returns each file's event number, by file name. An event's
 * sentences come from all over the corpus, so two events share hardly any; its articles share many.
 */
function writeCorpus(sentences: readonly string[], count: number, dir: string): Map<string, number> {
  const next = random(count);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const events = new Map<string, number>();
  let event = 0;
  while (events.size < count) {
    const pool = Array.from({ length: SENTENCES_PER_EVENT }, () => pick(sentences));
    const headline = pool[0]!.split(' ').slice(0, 8).join(' ');
    const articles = 1 + Math.floor(next() * MAX_ARTICLES_PER_EVENT);
    for (let a = 0; a < articles && events.size < count; a++) {
      const body = [...Array.from({ length: SENTENCES_PER_ARTICLE }, () => pick(pool)), ...Array.from({ length: NOISE_SENTENCES }, () => pick(sentences))];
      const name = `e${String(event).padStart(6, '0')}-${a}.txt`;
      const folder = path.join(dir, name.slice(0, 4));
      if (!existsSync(folder)) mkdirSync(folder);
      writeFileSync(path.join(folder, name), `${headline}\n\n${body.join(' ')}\n`);
      events.set(name, event);
    }
    event++;
  }
  return events;
}

interface Measured { code: number; maxRssKb: number; userMs: number; systemMs: number }

function runStories(dir: string, jobs: number, measureFile: string): { seconds: number; measured: Measured; stdout: string } {
  const started = performance.now();
  const child = spawnSync(process.execPath, [path.join(repoRoot(), 'dist/eval/lib/measured-digest.js'), 'stories', dir, '--format', 'ndjson', '--quiet', '--jobs', String(jobs)], {
    env: { ...process.env, DIGEST_MEASURE_FILE: measureFile }, maxBuffer: 1 << 30, encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`digest stories failed (${child.status}): ${child.stderr}`);
  return { seconds, measured: JSON.parse(readFileSync(measureFile, 'utf8')) as Measured, stdout: child.stdout };
}

function quality(stdout: string, events: Map<string, number>): { stories: number; f1: number } {
  const predicted: number[] = [];
  const gold: number[] = [];
  let story = 0;
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{"type":"story"')) continue;
    for (const a of (JSON.parse(line) as { articles: Array<{ file: string }> }).articles) {
      predicted.push(story);
      gold.push(events.get(path.basename(a.file)) ?? -1);
    }
    story++;
  }
  return { stories: story, f1: bcubed(predicted, gold).f1 };
}

const bbc = corpusDir('bbc-news-summary');
if (!bbc) {
  console.log('bbc-news-summary not found in ../shared/corpora: benchmark skipped');
  process.exit(0);
}
const sentences = readSentences(path.join(bbc, 'articles'));
const rows: string[][] = [];
for (const size of SIZES) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'digest-stories-bench-'));
  try {
    if (process.env.BENCH_WRITE_ONLY) {
      writeCorpus(sentences, size, dir);
      console.log(`corpus of ${size} written to ${dir} (not deleted)`);
      continue;
    }
    const events = writeCorpus(sentences, size, dir);
    for (const jobs of JOBS) {
      const load = os.loadavg()[0]!;
      const result = runStories(dir, jobs, path.join(dir, 'measure.json'));
      const q = quality(result.stdout, events);
      const cpu = (result.measured.userMs + result.measured.systemMs) / 1000;
      rows.push([size.toLocaleString('en-GB'), String(jobs), String(new Set(events.values()).size), String(q.stories), fmt(q.f1), `${result.seconds.toFixed(1)} s`, `${cpu.toFixed(1)} s`, String(Math.round(size / result.seconds)), `${Math.round(result.measured.maxRssKb / 1024)} MB`, load.toFixed(1)]);
      console.log(rows.at(-1)!.join('  '));
    }
  } finally {
    if (!process.env.BENCH_WRITE_ONLY) rmSync(dir, { recursive: true, force: true });
  }
}
if (process.env.BENCH_WRITE_ONLY) process.exit(0);
const table = [
  '| articles | --jobs | fake events | stories found | B-cubed F1 | wall time | CPU time (user+sys, all threads) | articles/s | max RSS | load average before |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const text = `# stories: throughput\n\nMade by \`npm run bench:stories\` (eval/stories-bench.ts) on ${os.cpus().length} cores: \`digest stories DIR --format ndjson\` over a synthetic corpus of BBC News sentences resampled into fake events (${SENTENCES_PER_EVENT} sentences drawn from the whole corpus per event; each article ${SENTENCES_PER_ARTICLE} of them plus ${NOISE_SENTENCES} from anywhere; 1-${MAX_ARTICLES_PER_EVENT} articles per event), written to a temporary folder and deleted afterwards. Time and memory include starting Node, reading and parsing every file.\n\n${table}\n`;
writeFileSync(path.join(repoRoot(), 'eval', 'results', 'stories-bench.md'), text);
console.log(`\n${text}`);
