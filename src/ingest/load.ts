// The only module that reads files: resolves paths, directories and globs, then reads each file.
import { closeSync, fstatSync, openSync, readFile, readFileSync, readSync, stat, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Article, Problem } from '../model.js';
import { isHtmlPath, parseBytesWith, parseTextWith, problem, type HtmlReader } from './parse-text.js';

/** Files larger than this are refused unless --max-bytes says otherwise: no article is 50 MB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const ARTICLE_EXTENSIONS = ['md', 'markdown', 'txt', 'html', 'htm'];
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** Paths more than this many folders above the working directory are shown absolute. */
const MAX_PARENT_STEPS = 2;

export type Input = { kind: 'file'; path: string; display: string } | { kind: 'stdin'; display: string };

export interface Resolved {
  inputs: Input[];
  problems: Problem[];
}

/** Expands the command line's paths into a sorted, de-duplicated list of inputs. */
export async function resolveInputs(args: readonly string[], cwd: string, stdinName: string | null): Promise<Resolved> {
  const found = new Map<string, Input>();
  const problems: Problem[] = [];
  let stdin: Input | null = null;
  for (const arg of args) {
    if (arg === '-') {
      stdin = { kind: 'stdin', display: stdinName ?? '<stdin>' };
      continue;
    }
    const files = await expand(arg, cwd, problems);
    for (const file of files) {
      const absolute = path.resolve(cwd, file);
      if (!found.has(absolute)) found.set(absolute, { kind: 'file', path: absolute, display: displayPath(absolute, cwd) });
    }
  }
  const inputs = [...found.values()].sort((a, b) => compareText(a.display, b.display));
  if (stdin) inputs.push(stdin);
  return { inputs, problems };
}

async function expand(arg: string, cwd: string, problems: Problem[]): Promise<string[]> {
  // fast-glob is loaded only when a folder or pattern is given: one named file starts faster.
  const fg = async () => (await import('fast-glob')).default;
  const absolute = path.resolve(cwd, arg);
  const found = await statFile(absolute).catch((error: NodeJS.ErrnoException) => error);
  if (!(found instanceof Error)) {
    if (found.isDirectory()) {
      const files = await (await fg())(`**/*.{${ARTICLE_EXTENSIONS.join(',')}}`, {
        cwd: absolute, ignore: IGNORE, absolute: true, onlyFiles: true, followSymbolicLinks: false, suppressErrors: true, caseSensitiveMatch: false,
      });
      if (files.length === 0) problems.push(problem(arg, 'NO_MATCH', 'error', `no articles (${ARTICLE_EXTENSIONS.map((ext) => `.${ext}`).join(', ')}) in directory ${arg}`));
      return files;
    }
    return [absolute];
  }
  if ((await fg()).isDynamicPattern(arg)) {
    const files = await (await fg())(arg.replaceAll('\\', '/'), { cwd, ignore: IGNORE, absolute: true, onlyFiles: true, suppressErrors: true });
    if (files.length === 0) problems.push(problem(arg, 'NO_MATCH', 'error', `pattern matched no files: ${arg}`));
    return files;
  }
  problems.push(problem(arg, 'NOT_FOUND', 'error', `cannot read ${arg}: ${reason(found)}`));
  return [];
}

// fs's callback functions, not fs.promises: its first use loads Node's promise file API with its
// streams and readline modules, ~5 ms of a one-file run.
const statFile = promisify(stat);
const readBytes = promisify(readFile);

/**
 * The HTML reader for a file named `file`, or null when it is no HTML page. Imported when the first
 * HTML file comes: a run over .md and .txt files never loads the HTML modules (linkedom, Readability
 * and our own eleven), which would be a large share of its start-up.
 */
export async function htmlReaderFor(file: string): Promise<HtmlReader | null> {
  return isHtmlPath(file) ? (await import('./html-article.js')).htmlArticle : null;
}

