// Where a one-file `digest summarize` spends its time over bare node, phase by phase, in one fresh
// process. Run by `npm run bench:startup` (eval/startup.ts) many times; it prints one JSON line.
//   node dist/eval/startup-phases.js [--modules] <article> <other article>
// Phases: loading the CLI as bin/digest.js does (src/cli/launch.cts: the bundle compiled from its code
// cache, then its top level run; with --modules the module build instead), then `digest summarize`
// of the first article (everything cold: the command's code, its regular expressions, the file
// read), a different second article (code warm, but some paths still new), and the first article
// again (warm). Output is computed and rendered as text, then dropped.
import type { CliEntry } from '../src/cli/launch.cjs';
import type { Io } from '../src/cli/io.js';

const args = process.argv.slice(2);
const modules = args.includes('--modules');
const [first, second] = args.filter((arg) => arg !== '--modules');
if (!first || !second) throw new Error('usage: startup-phases [--modules] <article> <other article>');

const phases: Record<string, number> = {};
let last = performance.now();
function phase(name: string): void {
  const now = performance.now();
  phases[name] = now - last;
  last = now;
}

const { compileBundle, runBundle, moduleBuild } = await import('../src/cli/launch.cjs');
phase('load launcher');
let entry: CliEntry;
if (modules) {
  entry = await moduleBuild();
  phase('load CLI modules');
} else {
  const compiled = compileBundle();
  if (!compiled) throw new Error('no bundle: run npm run build');
  if (!compiled.cacheUsed) throw new Error('the code cache was not used');
  phase('read + compile bundle (code cache)');
  entry = runBundle(compiled);
  phase('run bundle top level');
}

const io: Io = { ...entry.nodeIo(), stdout: () => undefined, isTTY: { stdin: false, stdout: false, stderr: false } };
async function run(file: string): Promise<void> {
  const code = await entry.main(['summarize', file], io);
  if (code !== 0) throw new Error(`digest summarize ${file} exited ${code}`);
}
await run(first);
phase('first article (cold)');
await run(second);
phase('second article');
await run(first);
phase('first article again (warm)');
process.stdout.write(`${JSON.stringify(phases)}\n`);
