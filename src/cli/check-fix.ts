// --fix: computes a file's fixes with the pure core, then rewrites the file atomically. Only
// UTF-8 files are rewritten (re-encoding Latin-1 or UTF-16 would change every other byte too).
import { promises as fs } from 'node:fs';
import type { Article, Problem } from '../model.js';
import { isProblem, parseBytesWith, parseTextWith, problem } from '../ingest/parse-text.js';
import { htmlReaderFor, type Input } from '../ingest/load.js';
import { checkArticle, finishFile, type CheckOptions } from '../check/index.js';
import { applyEdits, keepsBody } from '../check/fix.js';
import { writeFileAtomic } from './write-atomic.js';

export interface FixOutcome {
  applied: number;
  /** The article as it is now on disk (fixed or not), or null when it could not be read. */
  article: Article | null;
  problem: Problem | null;
}

export async function fixFile(input: Extract<Input, { kind: 'file' }>, options: CheckOptions): Promise<FixOutcome> {
  // The HTML reader through load.ts: `digest check` over .md and .txt files never loads the HTML modules.
  const [bytes, readHtml] = await Promise.all([fs.readFile(input.path), htmlReaderFor(input.display)]);
  const before = parseBytesWith(input.display, bytes, readHtml);
  if (isProblem(before)) return { applied: 0, article: null, problem: before };
  if (before.encoding !== 'utf-8' && before.encoding !== 'utf-8-bom') {
    return { applied: 0, article: before, problem: problem(input.display, 'ENCODING', 'warning', `not fixed: ${input.display} is ${before.encoding}, and --fix only rewrites UTF-8 files`) };
  }
  const { fixes } = finishFile(checkArticle(before, options));
  if (fixes.length === 0) return { applied: 0, article: before, problem: null };
  const fixed = applyEdits(before.text, fixes);
  const after = parseTextWith(input.display, fixed.text, before.encoding, readHtml);
  // The safety net: a fix may change front matter values and drop trailing boilerplate, never the story.
  if (isProblem(after) || !keepsBody(before, fixed.text)) {
    return { applied: 0, article: before, problem: problem(input.display, 'INTERNAL', 'error', `internal error: a fix would change the body of ${input.display}; the file was not changed`) };
  }
  const encoded = new TextEncoder().encode(fixed.text);
  const data = before.encoding === 'utf-8-bom' ? concat(new Uint8Array([0xef, 0xbb, 0xbf]), encoded) : encoded;
  await writeFileAtomic(input.path, data);
  return { applied: fixed.applied, article: after, problem: null };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
