import { availableParallelism } from 'node:os';
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
    isTTY: { stdin: Boolean(process.stdin.isTTY), stdout: Boolean(process.stdout.isTTY), stderr: Boolean(process.stderr.isTTY) },
    columns: process.stdout.columns ?? 0,
    cpus: availableParallelism(),
  };
}
