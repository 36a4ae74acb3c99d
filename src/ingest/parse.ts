// File text → Article for every format, HTML included: pure and synchronous, for tests and eval
// scripts. The CLI reads through load.ts instead, which loads the HTML modules only for HTML files.
import type { Article, Encoding, Problem } from '../model.js';
import { htmlArticle } from './html-article.js';
import { parseBytesWith, parseTextWith } from './parse-text.js';

export { problem } from './article-parts.js';
export { isProblem } from './parse-text.js';

/** Turns one file's bytes into an Article, or a Problem when there is no article to be had. */
export function parseArticleBytes(file: string, bytes: Uint8Array): Article | Problem {
  return parseBytesWith(file, bytes, htmlArticle);
}

export function parseArticleText(file: string, text: string, encoding: Encoding = 'utf-8'): Article | Problem {
  return parseTextWith(file, text, encoding, htmlArticle);
}
