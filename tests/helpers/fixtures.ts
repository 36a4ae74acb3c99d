import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isProblem, parseArticleText } from '../../src/ingest/parse.js';
import type { Article } from '../../src/model.js';

export const STORIES_DIR = path.resolve(import.meta.dirname, '../fixtures/stories');

/** The hand-written story fixtures, by file name without extension. */
export function storyArticles(): Record<string, Article> {
  const out: Record<string, Article> = {};
  for (const name of readdirSync(STORIES_DIR).sort()) {
    const parsed = parseArticleText(name, readFileSync(path.join(STORIES_DIR, name), 'utf8'));
    if (isProblem(parsed)) throw new Error(parsed.message);
    out[name.replace(/\.md$/, '')] = parsed;
  }
  return out;
}
