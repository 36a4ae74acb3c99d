// Quotes per second over the BBC News Summary articles: parse every file first, then time
// extractQuotes alone over all of them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractQuotes } from '../../src/extract/quotes.js';
import type { Article } from '../../src/model.js';

export interface SpeedResult {
  articles: number;
  quotes: number;
  ms: number;
}

export function bbcSpeed(root: string, parse: (file: string, text: string) => Article | null): SpeedResult | null {
  if (!existsSync(root)) return null;
  const articles: Article[] = [];
  for (const category of readdirSync(root).sort()) {
    for (const file of readdirSync(path.join(root, category)).sort()) {
      const full = path.join(root, category, file);
      const article = parse(full, readFileSync(full, 'utf8'));
      if (article) articles.push(article);
    }
  }
  extractQuotes(articles[0]!); // warm up the JIT once
  const t0 = performance.now();
  let quotes = 0;
  for (const article of articles) quotes += extractQuotes(article).length;
  return { articles: articles.length, quotes, ms: performance.now() - t0 };
}
