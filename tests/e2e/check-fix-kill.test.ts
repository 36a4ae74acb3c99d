// `digest check --fix` killed with SIGKILL in the middle of a run: every article must be either
// exactly as it was or exactly as a finished fix leaves it, never half written.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/digest.js');
const FILES = 200;
/** Kill points, as a share of the files already rewritten: early, middle and late in the run. */
const KILL_AFTER_FIXED = [1, FILES / 4, FILES / 2];

let base = '';
let original = '';
let fixedDir = '';
/** The articles as written, read once: the poll below compares against them every few milliseconds. */
let originals = new Map<string, string>();

function article(i: number): string {
  // A written date (fixable to 2024-05-05) and a newsletter trailer (fixable: trimmed), padded so
  // that each write takes long enough to be caught in the middle.
  const filler = `The harbour committee met again on Tuesday to discuss item ${i}. `.repeat(200);
  return `---\ntitle: Harbour committee meeting ${i}\ndate: 5 May 2024\nsource: Westcombe Courier\n---\n\n${filler}\n\nSign-up for our newsletter\n`;
}

function snapshot(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

function countChanged(dir: string, before: Map<string, string>): number {
  let changed = 0;
  for (const [name, text] of snapshot(dir)) if (text !== before.get(name)) changed++;
  return changed;
}

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'digest-fix-kill-'));
  original = path.join(base, 'original');
  fixedDir = path.join(base, 'fixed');
  mkdirSync(original);
  for (let i = 0; i < FILES; i++) writeFileSync(path.join(original, `a${String(i).padStart(4, '0')}.md`), article(i));
  originals = snapshot(original);
  cpSync(original, fixedDir, { recursive: true });
  await execa('node', [BIN, 'check', '.', '--fix', '--today', '2025-06-01'], { cwd: fixedDir, reject: false });
}, 120_000);

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('check --fix killed mid-run', () => {
  it('a finished --fix changes every file (the test would catch nothing otherwise)', () => {
    expect(countChanged(fixedDir, originals)).toBe(FILES);
  });

  it.each(KILL_AFTER_FIXED)('after %i files are fixed, SIGKILL leaves every file whole (original or fixed)', async (killAfter) => {
    const dir = path.join(base, `run-${killAfter}`);
    cpSync(original, dir, { recursive: true });
    const child = execa('node', [BIN, 'check', '.', '--fix', '--today', '2025-06-01'], { cwd: dir, reject: false });
    while (child.exitCode === null && countChanged(dir, originals) < killAfter) await new Promise((resolve) => setTimeout(resolve, 2));
    child.kill('SIGKILL');
    await child;
    const after = snapshot(fixedDir);
    const now = snapshot(dir);
    expect(now.size).toBe(FILES);
    for (const [name, text] of now) expect([originals.get(name), after.get(name)]).toContain(text);
    // Leftovers can only be our own hidden temporary files, which article globs never match.
    const others = readdirSync(dir).filter((f) => !f.endsWith('.md'));
    for (const f of others) expect(f).toMatch(/^\.a\d{4}\.md\.digest-fix-\d+-[0-9a-f]{8}\.tmp$/);
  }, 120_000);
});
