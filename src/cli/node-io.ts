import { fstatSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isatty } from 'node:tty';
import { setFlagsFromString } from 'node:v8';
import type { Io } from './io.js';

/** The real process as an Io. Writes wait for 'drain' so a large run never buffers all its output. */
export function nodeIo(): Io {
  return {
    stdout: stdoutWriter(),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new TextDecoder().decode(Buffer.concat(chunks));
    },
    cwd: process.cwd(),
    env: process.env,
    // isatty, not process.stdin.isTTY: that getter opens a stdin stream (and for a file or /dev/null,
    // Node's whole stream and promise file API, ~5 ms) in runs that never read stdin.
    isTTY: { stdin: isatty(0), stdout: isatty(1), stderr: isatty(2) },
    columns: isatty(1) ? process.stdout.columns ?? 0 : 0,
    cpus: availableParallelism(),
    // --no-opt set after the bundle is compiled, so the code cache's flag check (src/cli/launch.cts) is
    // unaffected; code compiled from now on stays in V8's interpreter and baseline tiers.
    shortRun: () => setFlagsFromString('--no-opt'),
  };
}

/**
 * How text goes to stdout. When stdout is a file or a device such as /dev/null (not a terminal),
 * Node's process.stdout is a SyncWriteStream, whose every write is one fs.writeSync on fd 1 that
 * throws on failure: that call is made here directly, without the stream machinery around it (twice
 * the CPU of the write itself, over a BBC-sized run's 2,225 lines). A pipe or a terminal keeps the
 * stream, and a pipe's writes wait for 'drain'.
 */
function stdoutWriter(): Io['stdout'] {
  if (writesSynchronously()) return (text) => void writeSync(1, text);
  return (text) => new Promise<void>((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/** Whether Node made process.stdout a SyncWriteStream: fd 1 is a file or a character device and no terminal. */
function writesSynchronously(): boolean {
  if (isatty(1)) return false;
  try {
    const stat = fstatSync(1);
    return stat.isFile() || stat.isCharacterDevice();
  } catch {
    return false;
  }
}
