import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { memoryIo } from '../../helpers/memory-io.js';
import { isShortRun, MIN_FILES_FOR_WORKERS, SHORT_RUN_BYTES, SHORT_RUN_FILES } from '../../../src/cli/run-size.js';

describe('isShortRun', () => {
  it.each([
    [1, 2_600, true],
    [12, 30_000, true],
    [SHORT_RUN_FILES, SHORT_RUN_BYTES, true],
    [0, 0, false],
    [1, SHORT_RUN_BYTES + 1, false],
    [SHORT_RUN_FILES + 1, 1_000, false],
    [1, null, false],
  ])('%i files, %s bytes: %s', (files, bytes, expected) => {
    expect(isShortRun(files, () => bytes)).toBe(expected);
  });

  it('asks for the size only when the file count fits', () => {
    let asked = 0;
    expect(isShortRun(SHORT_RUN_FILES + 1, () => { asked++; return 0; })).toBe(false);
    expect(asked).toBe(0);
  });

  it('never holds for a run that starts worker threads (they share the process flags)', () => {
    expect(isShortRun(MIN_FILES_FOR_WORKERS, () => 1_000)).toBe(false);
  });
});

describe('a run tells the process when it is short', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'digest-run-size-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const article = 'Harbour bridge reopens\n\nThe harbour bridge reopened on Monday after repairs costing £3.1m, the council said.\n';

  async function shortRunCalls(args: string[], stdin?: string): Promise<number> {
    let calls = 0;
    const io = { ...memoryIo({ cwd: dir, stdin }), shortRun: () => { calls++; } };
    expect(await main(args, io)).toBe(0);
    return calls;
  }

  it('for a few small files, once', async () => {
    writeFileSync(path.join(dir, 'small.txt'), article);
    expect(await shortRunCalls(['summarize', 'small.txt', '--format', 'json'])).toBe(1);
  });

  it('not when the files hold more than the byte limit, nor for stdin', async () => {
    writeFileSync(path.join(dir, 'large.txt'), article.repeat(Math.ceil((SHORT_RUN_BYTES + 1) / article.length)));
    expect(await shortRunCalls(['summarize', 'large.txt', '--format', 'json'])).toBe(0);
    expect(await shortRunCalls(['summarize', '-', '--format', 'json'], article)).toBe(0);
  });
});
