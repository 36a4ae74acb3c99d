// A summarize of .md and .txt files must load none of the HTML ingest modules and none of --merge's,
// and a check none of the HTML ones: they are a large share of a one-file run's start-up (issue 3's
// target). Checked in a fresh Node process on the built CLI, which records every ES module it loads
// through a module hook: bin/digest.js, which runs the bundle from CommonJS (those modules are left out
// of it and imported from the module build when needed; the bundle's own code loads no ES module at
// all), and the module build alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { builtFiles, DIST_CLI, ROOT, writeModuleBuildLauncher } from '../../helpers/fresh-process.js';

const BIN = path.join(ROOT, 'bin/digest.js');
const built = builtFiles([path.join(DIST_CLI, 'main.js')], 'the lazy-loading test');

const FIXTURES = path.join(ROOT, 'tests/fixtures');
const MARKDOWN = path.join(FIXTURES, 'basic/harbour-bridge.md');
const TEXT = path.join(FIXTURES, 'basic/ferry-timetable.txt');
const HTML = path.join(FIXTURES, 'html/courier-ferry-fares.html');

/** Our modules that only HTML input or --merge needs. */
const HTML_MODULE = /\/dist\/src\/ingest\/(?:html[^/]*|dom|json-ld)\.js$/;
const MERGE_MODULE = /\/dist\/src\/(?:cli\/run-merge|render\/merged|summarize\/merge)\.js$/;

const dir = mkdtempSync(path.join(tmpdir(), 'digest-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MODULES = writeModuleBuildLauncher(dir);
const bundled = existsSync(path.join(DIST_CLI, 'bundle.cjs'));

/** How each run starts, and whether the CLI's code comes from the module build (main.js) or the bundle. */
const LAUNCHERS = [
  { name: 'bin/digest.js (bundle)', script: BIN, moduleBuild: !bundled },
  { name: 'module build', script: MODULES, moduleBuild: true },
];

/** The ES modules a `digest …` run loads, in load order; the run must exit with `status`. */
function loadedModules(script: string, args: string[], status = 0): string[] {
  const log = path.join(dir, `modules-${Math.random().toString(36).slice(2)}.log`);
  const hook = path.join(dir, 'hook.mjs');
  writeFileSync(hook, `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }\n`);
  const register = path.join(dir, `register-${path.basename(log, '.log')}.mjs`);
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`);
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, script, ...args], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(status);
  return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
}

const MAIN = '/dist/src/cli/main.js';

describe.skipIf(!built).each(LAUNCHERS)('modules a summarize run loads: $name', ({ script, moduleBuild }) => {
  it('loads no HTML or --merge module for .md and .txt files', () => {
    const modules = loadedModules(script, ['summarize', MARKDOWN, TEXT]);
    // Which build ran: the bundle never loads main.js.
    expect(modules.some((m) => m.endsWith(MAIN))).toBe(moduleBuild);
    expect(modules.filter((m) => HTML_MODULE.test(m) || MERGE_MODULE.test(m))).toEqual([]);
  });

  it('loads the HTML modules when an HTML file is read, and the merge modules for --merge', () => {
    const modules = loadedModules(script, ['summarize', '--merge', MARKDOWN, HTML]);
    expect(modules.some((m) => m.endsWith('/dist/src/ingest/html-article.js'))).toBe(true);
    expect(modules.some((m) => MERGE_MODULE.test(m))).toBe(true);
  });
});

describe.skipIf(!built).each(LAUNCHERS)('modules a check run loads: $name', ({ script, moduleBuild }) => {
  it('loads no HTML module for .md and .txt files (check-fix reads through load.ts too)', () => {
    const modules = loadedModules(script, ['check', MARKDOWN, TEXT], 1);
    expect(modules.some((m) => m.endsWith('/dist/src/cli/check-fix.js'))).toBe(moduleBuild);
    expect(modules.filter((m) => HTML_MODULE.test(m))).toEqual([]);
  });
});

/** Node's own modules a `bin/digest.js …` run loads (process.moduleLoadList at exit), with stdin the /dev/null of a script. */
function nodeModulesLoaded(args: string[]): string[] {
  const list = path.join(dir, `node-modules-${Math.random().toString(36).slice(2)}.json`);
  const preload = path.join(dir, 'module-list.cjs');
  writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));\n`);
  const result = spawnSync(process.execPath, ['--require', preload, BIN, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(readFileSync(list, 'utf8')) as string[];
}

describe.skipIf(!built || !bundled)('Node modules a one-file summarize loads', () => {
  it('sets up no ES module loader and opens no stdin or promise file API', () => {
    const loaded = nodeModulesLoaded(['summarize', MARKDOWN]);
    expect(loaded).toContain('NativeModule vm');
    // An ES module entry would load the module job; process.stdin.isTTY or fs.promises the promise file API.
    expect(loaded.filter((m) => /internal\/modules\/esm\/module_job|internal\/fs\/promises|internal\/readline/.test(m))).toEqual([]);
  });
});
