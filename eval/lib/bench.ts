// Shared helpers for evaluation and benchmark scripts (run from dist/eval/…, so paths are found from here).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: dist/eval/lib → three folders up. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CORPORA = path.resolve(ROOT, '../shared/corpora');
export const BBC_DIR = path.join(CORPORA, 'bbc-news-summary/articles');

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] ?? 0 : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** A Markdown table (also readable in a terminal). */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
