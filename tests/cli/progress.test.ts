import { describe, expect, it } from 'vitest';
import { MIN_FILES_FOR_PROGRESS, startProgress } from '../../src/cli/progress.js';
import { memoryIo } from '../helpers/memory-io.js';

describe('progress bar', () => {
  it('draws on a terminal for long runs, throttled, and clears itself', () => {
    const io = memoryIo({ tty: true });
    let clock = 0;
    const progress = startProgress(io, MIN_FILES_FOR_PROGRESS, false, () => clock);
    clock = 1000;
    progress.tick(1);
    progress.tick(2); // same instant: throttled
    clock = 2000;
    progress.tick(MIN_FILES_FOR_PROGRESS);
    progress.clear();
    expect(io.err.match(/\r[█░]+ \d+\/\d+ files/g)).toHaveLength(2);
    expect(io.err.endsWith('\r\u001b[K')).toBe(true);
  });

  it.each([
    ['not a terminal', { tty: false }, false, MIN_FILES_FOR_PROGRESS],
    ['in CI', { tty: true, env: { CI: 'true' } }, false, MIN_FILES_FOR_PROGRESS],
    ['with --quiet', { tty: true }, true, MIN_FILES_FOR_PROGRESS],
    ['for a short run', { tty: true }, false, 3],
  ] as const)('stays silent %s', (_name, ioOptions, quiet, total) => {
    const io = memoryIo(ioOptions);
    const progress = startProgress(io, total, quiet, () => 10_000);
    progress.tick(1);
    progress.clear();
    expect(io.err).toBe('');
  });
});
