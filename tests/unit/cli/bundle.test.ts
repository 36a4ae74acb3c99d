// bin/digest.js runs the CLI from one bundled file compiled from a V8 code cache (src/cli/launch.cts,
// made by scripts/bundle.ts). In fresh Node processes on the built CLI: the bundle must say exactly
// what the module build says, with the same exit code, and a cut-off, stale, foreign or refused cache,
// or no bundle at all, must still give the same run.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { builtFiles, DIST_CLI, ROOT, runModuleScript, writeModuleBuildLauncher } from '../../helpers/fresh-process.js';

const BIN = path.join(ROOT, 'bin/digest.js');
const BUNDLE = path.join(DIST_CLI, 'bundle.cjs');
const CACHE = path.join(DIST_CLI, 'bundle.cache');
const built = builtFiles([BUNDLE, CACHE], 'the bundle tests');

const ARTICLES = path.join(ROOT, 'articles');
const HTML = path.join(ROOT, 'tests/fixtures/html/courier-ferry-fares.html');
const dir = mkdtempSync(path.join(tmpdir(), 'digest-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const url = (file: string) => JSON.stringify(pathToFileURL(file).href);
/** bin/digest.js with other bundle and cache files: the first argument is launch()'s files, as JSON. */
const LAUNCH = path.join(dir, 'launch.mjs');
const MODULES = writeModuleBuildLauncher(dir);
writeFileSync(LAUNCH, `import { launch } from ${url(path.join(DIST_CLI, 'launch.cjs'))};
const [files, ...argv] = process.argv.slice(2);
process.exitCode = await launch(argv, JSON.parse(files));\n`);

interface Run { status: number | null; stdout: string; stderr: string }
function run(script: string, args: string[]): Run {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const COMMANDS = [
  ['summarize', '--format', 'json', ARTICLES],
  ['quotes', '--format', 'json', ARTICLES],
  ['check', '--format', 'json', ARTICLES],
  ['summarize', ARTICLES],
  ['summarize', '--merge', '--format', 'json', ARTICLES, HTML],
  ['summarize', '--jobs', '2', '--format', 'ndjson', ARTICLES],
];

describe.skipIf(!built)('the bundled CLI', () => {
  it.each(COMMANDS)('says what the module build says: %s %s %s', (...args) => {
    const bundled = run(BIN, args);
    expect(bundled.stdout.length).toBeGreaterThan(100);
    expect(bundled).toEqual(run(MODULES, args));
  });

  it('starts --jobs workers from the bundle (worker-entry.cjs), not the module build', () => {
    // The module build's fallback is an anonymous arrow; the bundle gives worker.ts's processTask.
    const script = `const entry = (await import(${url(path.join(DIST_CLI, 'worker-entry.cjs'))})).default;
console.log(JSON.stringify([typeof entry, entry.name]));`;
    expect(JSON.parse(runModuleScript(script))).toEqual(['function', 'processTask']);
  });

  it('uses its code cache in a fresh process', () => {
    const script = `import { compileBundle } from ${url(path.join(DIST_CLI, 'launch.cjs'))};
console.log(JSON.stringify(compileBundle()?.cacheUsed));`;
    expect(JSON.parse(runModuleScript(script))).toBe(true);
  });
});

describe.skipIf(!built)('a bad cache or no bundle', () => {
  const args = ['summarize', '--format', 'json', ARTICLES];
  const expected = () => run(MODULES, args);

  /** The first half of the cache, as an interrupted copy would leave it: the header's length must catch it. */
  function cutOff(): string {
    const bytes = readFileSync(CACHE);
    const file = path.join(dir, 'cut-off.cache');
    writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    return file;
  }
  /** A cache file whose header fits this bundle but whose V8 data is another script's: V8 refuses it. */
  function foreign(): string {
    const other = new vm.Script('(function () { return 1; })').createCachedData();
    const script = `import { encodeCache } from ${url(path.join(DIST_CLI, 'launch.cjs'))};
import { readFileSync, writeFileSync } from 'node:fs';
writeFileSync(process.argv[1], encodeCache(readFileSync(${JSON.stringify(BUNDLE)}), Buffer.from(process.argv[2], 'base64')));`;
    const file = path.join(dir, 'foreign.cache');
    runModuleScript(script, [file, other.toString('base64')]);
    return file;
  }
  function garbage(): string {
    const file = path.join(dir, 'garbage.cache');
    writeFileSync(file, 'not a code cache\n'.repeat(100));
    return file;
  }
  /** Whether launch.cts compiles `bundle` from the cache made for the real one. */
  function cacheUsedWith(bundle: string): boolean {
    const script = `import { compileBundle } from ${url(path.join(DIST_CLI, 'launch.cjs'))};
console.log(JSON.stringify(compileBundle(process.argv[1], ${JSON.stringify(CACHE)})?.cacheUsed));`;
    return JSON.parse(runModuleScript(script, [bundle])) as boolean;
  }
  /** The bundle of another build, its last line naming that build, and the same length as this one. */
  function otherBuild(): string {
    const [code, line] = readFileSync(BUNDLE, 'latin1').split(/(?=\n\/\/# digest-build=)/);
    const other = line!.replace(/=([0-9a-f])/, (_all, digit: string) => `=${digit === '0' ? '1' : '0'}`);
    const bundle = path.join(dir, 'other-build.cjs');
    writeFileSync(bundle, `${code!}${other}`, 'latin1');
    return bundle;
  }

  it.each([
    ['a cut-off cache', cutOff],
    ['a cache V8 refuses', foreign],
    ['a file that is no cache', garbage],
    ['a missing cache', () => path.join(dir, 'none.cache')],
  ])('runs the same with %s', (_name, makeCache) => {
    expect(run(LAUNCH, [JSON.stringify({ cache: makeCache() }), ...args])).toEqual(expected());
  });

  it('uses the cache with its own bundle only', () => {
    expect(cacheUsedWith(BUNDLE)).toBe(true);
    expect(cacheUsedWith(otherBuild())).toBe(false);
    // A bundle changed after the build: its build line is no longer its last.
    const changed = path.join(dir, 'changed-bundle.cjs');
    copyFileSync(BUNDLE, changed);
    writeFileSync(changed, `${readFileSync(changed, 'latin1')}// changed\n`, 'latin1');
    expect(cacheUsedWith(changed)).toBe(false);
  });

  it('runs the module build when there is no bundle', () => {
    expect(run(LAUNCH, [JSON.stringify({ bundle: path.join(dir, 'none.cjs') }), ...args])).toEqual(expected());
  });
});
