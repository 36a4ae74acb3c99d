import type { Io } from './io.js';

/** Runs shorter than this many files finish before a progress bar would help. */
export const MIN_FILES_FOR_PROGRESS = 200;
/** Redraw at most this often: a terminal flooded with updates slows the run down. */
const REDRAW_EVERY_MS = 100;
const BAR_WIDTH = 30;

export interface Progress {
  tick(done: number): void;
  /** Clears the bar so that whatever is written next starts on a clean line. */
  clear(): void;
}

const silent: Progress = { tick: () => undefined, clear: () => undefined };

/** A progress bar on stderr, only for long runs on a terminal, never in CI or with --quiet. */
export function startProgress(io: Io, total: number, quiet: boolean, now: () => number): Progress {
  if (quiet || !io.isTTY.stderr || io.env.CI || total < MIN_FILES_FOR_PROGRESS) return silent;
  let last = 0;
  let shown = false;
  return {
    tick(done) {
      const time = now();
      if (time - last < REDRAW_EVERY_MS && done < total) return;
      last = time;
      const filled = Math.round((done / total) * BAR_WIDTH);
      io.stderr(`\r${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)} ${done}/${total} files`);
      shown = true;
    },
    clear() {
      if (shown) io.stderr('\r\u001b[K');
      shown = false;
    },
  };
}
