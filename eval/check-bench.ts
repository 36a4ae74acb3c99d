// Benchmark for `digest check`: generates 10,000 articles (our own synthetic text) into a temporary
// folder, checks them with --format ndjson through the real bin, and reads the same files with
// `cat` in the same run for a baseline. Prints a table and writes eval/results/check.md.
//   npm run bench:check            (ARTICLES=2000 npm run bench:check for a quicker run)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ARTICLES = Number(process.env.ARTICLES ?? 10_000);
/** Articles per folder: 100 folders exercise config discovery the way a site's year/month tree does. */
const PER_FOLDER = 100;
/** Runs of each command; the median is reported, so one slow run (another helper's job) does not count. */
const RUNS = 3;
/** One article in this many gets a planted mistake, so the output has findings to write. */
const BROKEN_EVERY = 10;

const WORDS = ('council plans library bridge flood defences school residents budget harbour ferry market transport ' +
  'hospital nurses station village road cycle lane report inspectors opening hours town hall meeting vote ' +
  'approved delayed finished opened closed rose fell said told announced confirmed expected').split(' ');

/** A small deterministic generator (mulberry32), so every run checks the same articles. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number): string {
  const words = Array.from({ length: 8 + Math.floor(next() * 14) }, () => WORDS[Math.floor(next() * WORDS.length)] ?? 'council');
  const text = words.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)} ${Math.floor(next() * 9000) + 100} times.`;
}

function article(index: number, next: () => number): string {
  const broken = index % BROKEN_EVERY === 0;
  const day = String(1 + (index % 28)).padStart(2, '0');
  // Words only: a number in the headline would (rightly) be a title/figure-mismatch in every file.
  const title = `${sentence(next).replace(/ \d+ times\.$/, '').slice(0, 70).trim()} (story ${String.fromCharCode(97 + (index % 26))}${index})`;
  const front = ['---', `title: "${title}"`, `date: ${broken ? `2024-02-${30 + (index % 2)}` : `2024-03-${day}`}`, 'tags: [news, local]', `slug: story-${index}`, '---', ''];
  const paragraphs = Array.from({ length: 4 + Math.floor(next() * 8) }, () => Array.from({ length: 1 + Math.floor(next() * 4) }, () => sentence(next)).join(' '));
  if (broken) paragraphs.push('“We were never asked, said one resident.');
  return `${front.join('\n')}\n${paragraphs.join('\n\n')}\n`;
}

function generate(dir: string): number {
  const next = random(20250601);
  let bytes = 0;
  for (let i = 0; i < ARTICLES; i++) {
    const folder = path.join(dir, `section-${String(Math.floor(i / PER_FOLDER)).padStart(3, '0')}`);
    if (i % PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    const text = article(i, next);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(folder, `story-${String(i).padStart(5, '0')}.md`), text);
  }
  return bytes;
}

interface Timed { seconds: number; cpuSeconds: number | null; maxRssMb: number | null; stdoutBytes: number; code: number | null }

/** Runs a command under /usr/bin/time when it is there (for max RSS); stdout is counted, not kept. */
function timed(command: string, args: string[]): Timed {
  const useTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
  const started = process.hrtime.bigint();
  const result = useTime
    ? spawnSync('/usr/bin/time', ['-f', 'MAXRSS %M CPU %U %S', command, ...args], { cwd: ROOT, maxBuffer: 1 << 30 })
    : spawnSync(command, args, { cwd: ROOT, maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const usage = /MAXRSS (\d+) CPU ([\d.]+) ([\d.]+)/.exec(result.stderr?.toString() ?? '');
  return {
    seconds,
    cpuSeconds: usage ? Number(usage[2]) + Number(usage[3]) : null,
    maxRssMb: usage ? Number(usage[1]) / 1024 : null,
    stdoutBytes: result.stdout?.length ?? 0,
    code: result.status,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function main(): void {
  // GENERATE_ONLY=<folder> writes the articles there and stops: for profiling by hand.
  if (process.env.GENERATE_ONLY) {
    console.log(`${generate(process.env.GENERATE_ONLY)} bytes written to ${process.env.GENERATE_ONLY}`);
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'digest-check-bench-'));
  try {
    const bytes = generate(dir);
    const digestArgs = [path.join(ROOT, 'bin/digest.js'), 'check', dir, '--format', 'ndjson', '--today', '2025-06-01'];
    const catArgs = [dir, '-type', 'f', '-name', '*.md', '-exec', 'cat', '{}', '+'];
    timed('find', catArgs); // warm the page cache so both read from memory
    // summarize reads and parses the same files: the difference is what the check rules cost.
    const summarizeArgs = [path.join(ROOT, 'bin/digest.js'), 'summarize', dir, '--format', 'ndjson', '--quiet'];
    const digestRuns: Timed[] = [];
    const catRuns: Timed[] = [];
    const summarizeRuns: Timed[] = [];
    for (let run = 0; run < RUNS; run++) {
      digestRuns.push(timed(process.execPath, digestArgs));
      catRuns.push(timed('find', catArgs));
      summarizeRuns.push(timed(process.execPath, summarizeArgs));
    }
    const digestSeconds = median(digestRuns.map((r) => r.seconds));
    const catSeconds = median(catRuns.map((r) => r.seconds));
    const rss = digestRuns.map((r) => r.maxRssMb).filter((v): v is number => v !== null);
    const cpu = (runs: Timed[]) => median(runs.map((r) => r.cpuSeconds ?? Number.NaN));
    const rows = [
      ['articles', `${ARTICLES} (${(bytes / 1e6).toFixed(1)} MB, ${Math.ceil(ARTICLES / PER_FOLDER)} folders)`],
      ['digest check --format ndjson, wall', `${digestSeconds.toFixed(2)} s · **${Math.round(ARTICLES / digestSeconds)} files/s** · ${(bytes / 1e6 / digestSeconds).toFixed(1)} MB/s`],
      ['digest check, CPU (user + sys)', `${cpu(digestRuns).toFixed(2)} s · ${Math.round(ARTICLES / cpu(digestRuns))} files per CPU second`],
      ['digest max RSS', rss.length ? `**${Math.max(...rss).toFixed(0)} MB**` : 'n/a (no /usr/bin/time)'],
      ['digest exit code, output', `${digestRuns[0]?.code} (a mistake planted in 1 file of ${BROKEN_EVERY}), ${((digestRuns[0]?.stdoutBytes ?? 0) / 1000).toFixed(0)} kB of NDJSON`],
      ['digest summarize, same files (same reading and parsing)', `${median(summarizeRuns.map((r) => r.seconds)).toFixed(2)} s wall · CPU ${cpu(summarizeRuns).toFixed(2)} s`],
      ['find -exec cat, same files, wall', `${catSeconds.toFixed(3)} s · ${Math.round(ARTICLES / catSeconds)} files/s (CPU ${cpu(catRuns).toFixed(2)} s)`],
      ['ratio digest / cat (wall)', `**${(digestSeconds / catSeconds).toFixed(1)}×**`],
    ];
    const table = ['| measure | result |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
    const note = `Median of ${RUNS} runs each, alternating, same files, page cache warm; ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end (other jobs share the machine: wall times vary with them, CPU times less).`;
    const markdown = `# digest check: speed\n\nMeasured by \`npm run bench:check\` (eval/check-bench.ts): ${ARTICLES} generated articles in ${Math.ceil(ARTICLES / PER_FOLDER)} folders, checked through the real bin with \`--format ndjson\`, against \`find … -exec cat {} +\` over the same files.\n\n${table}\n\n${note}\n`;
    console.log(table);
    console.log(note);
    mkdirSync(path.join(ROOT, 'eval/results'), { recursive: true });
    writeFileSync(path.join(ROOT, 'eval/results/check.md'), markdown);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
