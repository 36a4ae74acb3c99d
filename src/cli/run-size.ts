// Whether a run is too short for V8's optimising compiler to pay for itself. It compiles the hottest
// functions again, on a second thread, while the run goes on; a run over a few small files is over
// before that code is used much. Measured (medians of interleaved fresh processes, one-job runs):
//   one 2.6 KB .txt:              wall -6 to -11 ms, CPU -18 ms without it;
//   the 12 articles/ (30 KB):     wall 307 -> 182 ms over bare node, CPU 383 -> 187 ms;
//   50 BBC articles (98 KB):      wall 415 -> 364 ms, CPU 606 -> 366 ms;
//   200 BBC articles (387 KB):    wall 849 -> 837 ms (even), CPU 1,271 -> 838 ms.
// Past that the optimised code wins, so the limits sit below the point where wall time evens out.

/** Below this many files, starting worker threads costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 64;

/** At most this many files: the runs too small for worker threads, which would share the flag. */
export const SHORT_RUN_FILES = MIN_FILES_FOR_WORKERS - 1;
/**
 * At most this many bytes in all: ~130 BBC articles. Larger runs keep the optimising compiler, whose
 * code is several times faster once warm (a 5 MB article would take seconds longer without it).
 */
export const SHORT_RUN_BYTES = 256 * 1024;

/**
 * True when `files` and their total size make a short run. `bytes` gives that size (null when unknown:
 * stdin) and is asked only when the count fits, so that a long run stats no file for it.
 */
export function isShortRun(files: number, bytes: () => number | null): boolean {
  if (files === 0 || files > SHORT_RUN_FILES) return false;
  const total = bytes();
  return total !== null && total <= SHORT_RUN_BYTES;
}
