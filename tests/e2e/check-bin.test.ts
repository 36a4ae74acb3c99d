// A few `digest check` scenarios through the built bin (npm test builds first): the shebang,
// real exit codes and real pipes.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execa } from 'execa';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/digest.js');
const FIXTURES = path.join(ROOT, 'tests/fixtures/check');

describe('digest check through bin/digest.js', () => {
  it('exit 1 and GitHub annotations for the broken fixtures', async () => {
    const result = await execa('node', [BIN, 'check', 'broken', '--format', 'github', '--today', '2025-06-01'], { cwd: FIXTURES, reject: false });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error file=broken/bad-date.md,line=3,col=7,title=date/impossible::');
    expect(result.stderr).toBe('');
  });

  it('exit 0 for the clean fixtures', async () => {
    const result = await execa('node', [BIN, 'check', 'clean', '--today', '2025-06-01'], { cwd: FIXTURES, reject: false });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('✔ 3 files checked, no problems');
  });

  it('exit 2 for an invalid config, with one line on stderr', async () => {
    const result = await execa('node', [BIN, 'check', 'clean', '--config', 'config/strict/no-author.md'], { cwd: FIXTURES, reject: false });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^digest: invalid config config\/strict\/no-author\.md/);
  });
});
