// The benchmark: each command over the BBC corpus (2,225 files) and synthetic corpora of 1k, 10k
// and 100k articles, with --format ndjson, against a floor (read + regex sentence split) in the same run.
//   npm run bench                 (BBC + 1k + 10k + 100k; the 100k corpus takes a few minutes)
//   npm run bench -- --quick      (BBC + 1k + 10k)
//   npm run bench -- --only summarize --sizes 1000,10000,100000 --jobs 1 --no-bbc --out bench-scale
//                                 (a subset: these commands, corpus sizes and job counts, into eval/results/<out>.md)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BBC_DIR, ROOT, table } from './lib/bench.js';
import { bbcSentences, writeSyntheticCorpus } from './lib/synthetic.js';

const BIN = path.join(ROOT, 'bin/digest.js');
const FLOOR = path.join(ROOT, 'dist/eval/floor.js');
const COMMANDS: string[][] = [['summarize'], ['quotes'], ['figures'], ['check'], ['stories']];
const quick = process.argv.includes('--quick');

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const only = flag('--only')?.split(',');
const sizesFlag = flag('--sizes')?.split(',').map(Number);
const jobsFlag = flag('--jobs')?.split(',');
const withBbc = !process.argv.includes('--no-bbc');
const outName = flag('--out') ?? 'bench';

interface Timing { seconds: number; maxRssMb: number; ok: boolean }

function measure(args: string[]): Timing {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const last = String(result.stderr).trim().split('\n').at(-1) ?? '';
  const [seconds, rss] = last.split(' ').map(Number);
  return { seconds: seconds ?? NaN, maxRssMb: (rss ?? 0) / 1024, ok: result.status === 0 || result.status === 1 };
}

function available(command: string): boolean {
  return spawnSync(process.execPath, [BIN, command, '--help'], { stdio: 'ignore' }).status === 0;
}

function corpusBytes(dir: string): number {
  const out = spawnSync('du', ['-sb', dir]);
  return Number(String(out.stdout).split('\t')[0]);
}

function benchCorpus(name: string, dir: string, files: number, jobs: string[]): string[][] {
  const mb = corpusBytes(dir) / 1e6;
  const floor = measure([FLOOR, dir]);
  const rows = [[name, 'floor (read + regex split)', '-', String(files), `${floor.seconds.toFixed(2)}`, `${(files / floor.seconds).toFixed(0)}`, `${(mb / floor.seconds).toFixed(1)}`, '1.00', `${floor.maxRssMb.toFixed(0)}`]];
  for (const command of COMMANDS.filter(([c]) => c && (!only || only.includes(c)) && available(c))) {
    // check reads ahead in one thread and has no --jobs.
    for (const job of command[0] === 'check' ? ['1'] : jobsFlag ?? jobs) {
      const jobArgs = command[0] === 'check' ? [] : ['--jobs', job];
      const t = measure([BIN, ...command, dir, '--format', 'ndjson', '--quiet', ...jobArgs]);
      const status = t.ok ? '' : ' (failed)';
      rows.push([name, `${command.join(' ')}${status}`, job, String(files), t.seconds.toFixed(2), (files / t.seconds).toFixed(0), (mb / t.seconds).toFixed(1), (floor.seconds / t.seconds).toFixed(2), t.maxRssMb.toFixed(0)]);
    }
  }
  return rows;
}

const rows: string[][] = [];
if (!existsSync(BBC_DIR)) process.stderr.write(`skipped: ${BBC_DIR} not found (the synthetic corpora are built from its sentences)\n`);
else if (withBbc) rows.push(...benchCorpus('BBC 2,225', BBC_DIR, 2225, ['1', '2']));
const sizes = sizesFlag ?? (quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]);
if (existsSync(BBC_DIR)) {
  const sentences = bbcSentences(BBC_DIR);
  for (const size of sizes) {
    const dir = mkdtempSync(path.join(tmpdir(), `digest-bench-${size}-`));
    try {
      writeSyntheticCorpus(dir, size, sentences);
      rows.push(...benchCorpus(`synthetic ${size.toLocaleString('en-GB')}`, dir, size, size >= 10_000 ? ['1', '2'] : ['1']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
const invocation = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
const text = `# Benchmark\n\nMeasured by \`${invocation}\` on this machine (2 cores). Each command runs with \`--format ndjson --quiet\`; the floor is a plain Node script that reads the same files and splits them into sentences with a regex. "vs floor" is floor time / command time (1.00 = as fast as the floor). Max RSS is from /usr/bin/time.\n\n${table(['corpus', 'command', 'jobs', 'articles', 'seconds', 'articles/s', 'MB/s', 'vs floor', 'max RSS MB'], rows)}\n`;
process.stdout.write(text);
mkdirSync(path.join(ROOT, 'eval/results'), { recursive: true });
writeFileSync(path.join(ROOT, `eval/results/${outName}.md`), text);
