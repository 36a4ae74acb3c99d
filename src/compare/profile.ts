// What similarity looks at in one article: content stems, title stems, names and numbers, as strings.
import type { Article } from '../model.js';
import { findNames } from '../text/names.js';
import { contentStems, contentWords, numberTokens } from '../text/tokens.js';

export interface ArticleProfile {
  /** Content stems of headline and body, in order of appearance. */
  terms: string[];
  /** How each stem (or "@" + name key) was first written, for labels. */
  surfaces: Map<string, string>;
  /** Content stems of the headline only. */
  title: string[];
  /** Keys of the names in headline and body ("pete bungard"). */
  names: string[];
  /** Numbers as written, normalised ("7319", "9.2", "2011"). */
  numbers: string[];
  words: number;
}

/** The body as one text: paragraphs joined by blank lines. */
export function bodyText(article: Article): string {
  return article.paragraphs.map((p) => p.text).join('\n\n');
}

export function profileArticle(article: Article): ArticleProfile {
  return profileText(article.headline ?? '', bodyText(article));
}

export function profileText(headline: string, body: string): ArticleProfile {
  const all = headline === '' ? body : `${headline}\n\n${body}`;
  const stemmed = contentWords(all);
  const surfaces = new Map<string, string>();
  for (const { stem, word } of stemmed) if (!surfaces.has(stem)) surfaces.set(stem, word);
  const names = findNames(body);
  for (const name of names) if (!surfaces.has(`@${name.key}`)) surfaces.set(`@${name.key}`, name.text);
  return {
    terms: stemmed.map((w) => w.stem),
    surfaces,
    title: contentStems(headline),
    names: names.map((n) => n.key),
    numbers: numberTokens(all),
    words: body.split(/\s+/).filter(Boolean).length,
  };
}
