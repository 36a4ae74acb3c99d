// The layer contract of ARCHITECTURE.md, enforced: pure folders do no I/O and read no clock or randomness.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');
const PURE = ['text', 'extract', 'summarize', 'compare', 'check', 'brief'];
const FORBIDDEN_IN_PURE: Array<[string, RegExp]> = [
  ['a node: import', /from\s+['"]node:/],
  ['fs', /from\s+['"]fs['"]/],
  ['fast-glob', /from\s+['"]fast-glob['"]/],
  ['chalk', /from\s+['"]chalk['"]/],
  ['cli-table3', /from\s+['"]cli-table3['"]/],
  ['process', /\bprocess\./],
  ['the clock', /\bDate\.now\(|new Date\(\s*\)/],
  ['randomness', /\bMath\.random\(/],
];

function sources(folder: string): string[] {
  return fg.sync(`${folder}/**/*.ts`, { cwd: SRC });
}

describe('architecture', () => {
  it.each(PURE)('src/%s is pure', (folder) => {
    for (const file of sources(folder)) {
      const text = readFileSync(path.join(SRC, file), 'utf8');
      for (const [what, pattern] of FORBIDDEN_IN_PURE) {
        expect(pattern.test(text), `${file} uses ${what}`).toBe(false);
      }
    }
  });

  it('src/render builds strings only: no fs, no process', () => {
    for (const file of sources('render')) {
      const text = readFileSync(path.join(SRC, file), 'utf8');
      expect(/from\s+['"]node:|\bprocess\./.test(text), file).toBe(false);
    }
  });

  it('nothing imports src/cli except the cli itself', () => {
    for (const file of fg.sync('**/*.ts', { cwd: SRC, ignore: ['cli/**'] })) {
      const text = readFileSync(path.join(SRC, file), 'utf8');
      expect(/from\s+['"][./]+\/cli\//.test(text), file).toBe(false);
    }
  });

  it('no process.exit anywhere in src', () => {
    for (const file of fg.sync('**/*.ts', { cwd: SRC })) {
      expect(readFileSync(path.join(SRC, file), 'utf8').includes('process.exit('), file).toBe(false);
    }
  });
});