/** Reads and parses one input. Never throws: a bad file becomes a Problem. */
export async function loadArticle(input: Input, readStdin: () => Promise<string>, maxBytes: number): Promise<Article | Problem> {
  if (input.kind === 'stdin') return parseTextWith(input.display, await readStdin(), 'utf-8', await htmlReaderFor(input.display));
  try {
    const { size } = await statFile(input.path);
    if (size > maxBytes) {
      return tooLarge(input.display, size, maxBytes);
    }
    const [bytes, readHtml] = await Promise.all([readBytes(input.path), htmlReaderFor(input.display)]);
    return parseBytesWith(input.display, bytes, readHtml);
  } catch (error) {
    return unreadable(input.display, error);
  }
}

/**
 * loadArticle for a named file, read synchronously: one open, one fstat, one read. For loops that
 * read thousands of files and have nothing to do meanwhile (worker threads, `stories`): measured on
 * 50,000 small files, a fifth of the CPU time of the promise-based reads (no thread-pool hops).
 * Async only to import the HTML reader the first time an HTML file comes.
 */
export async function loadArticleFile(input: Input & { kind: 'file' }, maxBytes: number): Promise<Article | Problem> {
  return readArticleFileSync(input, maxBytes, await htmlReaderFor(input.display));
}

function readArticleFileSync(input: Input & { kind: 'file' }, maxBytes: number, readHtml: HtmlReader | null): Article | Problem {
  let fd: number | undefined;
  try {
    fd = openSync(input.path, 'r');
    const size = fstatSync(fd).size;
    if (size > maxBytes) {
      return tooLarge(input.display, size, maxBytes);
    }
    return parseBytesWith(input.display, readOpenFile(fd, size), readHtml);
  } catch (error) {
    return unreadable(input.display, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The bytes of an open file whose fstat gave `size`: what readFileSync(fd) reads, without its own
 * second fstat (one system call in five per file, on runs of thousands of files). A size of 0 is
 * what pipes and /proc files report, whatever they hold: readFileSync reads those to their end.
 */
function readOpenFile(fd: number, size: number): Buffer {
  if (size === 0) return readFileSync(fd);
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, bytes, filled, size - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled < size ? bytes.subarray(0, filled) : bytes;
}

/**
 * The inputs' total size in bytes, counted until it passes `limit` (then any number over it); null when
 * an input is stdin (its size is unknown until read) or a file cannot be stat'ed (its error comes later).
 */
export function inputBytes(inputs: readonly Input[], limit: number): number | null {
  let total = 0;
  for (const input of inputs) {
    if (input.kind !== 'file') return null;
    try { total += statSync(input.path).size; } catch { return null; }
    if (total > limit) return total;
  }
  return total;
}

/** One input for a loop over many files: a named file is read synchronously, stdin as it comes. */
export async function loadInput(input: Input, readStdin: () => Promise<string>, maxBytes: number): Promise<Article | Problem> {
  return input.kind === 'file' ? loadArticleFile(input, maxBytes) : loadArticle(input, readStdin, maxBytes);
}

/** The file is over --max-bytes: refused before it is read. */
function tooLarge(display: string, size: number, maxBytes: number): Problem {
  return problem(display, 'TOO_LARGE', 'error', `cannot read ${display}: ${size} bytes is over the limit of ${maxBytes} (--max-bytes)`);
}

function unreadable(display: string, error: unknown): Problem {
  return problem(display, 'UNREADABLE', 'error', `cannot read ${display}: ${reason(error)}`);
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    default: return (error as Error).message ?? String(error);
  }
}

export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  const climbs = relative.split(path.sep).filter((part) => part === '..').length;
  // Far outside the working directory an absolute path reads better than a ladder of ../
  const shown = relative === '' || climbs > MAX_PARENT_STEPS ? absolute : relative;
  return shown.split(path.sep).join('/');
}

/** Code-point order, independent of locale, so output is the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
