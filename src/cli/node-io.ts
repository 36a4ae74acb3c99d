import { availableParallelism } from 'node:os';
import { isatty } from 'node:tty';
import type { Io } from './io.js';

/** The real process as an Io. Writes wait for 'drain' so a large run never buffers all its output. */
export function nodeIo(): Io {
  return {
    stdout: (text) => new Promise<void>((resolve) => {
      if (process.stdout.write(text)) resolve();
      else process.stdout.once('drain', resolve);
    }),
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
  };
}
