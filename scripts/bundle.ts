// Build step after tsc (npm run build): bundles the CLI from the module build in dist/src into one
// CommonJS file, dist/src/cli/bundle.cjs, then makes its V8 code cache, dist/src/cli/bundle.cache, in
// a fresh process after a warm-up run, so the functions a summarize compiles lazily are in it too.
// src/cli/launch.cts loads them; see there for why.
//   node dist/scripts/bundle.js           bundle, then spawn the warm-up below
//   node dist/scripts/bundle.js --cache   (the fresh process) warm up and write the cache
// esbuild-wasm: a bundler with no native binary, so a fresh clone builds with only the npm registry.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild-wasm';
import { BUNDLE_FILE, CACHE_FILE, compileBundle, encodeCache, runBundle, stampBuild } from '../src/cli/launch.cjs';
import type { Io } from '../src/cli/io.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI_DIR = path.dirname(BUNDLE_FILE);
const SRC_DIR = path.dirname(CLI_DIR);

/**
 * Modules only some runs need, left out of the bundle and imported from the module build when needed:
 * HTML input (it also loads linkedom and Readability), --merge, and the worker pool of --jobs.
 */
const LAZY_MODULES = ['ingest/html-article.js', 'cli/run-merge.js', 'cli/workers.js'].map((file) => path.join(SRC_DIR, file));

function lazySpecifier(file: string): string {
  const relative = path.relative(CLI_DIR, file).split(path.sep).join('/');
  return relative.startsWith('../') ? relative : `./${relative}`;
}

/** The lazy modules become external imports, written relative to the bundle (which sits in dist/src/cli). */
const lazyModulesPlugin: esbuild.Plugin = {
  name: 'lazy-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const resolved = path.resolve(args.resolveDir, args.path);
      return LAZY_MODULES.includes(resolved) ? { path: lazySpecifier(resolved), external: true } : undefined;
    });
  },
};

/**
 * frontmatter.ts loads gray-matter and js-yaml on first use through createRequire, which a bundler
 * cannot follow; in the bundle they become bundled (and still lazily run) require calls.
 */
const frontMatterPlugin: esbuild.Plugin = {
  name: 'bundle-front-matter',
  setup(build) {
    build.onLoad({ filter: /[\\/]ingest[\\/]frontmatter\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const calls = /requireModule\(('(?:gray-matter|js-yaml)')\)/g;
      const count = source.match(calls)?.length ?? 0;
      if (count !== 2) throw new Error(`frontmatter.js: expected 2 requireModule calls to bundle, found ${count}`);
      return { contents: source.replace(calls, 'require($1)'), loader: 'js' };
    });
  },
};

/**
 * commander requires node:child_process at load (5 ms) for executable subcommands, which digest has
 * none of; in the bundle it gets a stand-in that requires the real module on first use.
 */
