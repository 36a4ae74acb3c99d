// `summarize --format ndjson --jobs 1` against the floor (read + regex sentence split) on the BBC corpus,
// interleaved in one run so that machine load hits both alike. Reports wall time and CPU time
// (user + sys of the whole process, every thread), since on a shared machine CPU time is the steadier one.
// Beside them, the same work in one process pass after pass (warm-passes.ts): its last pass has no
// start-up and no JIT warm-up left, so it shows how far the per-article work alone is from the floor.
//   npm run bench:summarize [-- runs]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { BBC_DIR, ROOT, median, table } from './lib/bench.js';
import type { WarmPasses } from './warm-passes.js';

const RUNS = Number(process.argv[2] ?? 5);
const BIN = path.join(ROOT, 'bin/digest.js');
const FLOOR = path.join(ROOT, 'dist/eval/floor.js');
const WARM = path.join(ROOT, 'dist/eval/warm-passes.js');
// Passes in one process: by the third, pass times have settled (passes 3 and 4 differ by noise only).
const WARM_PASSES = 3;
// Preloaded into each timed process: writes its own CPU time (all threads) to fd 3 as it exits.
const CPU_REPORTER = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.cpuUsage(); writeSync(3, String((u.user + u.system) / 1e6)); });",
)}`;

interface Timing { wall: number; cpu: number }

function timed(args: string[]): Timing {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', CPU_REPORTER, ...args], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'], maxBuffer: 1 << 20 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 500)}`);
  return { wall, cpu: Number(String(result.output[3] ?? '')) };
}

function warmPasses(): WarmPasses {
  const result = spawnSync(process.execPath, [WARM, BBC_DIR, String(WARM_PASSES)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`warm-passes exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  return JSON.parse(result.stdout) as WarmPasses;
}

function row(name: string, files: number, runs: Timing[], floor: Timing[]): string[] {
  const wall = median(runs.map((r) => r.wall));
  const cpu = median(runs.map((r) => r.cpu));
  const floorWall = median(floor.map((r) => r.wall));
  const floorCpu = median(floor.map((r) => r.cpu));
  return [name, `${wall.toFixed(2)} s`, `${cpu.toFixed(2)} s`, `${(files / wall).toFixed(0)}`,
    `${((100 * floorWall) / wall).toFixed(1)}%`, `${((100 * floorCpu) / cpu).toFixed(1)}%`];
}

if (!existsSync(BBC_DIR)) {
  process.stdout.write(`skipped: ${BBC_DIR} not found\n`);
  process.exit(0);
}
const files = fg.sync('**/*.{txt,md,markdown}', { cwd: BBC_DIR }).length;
const floor: Timing[] = [];
const summarize: Timing[] = [];
const firstPass: Timing[] = [];
const lastPass: Timing[] = [];
const lastFloorPass: Timing[] = [];
for (let run = 0; run < RUNS; run++) {
  floor.push(timed([FLOOR, BBC_DIR]));
  summarize.push(timed([BIN, 'summarize', BBC_DIR, '--format', 'ndjson', '--jobs', '1', '--quiet']));
  const passes = warmPasses();
  firstPass.push(passes.digest[0]!);
  lastPass.push(passes.digest[WARM_PASSES - 1]!);
  lastFloorPass.push(passes.floor[WARM_PASSES - 1]!);
}
const load = existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ')[0] ?? '?' : 'unknown';
const text = [
  '# summarize throughput against the floor',
  '',
  `Measured by \`npm run bench:summarize\`: BBC News Summary (${files} files), median of ${RUNS} interleaved runs, load average ${load} at the end.`,
  'Ratio = floor time / summarize time (the issue #10 target is 20%).',
  '',
  table(['run', 'wall', 'cpu (user+sys)', 'files/s (wall)', 'ratio (wall)', 'ratio (cpu)'], [
    row('floor: read + regex sentence split', files, floor, floor),
    row('digest summarize --format ndjson --jobs 1', files, summarize, floor),
    row('same work in one process: pass 1', files, firstPass, floor),
    row(`same work in one process: pass ${WARM_PASSES} (warm)`, files, lastPass, floor),
    row(`floor in one process: pass ${WARM_PASSES} (warm)`, files, lastFloorPass, floor),
  ]),
  '',
  `The one-process rows (\`dist/eval/warm-passes.js\`) run the worker's read + compute + render of every file, without writing output, ${WARM_PASSES} passes in a row, and are compared with the one-shot floor. The warm pass is digest's work per article with start-up and JIT warm-up gone: no one-shot run can come closer to the floor than that row without doing less work.`,
  '',
].join('\n');
process.stdout.write(text);
mkdirSync(path.join(ROOT, 'eval/results'), { recursive: true });
writeFileSync(path.join(ROOT, 'eval/results/summarize-speed.md'), text);
