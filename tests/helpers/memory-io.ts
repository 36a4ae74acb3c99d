import type { Io } from '../../src/cli/io.js';

export interface MemoryIo extends Io {
  out: string;
  err: string;
}

/** An in-memory Io for running `main` in-process. Columns 80, no TTY, no color unless env says so. */
export function memoryIo(options: { cwd?: string; env?: Record<string, string>; stdin?: string; tty?: boolean; cpus?: number } = {}): MemoryIo {
  const io: MemoryIo = {
    out: '',
    err: '',
    stdout(text) { io.out += text; },
    stderr(text) { io.err += text; },
    readStdin: async () => options.stdin ?? '',
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    isTTY: { stdin: options.tty ?? false, stdout: options.tty ?? false, stderr: options.tty ?? false },
    columns: 80,
    cpus: options.cpus ?? 1,
  };
  return io;
}
