// Startup and ingest speed, timed side by side in one run so machine noise hits both alike.
//   npm run bench:startup
// Startup: `digest --version` and a one-file `summarize` against `node -e 0` (median of interleaved runs).
// Ingest: `summarize --format ndjson` over the BBC corpus against a plain Node read of the same files.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { ROOT, BBC_DIR, median, table } from './lib/bench.js';

const RUNS = 15;
const BIN = path.join(ROOT, 'bin/digest.js');
const SAMPLE = path.join(ROOT, 'tests/fixtures/basic/harbour-bridge.md');
const OTHER_SAMPLE = path.join(ROOT, 'articles/northmead-by-election.txt');

function timeCommand(args: string[]): { seconds: number; maxRssKb: number } {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${args.slice(0, 3).join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 500)}`);
  return { seconds, maxRssKb: 0 };
}

function startup(): string[][] {
  const commands: Array<[string, string[]]> = [
    ['node -e 0', ['-e', '0']],
    ['digest --version', [BIN, '--version']],
    ['digest summarize (1 file)', [BIN, 'summarize', SAMPLE]],
  ];
  const times = new Map<string, number[]>(commands.map(([name]) => [name, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const [name, args] of commands) times.get(name)?.push(timeCommand(args).seconds);
  }
  const base = median(times.get('node -e 0') ?? []);
  return commands.map(([name]) => {
    const m = median(times.get(name) ?? []);
    return [name, `${(m * 1000).toFixed(0)} ms`, `+${((m - base) * 1000).toFixed(0)} ms`];
  });
}

/** Median time of each phase of a one-file summarize (eval/startup-phases.ts), over RUNS fresh processes. */
function phases(): string[][] {
  const runs: Array<Record<string, number>> = [];
  for (let run = 0; run < RUNS; run++) {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'dist/eval/startup-phases.js'), SAMPLE, OTHER_SAMPLE], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`startup-phases exited ${result.status}: ${result.stderr.slice(0, 500)}`);
    runs.push(JSON.parse(result.stdout) as Record<string, number>);
  }
  return Object.keys(runs[0] ?? {}).map((name) => [name, `${median(runs.map((r) => r[name] ?? 0)).toFixed(0)} ms`]);
}

function ingest(): string[][] | null {
  if (!existsSync(BBC_DIR)) return null;
  const files = fg.sync('**/*.txt', { cwd: BBC_DIR, absolute: true });
  const rows: string[][] = [];
  const floor = timeCommand([path.join(ROOT, 'dist/eval/floor.js'), BBC_DIR]).seconds;
  const digest = timeCommand([BIN, 'summarize', BBC_DIR, '--format', 'ndjson', '--quiet']).seconds;
  rows.push(['floor: read + regex sentence split', String(files.length), `${floor.toFixed(2)} s`, `${(files.length / floor).toFixed(0)}`]);
  rows.push(['digest summarize --format ndjson', String(files.length), `${digest.toFixed(2)} s`, `${(files.length / digest).toFixed(0)}`]);
  return rows;
}

const out: string[] = ['# Startup and ingest', '', `Measured by \`npm run bench:startup\` (median of ${RUNS} interleaved runs).`, ''];
out.push(table(['command', 'median', 'over bare node'], startup()));
out.push('', '### Where a one-file summarize spends it', '', `Phases inside one fresh process (eval/startup-phases.ts; median of ${RUNS} runs). The first article is`,
  'read, digested and rendered with every function and regular expression still uncompiled; the second is another article.', '');
out.push(table(['phase', 'median'], phases()));
const ingestRows = ingest();
out.push('', '## Ingest throughput (BBC News Summary, 2,225 files)', '');
out.push(ingestRows ? table(['run', 'files', 'time', 'files/s'], ingestRows) : `skipped: ${BBC_DIR} not found`);
const text = `${out.join('\n')}\n`;
process.stdout.write(text);
mkdirSync(path.join(ROOT, 'eval/results'), { recursive: true });
writeFileSync(path.join(ROOT, 'eval/results/startup.md'), text);
