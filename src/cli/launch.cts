// Starts the CLI the fastest way the build left: one bundled file (dist/src/cli/bundle.cjs, made by
// scripts/bundle.ts) compiled from V8's code cache (bundle.cache), else the plain module build.
// Loading ~90 ES modules one by one and compiling each function on first use cost a one-file
// summarize over 150 ms (issue 3); the bundle is one read and one compile, and the cache, made after
// a warm-up run, also holds the functions a summarize compiles lazily.
// Node 20 has no module.enableCompileCache, hence vm.Script with cachedData.
// A CommonJS file (bin/digest.js too): an ES module entry makes Node set up its ES module loader
// first, ~6 ms of a one-file run that the bundle, itself CommonJS, never needs.
import { readFileSync } from 'node:fs';
import { setFlagsFromString as setV8Flags } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import type { Io } from './io.js' with { 'resolution-mode': 'import' };
import type { WorkerResult, WorkerTask } from './worker.js' with { 'resolution-mode': 'import' };

/**
 * Most bytecode (bytes) the optimising compiler inlines into one function; V8's default is 920. A digest
 * run is short and touches many functions once per article, so a third of its CPU went to compiling, much
 * of it recompiling large inlined bodies after a deoptimisation in one callee. A smaller budget compiles
 * less and recompiles less; the code that results is no slower on long runs. Measured by `npm run bench:jit`
 * (eval/results/jit-inlining*.md: BBC summarize --jobs 1 CPU -21 %, wall -10 %; 10k synthetic no slower).
 * Output is unchanged: this decides only what is compiled, never what is computed. Set here, at load, so
 * the run and the warm-up that makes the code cache (scripts/bundle.ts imports this file) share V8's
 * flags, which the cache records; worker threads share the process's flags.
 */
