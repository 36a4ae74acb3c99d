// Startup and ingest speed, timed side by side in one run so machine noise hits all alike.
//   npm run bench:startup                                  (writes eval/results/startup.md)
//   node dist/eval/startup.js --against <other checkout>   (adds its bin/digest.js; writes nothing)
// Startup: `digest --version` and one-file `summarize` runs against `node -e 0`: median wall time and
// median CPU time (user + system, all threads) of interleaved fresh processes, for bin/digest.js (the
// bundle compiled from its code cache, src/cli/launch.cts) and for the module build alone.
// Ingest: `summarize --format ndjson` over the BBC corpus against a plain Node read of the same files.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fg from 'fast-glob';
import { ROOT, BBC_DIR, median, table } from './lib/bench.js';

const ROUNDS = 21;
const PHASE_RUNS = 15;
const BIN = path.join(ROOT, 'bin/digest.js');
const MODULES = path.join(ROOT, 'dist/eval/run-modules.js');
const SAMPLE = path.join(ROOT, 'tests/fixtures/basic/harbour-bridge.md');
const TEXT_SAMPLE = path.join(ROOT, 'articles/northmead-by-election.txt');
const againstAt = process.argv.indexOf('--against');
const AGAINST = againstAt > 0 ? path.resolve(process.argv[againstAt + 1] ?? '') : null;

// Every timed process gets this preload, which reports its CPU time at exit on fd 3 (the same small
// cost in every row, bare node included).
const scratch = mkdtempSync(path.join(tmpdir(), 'digest-startup-'));
const CPU_REPORTER = path.join(scratch, 'cpu.cjs');
writeFileSync(CPU_REPORTER, `process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeSync(3, String(u.user + u.system)); });\n`);

interface Timing { wallMs: number; cpuMs: number }

function timeCommand(args: string[]): Timing {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', CPU_REPORTER, ...args], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.slice(0, 3).join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 500)}`);
  return { wallMs, cpuMs: Number(String(result.output[3])) / 1000 };
}

function commands(): Array<[string, string[]]> {
  const list: Array<[string, string[]]> = [
    ['node -e 0', ['-e', '0']],
    ['digest --version', [BIN, '--version']],
    ['digest summarize (1 .md file)', [BIN, 'summarize', SAMPLE]],
    ['digest summarize (1 .txt file)', [BIN, 'summarize', TEXT_SAMPLE]],
    ['module build: summarize (1 .md file)', [MODULES, 'summarize', SAMPLE]],
    ['module build: summarize (1 .txt file)', [MODULES, 'summarize', TEXT_SAMPLE]],
  ];
  if (!AGAINST) return list;
  const other = path.join(AGAINST, 'bin/digest.js');
  return [...list, ['against: digest --version', [other, '--version']], ['against: summarize (1 .md file)', [other, 'summarize', SAMPLE]],
    ['against: summarize (1 .txt file)', [other, 'summarize', TEXT_SAMPLE]]];
}

function startup(): string[][] {
  const list = commands();
  const times = new Map<string, Timing[]>(list.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, args] of list) times.get(name)?.push(timeCommand(args));
  }
  const wall = (name: string) => median((times.get(name) ?? []).map((t) => t.wallMs));
  const cpu = (name: string) => median((times.get(name) ?? []).map((t) => t.cpuMs));
  const [baseWall, baseCpu] = [wall('node -e 0'), cpu('node -e 0')];
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const over = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(0)} ms`;
  return list.map(([name]) => [name, ms(wall(name)), over(wall(name) - baseWall), ms(cpu(name)), over(cpu(name) - baseCpu)]);
}

/** Median time of each phase of a one-file summarize (eval/startup-phases.ts), over PHASE_RUNS fresh processes. */
function phases(extra: string[]): string[][] {
  const runs: Array<Record<string, number>> = [];
  for (let run = 0; run < PHASE_RUNS; run++) {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'dist/eval/startup-phases.js'), ...extra, SAMPLE, TEXT_SAMPLE], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`startup-phases exited ${result.status}: ${result.stderr.slice(0, 500)}`);
    runs.push(JSON.parse(result.stdout) as Record<string, number>);
  }
  return Object.keys(runs[0] ?? {}).map((name) => [name, `${median(runs.map((r) => r[name] ?? 0)).toFixed(0)} ms`]);
}

function ingest(): string[][] | null {
  if (!existsSync(BBC_DIR)) return null;
  const files = fg.sync('**/*.txt', { cwd: BBC_DIR, absolute: true });
  const floor = timeCommand([path.join(ROOT, 'dist/eval/floor.js'), BBC_DIR]).wallMs / 1000;
  const digest = timeCommand([BIN, 'summarize', BBC_DIR, '--format', 'ndjson', '--quiet']).wallMs / 1000;
  return [
    ['floor: read + regex sentence split', String(files.length), `${floor.toFixed(2)} s`, `${(files.length / floor).toFixed(0)}`],
    ['digest summarize --format ndjson', String(files.length), `${digest.toFixed(2)} s`, `${(files.length / digest).toFixed(0)}`],
  ];
}

function bundleSizes(): string {
  const size = (file: string) => `${(readFileSync(path.join(ROOT, 'dist/src/cli', file)).length / 1024).toFixed(0)} KB`;
  return `The bundle is ${size('bundle.cjs')}, its code cache ${size('bundle.cache')}.`;
}

try {
  const out: string[] = ['# Startup and ingest', '',
    `Measured by \`npm run bench:startup\` on Node ${process.version}: medians of ${ROUNDS} interleaved rounds of fresh processes;`,
    'CPU is user + system time of all the process\'s threads. `digest` is bin/digest.js, which runs the CLI from one',
    'bundled file compiled from its V8 code cache (src/cli/launch.cts); "module build" runs the same code as ES modules',
    `(tsc's output, what bin/digest.js ran before). ${bundleSizes()}`, ''];
  out.push(table(['command', 'wall', 'over bare node', 'CPU', 'CPU over bare node'], startup()));
  out.push('', '### Where a one-file summarize spends it', '', `Phases inside one fresh process (eval/startup-phases.ts; median of ${PHASE_RUNS} runs). The first article is`,
    'read, digested and rendered with its regular expressions uncompiled and the file system cold; the second is',
    'another article (a .txt after a .md); then the first again, warm.', '', 'As bin/digest.js runs it (bundle and code cache):', '');
  out.push(table(['phase', 'median'], phases([])));
  out.push('', 'The module build:', '');
  out.push(table(['phase', 'median'], phases(['--modules'])));
  const ingestRows = ingest();
  out.push('', '## Ingest throughput (BBC News Summary, 2,225 files)', '');
  out.push(ingestRows ? table(['run', 'files', 'time', 'files/s'], ingestRows) : `skipped: ${BBC_DIR} not found`);
  const text = `${out.join('\n')}\n`;
  process.stdout.write(text);
  if (!AGAINST) {
    mkdirSync(path.join(ROOT, 'eval/results'), { recursive: true });
    writeFileSync(path.join(ROOT, 'eval/results/startup.md'), text);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
