// Tests that check the built code in a fresh Node process (what a module loads, how bin starts).
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST_CLI = path.join(ROOT, 'dist/src/cli');

/** Whether the build has made every one of `files`; when not, says which tests skip and why. */
export function builtFiles(files: readonly string[], tests: string): boolean {
  const missing = files.find((file) => !existsSync(file));
  if (missing !== undefined) console.warn(`${path.relative(ROOT, missing)} is missing: run \`npm run build\` (npm test does) for ${tests}`);
  return missing === undefined;
}

/** Runs `script` as an ES module in a fresh Node process with `args` as its argv; expects a silent stderr, returns stdout. */
export function runModuleScript(script: string, args: readonly string[] = []): string {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, ...args], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout;
}

/** Writes into `dir` a script that runs the module build (tsc's output) as bin/digest.js ran it before the bundle; its path. */
export function writeModuleBuildLauncher(dir: string): string {
  const file = path.join(dir, 'modules.mjs');
  const url = (name: string) => JSON.stringify(pathToFileURL(path.join(DIST_CLI, name)).href);
  writeFileSync(file, `import { main } from ${url('main.js')};
import { nodeIo } from ${url('node-io.js')};
process.exitCode = await main(process.argv.slice(2), nodeIo());\n`);
  return file;
}
