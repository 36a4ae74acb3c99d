// A few scenarios through the built bin in a fresh process: shebang, exit codes, streams, pipes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { builtFiles, DIST_CLI, ROOT } from '../helpers/fresh-process.js';

const BIN = path.join(ROOT, 'bin/digest.js');
const FIXTURES = path.join(ROOT, 'tests/fixtures/basic');
const built = builtFiles([path.join(DIST_CLI, 'main.js')], 'the bin tests');

const digest = (args: string[], env: Record<string, string> = {}) =>
  execa(BIN, args, { cwd: FIXTURES, reject: false, env: { ...env, FORCE_COLOR: undefined }, extendEnv: true });

describe.skipIf(!built)('bin/digest.js', () => {
  it('prints the bare version and exits 0', async () => {
    const result = await digest(['--version']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('keeps results on stdout and problems on stderr, exit 2 for a missing file', async () => {
    const result = await digest(['summarize', 'missing.md', 'harbour-bridge.md', '--json']);
    expect(result.exitCode).toBe(2);
    expect(JSON.parse(result.stdout).articles).toHaveLength(1);
    expect(result.stderr).toBe('digest: cannot read missing.md: no such file or directory');
  });

  it('exits 2 on a usage error', async () => {
    const result = await digest(['summarize', '--no-such-flag']);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
  });

  it('ends quietly with 0 when the reader of the pipe goes away', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'digest-epipe-'));
    try {
      const article = readFileSync(path.join(FIXTURES, 'harbour-bridge.md'));
      for (let i = 0; i < 400; i++) writeFileSync(path.join(dir, `a${i}.md`), article);
      const result = await execa('bash', ['-c', `node ${BIN} summarize . --format ndjson | head -c 10; exit "\${PIPESTATUS[0]}"`], { cwd: dir, reject: false });
      expect(result.stdout).toBe('{"type":"a');
      expect(result.stderr).toBe('');
      expect(result.exitCode).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never colors when NO_COLOR is set, even when forced by FORCE_COLOR', async () => {
    const result = await digest(['summarize', 'harbour-bridge.md'], { NO_COLOR: '1' });
    expect(result.stdout).not.toMatch(/\u001b\[/);
    expect(result.stdout).toMatch(/Harbour bridge reopens/);
  });

  it('reads stdin for -', async () => {
    const result = await execa(BIN, ['summarize', '-', '--stdin-filename', 'in.txt', '--json'], { cwd: FIXTURES, input: 'Title line here\n\nFirst sentence of the body. Second one.\n', reject: false });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).articles[0].headline).toBe('Title line here');
  });
});

describe.skipIf(!built)('signals', () => {
  it('stops on SIGINT with status 130, leaving only whole NDJSON lines', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'digest-sigint-'));
    try {
      const article = readFileSync(path.join(FIXTURES, 'harbour-bridge.md'), 'utf8');
      for (let i = 0; i < 3000; i++) writeFileSync(path.join(dir, `a${i}.md`), article.replace('Harbour', `Harbour ${i}`));
      // stdin ("-", after the files) stays open, so the child cannot finish before the signal, however
      // late a loaded machine lets this side read its first line.
      const child = execa(BIN, ['summarize', '.', '-', '--format', 'ndjson', '--jobs', '1'], { cwd: dir, reject: false });
      await new Promise<void>((resolve) => {
        let seen = '';
        child.stdout?.on('data', (chunk: Buffer) => {
          seen += chunk.toString();
          if (seen.includes('\n')) resolve();
        });
      });
      child.kill('SIGINT');
      const result = await child;
      expect(result.exitCode).toBe(130);
      expect(result.stderr).toBe('');
      const lines = result.stdout.split('\n').filter(Boolean);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.length).toBeLessThanOrEqual(3000);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
