// How V8's inlining budget (--max-inlined-bytecode-size-cumulative, set by src/cli/launch.cts) changes the time
// and CPU of `summarize --format ndjson --jobs 1`, side by side in one run: each round runs every budget
// once, in turn, so that load from other processes falls on all of them alike. CPU (user + sys, from
// /usr/bin/time) is the steadier number on a shared machine; the table gives medians of both.
//   npm run bench:jit                         (BBC, 5 rounds, budgets 920 (V8's default), 400, 200, 100)
//   npm run bench:jit -- --rounds 3 --dir /tmp/corpus --out jit-inlining-10k
// The script runs itself as the child (--child …): it calls main() like src/cli/launch.cts does but sets no
// flag of its own, so the budget on the node command line is the one in force.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import { nodeIo } from '../src/cli/node-io.js';
import { BBC_DIR, ROOT, median, table } from './lib/bench.js';

/** V8's own default (V8 11, Node 20), then smaller budgets down to the one past src/cli/launch.cts's choice. */
const BUDGETS = [920, 400, 200, 100];
const SHIPPED_BUDGET = 200;

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

interface Run { wall: number; cpu: number }

function runOnce(budget: number, dir: string): Run {
  const child = [`--max-inlined-bytecode-size-cumulative=${budget}`, fileURLToPath(import.meta.url), '--child',
    'summarize', dir, '--format', 'ndjson', '--jobs', '1', '--quiet'];
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S', process.execPath, ...child], { stdio: ['ignore', 'ignore', 'pipe'] });
  const [wall, user, sys] = (String(result.stderr).trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  if (result.status !== 0 || wall === undefined || user === undefined || sys === undefined) throw new Error(`budget ${budget} failed: ${String(result.stderr)}`);
  return { wall, cpu: user + sys };
}

function measure(dir: string, rounds: number): string[][] {
  const runs = new Map<number, Run[]>(BUDGETS.map((b) => [b, []]));
  for (let round = 0; round < rounds; round++) for (const budget of BUDGETS) runs.get(budget)!.push(runOnce(budget, dir));
  const baseCpu = median(runs.get(BUDGETS[0]!)!.map((r) => r.cpu));
  return BUDGETS.map((budget) => {
    const list = runs.get(budget)!;
    const cpu = median(list.map((r) => r.cpu));
    const label = `${budget}${budget === BUDGETS[0] ? ' (V8 default)' : ''}${budget === SHIPPED_BUDGET ? ' (shipped)' : ''}`;
    return [label, median(list.map((r) => r.wall)).toFixed(2), cpu.toFixed(2), `${(((cpu - baseCpu) / baseCpu) * 100).toFixed(0)} %`,
      list.map((r) => r.cpu.toFixed(2)).join(' ')];
  });
}

if (process.argv[2] === '--child') {
  process.exitCode = await main(process.argv.slice(3), nodeIo());
} else {
  const dir = flag('--dir') ?? BBC_DIR;
  const rounds = Number(flag('--rounds') ?? 5);
  const outName = flag('--out') ?? 'jit-inlining';
  if (!existsSync(dir)) {
    process.stderr.write(`skipped: ${dir} not found\n`);
  } else {
    const rows = measure(dir, rounds);
    const invocation = ['npm run bench:jit', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
    const text = `# Inlining budget and summarize speed\n\nMeasured by \`${invocation}\` on this machine (2 cores, shared): \`summarize ${path.relative(ROOT, dir) || dir} --format ndjson --jobs 1 --quiet\` with \`--max-inlined-bytecode-size-cumulative\` set to each budget, ${rounds} interleaved rounds. Seconds are medians; CPU is user + sys; "CPU vs default" compares medians with V8's default budget. Output is the same under every budget.\n\n${table(['inlining budget (bytes)', 'wall s', 'CPU s', 'CPU vs default', 'CPU per round'], rows)}\n`;
    process.stdout.write(text);
    writeFileSync(path.join(ROOT, 'eval/results', `${outName}.md`), text);
  }
}