const INLINING_BUDGET_BYTES = 200;
setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET_BYTES}`);

/**
 * V8's flags belong to the whole process. Only the main thread sets them, at load: a --jobs worker
 * thread (worker-entry.cts imports this file too) runs with the flags the process already has, since
 * changing them while other threads compile and run code is a race inside V8 (a full test run, where
 * the main thread is vitest's and never loaded this file, once died on a V8 check, a trap in node).
 */
function setFlagsFromString(flags: string): void {
  if (isMainThread) setV8Flags(flags);
}

/**
 * How much V8 lets the heap grow past the live data before its next full collection, in percent (V8
 * picks up to 300 % early in a run). A long run's live data is ~60 MB, but with V8's choice the heap
 * first grew to 220 MB of mostly garbage before one full collection: 321 MB max RSS at 100,000
 * articles. At 50 % the full collections come sooner (each ~10 ms, the live set is small) and the
 * run keeps to 216 MB; its time stayed within this machine's noise (111 and 129 s in two runs, against
 * 120 s before). Less would mean more full collections for no memory gain worth having. Measured by `npm run bench -- --only summarize --sizes 1000,10000,100000
 * --jobs 1,2 --no-bbc --out bench-scale`. Set at load for the same reason as the inlining budget.
 */
const HEAP_GROWING_PERCENT = 50;
setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);

/**
 * Regular expressions go straight to machine code instead of first to V8's regexp bytecode, which V8
 * then recompiles to machine code on a second use anyway (its "tier-up"). For a class such as
 * [\p{L}\p{N}] the bytecode compile alone takes 4–9 ms, against under 1 ms for the machine code, and a
 * one-file summarize compiles some 100 expressions. What is lost is only the cheaper compile of an
 * expression run once, in bytecode. Results are the same either way. Set at load, as above.
 */
setFlagsFromString('--no-regexp-tier-up');

/** What a launch needs: main.ts's main and node-io.ts's nodeIo. */
export interface CliEntry {
  main(argv: readonly string[], io: Io): Promise<number>;
  nodeIo(): Io;
}

/** What the bundle exports: a CliEntry, and worker.ts's task for the --jobs workers (worker-entry.cts). */
export interface BundleExports extends CliEntry {
  processTask(task: WorkerTask): Promise<WorkerResult[]>;
}

/** Beside main.js, so that every path the bundled code finds from its own location is the same. */
export const BUNDLE_FILE = path.join(__dirname, 'bundle.cjs');
export const CACHE_FILE = path.join(__dirname, 'bundle.cache');

/**
 * The bundle's last line names its build: `//# digest-build=` and a hash of the text before it,
 * written by scripts/bundle.ts. The cache's header repeats it, so a cache is used only with the bundle
 * it was made from, without hashing 770 KB on every start (V8 itself checks only the source's length).
 */
const BUILD_LINE = /\n\/\/# digest-build=([0-9a-f]{8})\n$/;
const BUILD_LINE_BYTES = '\n//# digest-build=00000000\n'.length;

/** The bundle text with its build line added: `id` is a 32-bit hash of `code`. */
export function stampBuild(code: string, id: number): string {
  return `${code}\n//# digest-build=${id.toString(16).padStart(8, '0')}\n`;
}

/** The build a bundle names in its last line; null when it has none. */
export function buildOf(bundle: Buffer): number | null {
  const line = BUILD_LINE.exec(bundle.subarray(-BUILD_LINE_BYTES).toString('latin1'));
  return line ? Number.parseInt(line[1]!, 16) : null;
}

/**
 * The cache file: MAGIC, the build of the bundle it was made from, the length of the V8 data, then the
 * data. V8 refuses data of another Node, other flags or another source length; the build catches a
 * stale cache, and the length a cut-off one. The data itself is not checksummed: V8's release builds
 * skip that check for speed (a CRC-32 of it cost ~5 ms of each start, loading zlib included), and
 * the build writes the file whole or not at all (scripts/bundle.ts).
 */
const MAGIC = 0x32434744; // "DGC2" read little-endian
const HEADER_BYTES = 12;

/**
 * The CommonJS wrapper Node itself would put around the bundle, plus __lazyImport: the bundle's
 * dynamic imports of the modules it leaves out (scripts/bundle.ts makes them calls to it), which an
 * ES module must make, since Node 20 forgets a vm.Script's import() handler when the code comes from
 * the cache. The cache is made for this exact text.
 */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname, __lazyImport) {${source}\n})`;
}

export function encodeCache(bundle: Buffer, data: Buffer): Buffer {
  const build = buildOf(bundle);
  if (build === null) throw new Error('the bundle has no build line: make it with scripts/bundle.ts');
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(build, 4);
  header.writeUInt32LE(data.length, 8);
  return Buffer.concat([header, data]);
}

/** The V8 data of a cache file made from this bundle, or undefined when it is missing, foreign or cut off. */
function decodeCache(bundle: Buffer, file: string): Buffer | undefined {
  let raw: Buffer;
  try { raw = readFileSync(file); } catch { return undefined; }
  const fits = raw.length > HEADER_BYTES && raw.readUInt32LE(0) === MAGIC && raw.readUInt32LE(4) === buildOf(bundle)
    && raw.readUInt32LE(8) === raw.length - HEADER_BYTES;
  return fits ? raw.subarray(HEADER_BYTES) : undefined;
}

export interface CompiledBundle {
  script: vm.Script;
  file: string;
  /** Whether the code came from the cache (false: no usable cache, or V8 refused it and compiled afresh). */
  cacheUsed: boolean;
}

/** Reads and compiles the bundle, from its code cache when that fits; null when there is no bundle. */
export function compileBundle(bundleFile = BUNDLE_FILE, cacheFile = CACHE_FILE): CompiledBundle | null {
  let bundle: Buffer;
  try { bundle = readFileSync(bundleFile); } catch { return null; }
  const cachedData = decodeCache(bundle, cacheFile);
  // The bundle is ASCII (scripts/bundle.ts escapes the rest), and latin1 decodes it without UTF-8's checks.
  const script = new vm.Script(wrap(bundle.toString('latin1')), { filename: bundleFile, cachedData });
  return { script, file: bundleFile, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

/** Runs the bundle's top level, as Node runs a CommonJS file; what it exports. */
export function runBundle({ script, file }: CompiledBundle): BundleExports {
  const module = { exports: {} as BundleExports };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  // The HTML, --merge and worker-pool modules stay out of the bundle (loaded only when needed) and come
  // from the module build beside it.
  const lazyImport = (specifier: string): Promise<unknown> => import(new URL(specifier, pathToFileURL(file)).href);
  run(module.exports, createRequire(file), module, file, path.dirname(file), lazyImport);
  return module.exports;
}

export interface LaunchFiles { bundle?: string; cache?: string }

/** Runs the CLI on argv with the real process as its world; the exit code to set. */
export async function launch(argv: readonly string[], files: LaunchFiles = {}): Promise<number> {
  const compiled = compileBundle(files.bundle, files.cache);
  const entry = compiled ? runBundle(compiled) : await moduleBuild();
  return entry.main(argv, entry.nodeIo());
}

/** The CLI from the module build (tsc's output), for a build without the bundle. */
export async function moduleBuild(): Promise<CliEntry> {
  const [{ main }, { nodeIo }] = await Promise.all([import('./main.js'), import('./node-io.js')]);
  return { main, nodeIo };
}
