// Loads the summarization corpora from ../shared/corpora at run time (they are third-party text:
// never copied into the repo). Each document is parsed with the product's own parser.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../src/model.js';
import { isProblem, parseArticleBytes, parseArticleText } from '../../src/ingest/parse.js';

export interface SummaryDoc {
  id: string;
  article: Article;
  /** Reference summary as plain text. */
  reference: string;
  /** Number of sentences the system summary gets. */
  sentences: number;
  /** BBC: the reference's pieces that hold a word (a lone quote mark the glued-summary split makes is none). */
  wordedSentences?: number;
}

/** The project root: the nearest folder above this file with a package.json (works from src and dist). */
export function projectRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export const CORPORA = path.resolve(projectRoot(), '../shared/corpora');
export const CNNDM_FILE = path.join(CORPORA, 'cnndm-test-sample/cnndm_test_frank100.jsonl');
export const BBC_DIR = path.join(CORPORA, 'bbc-news-summary');

/** Undoes the PTB tokenization of CNN/DM highlights where it changes rouge tokens ("did n't" → "didn't"). */
export function detokenizePtb(text: string): string {
  return text
    .replace(/ n't\b/g, "n't")
    .replace(/-LRB-/gi, '(').replace(/-RRB-/gi, ')')
    .replace(/-LSB-/gi, '[').replace(/-RSB-/gi, ']')
    .replace(/``|''/g, '"')
    .replace(/\b(gon|wan) na\b/gi, '$1na')
    .replace(/\bcan not\b/gi, 'cannot');
}

/** The CNN/DailyMail sample: the article has no headline; the reference is its highlights. */
export function loadCnndm(): SummaryDoc[] | null {
  if (!existsSync(CNNDM_FILE)) return null;
  const docs: SummaryDoc[] = [];
  for (const line of readFileSync(CNNDM_FILE, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { id: string; article: string; highlights_tokenized: string };
    const article = parseArticleText(`cnndm/${record.id}.txt`, record.article);
    if (isProblem(article)) continue;
    docs.push({ id: record.id, article, reference: detokenizePtb(record.highlights_tokenized), sentences: 3 });
  }
  return docs;
}

/** BBC reference summaries glue sentences together with no space: "…$10.9bn.For the full-year…". */
export function splitGluedSummary(summary: string): string[] {
  return summary.trim().split(/(?<=[.!?"])(?=[A-Z"'])/).filter((s) => s.trim() !== '');
}

/** The BBC News Summary set: first line is the headline; summary length = the reference's sentence count. */
export function loadBbc(): SummaryDoc[] | null {
  if (!existsSync(BBC_DIR)) return null;
  const docs: SummaryDoc[] = [];
  for (const category of readdirSync(path.join(BBC_DIR, 'articles')).sort()) {
    for (const name of readdirSync(path.join(BBC_DIR, 'articles', category)).sort()) {
      const id = `${category}/${name}`;
      const article = parseArticleBytes(`bbc/${id}`, readFileSync(path.join(BBC_DIR, 'articles', id)));
      if (isProblem(article)) continue;
      const parts = splitGluedSummary(decodeText(readFileSync(path.join(BBC_DIR, 'summaries', id))));
      const wordedSentences = parts.filter((part) => /[\p{L}\p{N}]/u.test(part)).length;
      docs.push({ id, article, reference: parts.join(' '), sentences: parts.length, wordedSentences });
    }
  }
  return docs;
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

/** A fixed, id-based half split (FNV-1a hash): "tune" for choosing weights, "held" for reporting. */
export function halfOf(id: string): 'tune' | 'held' {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 2 === 0 ? 'tune' : 'held';
}
