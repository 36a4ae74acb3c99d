// The world `main` runs in, passed as a parameter so the CLI can run in-process in tests.
export interface Io {
  stdout(text: string): void | Promise<void>;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  cwd: string;
  env: Record<string, string | undefined>;
  isTTY: { stdin: boolean; stdout: boolean; stderr: boolean };
  columns: number;
  /** Cores available, the default for --jobs. */
  cpus: number;
  /**
   * Told once the inputs are known to be few and small (see run-size.ts): the real process then keeps
   * V8's optimising compiler off. Absent in tests, whose process runs many commands.
   */
  shortRun?(): void;
}

/** Color on or off, decided once: flag > NO_COLOR > FORCE_COLOR > TTY and TERM. */
export function decideColor(flag: boolean | undefined, io: Io): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.isTTY.stdout && io.env.TERM !== 'dumb';
}

/** Terminal width: the TTY's, else COLUMNS, else 80. */
export function decideColumns(io: Io): number {
  const fromEnv = Number(io.env.COLUMNS);
  const columns = io.isTTY.stdout && io.columns > 0 ? io.columns : Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 80;
  return Math.max(40, Math.min(columns, 200));
}