const lazyChildProcessPlugin: esbuild.Plugin = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) => (
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_target, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

async function bundle(): Promise<void> {
  const result = await esbuild.build({
    stdin: { contents: "export { main } from './main.js';\nexport { nodeIo } from './node-io.js';\nexport { processTask } from './worker.js';\n", resolveDir: CLI_DIR, sourcefile: 'bundle-entry.js', loader: 'js' },
    outfile: BUNDLE_FILE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // The bundled modules find their files (package.json, the schema, node_modules) from import.meta.url:
    // the bundle sits beside main.js, so its own URL serves.
    define: { 'import.meta.url': '__bundle_url' },
    banner: { js: 'var __bundle_url = require("node:url").pathToFileURL(__filename).href;' },
    plugins: [lazyModulesPlugin, frontMatterPlugin, lazyChildProcessPlugin],
    // Smaller is faster to read and to hash; names are kept for readable stack traces (--debug).
    minifyWhitespace: true,
    minifySyntax: true,
    charset: 'ascii',
    legalComments: 'eof',
    logLevel: 'warning',
    write: false,
  });
  if (result.warnings.length > 0) throw new Error(`esbuild warned ${result.warnings.length} time(s): see above`);
  const [output] = result.outputFiles;
  if (!output || result.outputFiles.length !== 1) throw new Error(`esbuild wrote ${result.outputFiles.length} files, expected 1`);
  const code = asciiOnly(lazyImports(output.text));
  writeFileSync(BUNDLE_FILE, stampBuild(code, buildId(code)));
}

/** 32 bits of the code's SHA-1: what names this build in the bundle's last line and in its cache's header. */
function buildId(code: string): number {
  return createHash('sha1').update(code).digest().readUInt32LE(0);
}

/** The dynamic imports of the lazy modules become calls to launch.cts's __lazyImport (see there why). */
function lazyImports(code: string): string {
  const imports = /\bimport\(("(?:\.\.?\/)[^"]+")\)/g;
  const specifiers = new Set([...code.matchAll(imports)].map((match) => JSON.parse(match[1]!) as string));
  const expected = new Set(LAZY_MODULES.map(lazySpecifier));
  if ([...expected].some((specifier) => !specifiers.has(specifier)) || specifiers.size !== expected.size) {
    throw new Error(`bundle: expected dynamic imports of ${[...expected].join(', ')}, found ${[...specifiers].join(', ')}`);
  }
  const replaced = code.replace(imports, '__lazyImport($1)');
  if (/\bimport\(/.test(replaced)) throw new Error('bundle: a dynamic import is left that __lazyImport does not handle');
  return replaced;
}

/**
 * esbuild leaves non-ASCII characters in regular expression literals. One of them makes V8 hold the
 * whole source as a two-byte string, slower to decode and to scan, so each becomes a \uXXXX escape
 * (the same character in a regular expression, a string or a template, with or without the u flag;
 * minified code has no comments, and a surrogate pair written as two escapes is still one code point).
 */
function asciiOnly(code: string): string {
  return code.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Articles of both kinds the CLI reads, run before the cache is made (not the ones the benchmark times). */
const WARM_UP_ARTICLES = ['articles/kelsford-flood-courier.md', 'articles/brackenfield-academy-inspection.txt'];
const WARM_UP_RUNS = [['--version'], ['summarize', ...WARM_UP_ARTICLES], ['summarize', '--format', 'json', ...WARM_UP_ARTICLES]];

/**
 * The warm-up's world: silent, and without shortRun, whose --no-opt would enter the flags that V8
 * records in the cache, so that no normal start could use it.
 */
function silentIo(io: Io): Io {
  const { shortRun: _flagsStayAsTheyAre, ...rest } = io;
  return { ...rest, stdout: () => undefined, stderr: () => undefined, cwd: ROOT, isTTY: { stdin: false, stdout: false, stderr: false } };
}

async function makeCache(): Promise<void> {
  rmSync(CACHE_FILE, { force: true });
  const compiled = compileBundle(BUNDLE_FILE, CACHE_FILE);
  if (!compiled) throw new Error(`${BUNDLE_FILE} is missing`);
  const entry = runBundle(compiled);
  const io = silentIo(entry.nodeIo());
  for (const argv of WARM_UP_RUNS) {
    const code = await entry.main(argv, io);
    if (code !== 0) throw new Error(`warm-up run digest ${argv.join(' ')} exited ${code}`);
  }
  // Whole or not at all: written beside, then renamed over (launch.cts does not checksum the V8 data).
  const partial = `${CACHE_FILE}.partial`;
  writeFileSync(partial, encodeCache(readFileSync(BUNDLE_FILE), compiled.script.createCachedData()));
  renameSync(partial, CACHE_FILE);
}

if (process.argv.includes('--cache')) {
  await makeCache();
} else {
  await bundle();
  // A fresh process, so the cache holds what a real run compiles and nothing of the bundler's.
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--cache'], { stdio: 'inherit', cwd: ROOT });
  if (result.status !== 0) throw new Error(`making the code cache failed (exit ${result.status})`);
}
