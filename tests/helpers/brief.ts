import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isProblem, parseArticleText } from '../../src/ingest/parse.js';
import type { Article } from '../../src/model.js';
import type { BriefingOptions } from '../../src/brief/index.js';

/** Hand-written articles for `digest brief`: a ferry fire (three sources), a bridge closure (two), two single-source items. */
export const BRIEF_DIR = path.resolve(import.meta.dirname, '../fixtures/brief');

export function briefArticles(): Article[] {
  return readdirSync(BRIEF_DIR).sort().map((name) => {
    const parsed = parseArticleText(`brief/${name}`, readFileSync(path.join(BRIEF_DIR, name), 'utf8'));
    if (isProblem(parsed)) throw new Error(parsed.message);
    return parsed;
  });
}

export const BRIEF_OPTIONS: BriefingOptions = { sentences: 3, quotes: 3, figures: 3, stories: 10, also: 10, threshold: undefined };
