import { Option, type Command } from 'commander';
import { FORMATS, type Format } from '../render/stream.js';
import { DEFAULT_MAX_BYTES } from '../ingest/load.js';
import { UsageError } from './errors.js';

/** Options every article command takes. Commander gets no defaults: they are resolved here. */
export interface CommonFlags {
  format?: string;
  json?: boolean;
  color?: boolean;
  stdinFilename?: string;
  maxBytes?: string;
  quiet?: boolean;
  debug?: boolean;
  jobs?: string;
}

export interface CommonOptions {
  format: Format;
  color: boolean | undefined;
  stdinFilename: string | null;
  maxBytes: number;
  quiet: boolean;
  jobs: number;
}

export function addCommonOptions(command: Command, formats: readonly string[] = FORMATS): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'output format').choices(formats))
    .option('--json', 'same as --format json')
    .option('--color', 'force colored output')
    .option('--no-color', 'never color output')
    .option('--stdin-filename <path>', 'name for the article read from - (its extension picks Markdown, HTML or text)')
    .option('--max-bytes <n>', `skip files larger than this (default ${DEFAULT_MAX_BYTES})`)
    .option('-q, --quiet', 'no warnings on stderr (errors are still shown)')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores minus one, at least 1)')
    .option('--debug', 'show stack traces for internal errors');
}

/**
 * One core is left to the main thread, which reads results and writes the output, and to V8's own
 * threads (concurrent GC and compilation): one job alone keeps about 1.6 cores busy. Measured on 2
 * cores, a worker per core made summarize, quotes and figures slower than one job on the BBC corpus
 * and barely faster on 10,000 articles (eval/results/bench.md).
 */
export function defaultJobs(cores: number): number {
  return Math.max(1, cores - 1);
}

export function resolveCommon(flags: CommonFlags, cores = 1): CommonOptions {
  const format = (flags.json ? 'json' : flags.format ?? 'text') as Format;
  return {
    format,
    color: flags.color,
    stdinFilename: flags.stdinFilename ?? null,
    maxBytes: flags.maxBytes === undefined ? DEFAULT_MAX_BYTES : positiveInt(flags.maxBytes, '--max-bytes'),
    quiet: flags.quiet ?? false,
    jobs: flags.jobs === undefined ? defaultJobs(cores) : positiveInt(flags.jobs, '--jobs'),
  };
}

export function positiveInt(value: string, name: string, allowZero = false): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || (!allowZero && n === 0)) {
    throw new UsageError(`${name} takes a whole number${allowZero ? '' : ' above 0'}, not "${value}"`);
  }
  return n;
}

export function fraction(value: string, name: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0 || n > 1) throw new UsageError(`${name} takes a number above 0 and at most 1, not "${value}"`);
  return n;
}
