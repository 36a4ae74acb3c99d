// compare and stories through the built bin: exit codes, streams, and --jobs worker threads.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/digest.js');
const built = existsSync(path.join(ROOT, 'dist/src/cli/main.js'));

const digest = (args: string[]) => execa(BIN, args, { cwd: path.join(ROOT, 'tests/fixtures'), reject: false, env: { FORCE_COLOR: undefined }, extendEnv: true });

describe.skipIf(!built)('bin/digest.js compare and stories', () => {
  it('compare with one article: usage error on stderr, exit 2, nothing on stdout', async () => {
    const result = await digest(['compare', 'stories/fire-news.md']);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('compare needs at least two articles, got 1');
  });

  it('compare two reports of one fire: same story, JSON on stdout', async () => {
    const result = await digest(['compare', 'stories/fire-news.md', 'stories/fire-post.md', '--json']);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).comparison.pairs[0].verdict).toBe('same story');
  });

  it('stories gives the same groups on worker threads as in one thread', async () => {
    // Enough files for --jobs to start workers: twelve copies of each fixture.
    const dir = mkdtempSync(path.join(tmpdir(), 'digest-stories-'));
    try {
      const fixtures = path.join(ROOT, 'tests/fixtures/stories');
      for (const name of readdirSync(fixtures)) {
        for (let copy = 0; copy < 12; copy++) writeFileSync(path.join(dir, `${copy}-${name}`), readFileSync(path.join(fixtures, name)));
      }
      const one = await digest(['stories', dir, '--format', 'ndjson', '--jobs', '1']);
      const two = await digest(['stories', dir, '--format', 'ndjson', '--jobs', '2']);
      expect(one.exitCode).toBe(0);
      expect(two.exitCode).toBe(0);
      expect(two.stdout).toBe(one.stdout);
      expect(one.stdout.split('\n').filter((l) => l.startsWith('{"type":"story"'))).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
