// What similarity looks at in one article, as plain data (it crosses to and from worker threads):
// counted content stems, headline stems, names and numbers, capped so that each article costs the same.
import type { Article } from '../model.js';
import { findNames } from '../text/names.js';
import { forEachContentWord, numberTokens, stem as porterStem } from '../text/tokens.js';

/**
 * Most distinct content stems kept per article. A news story has about 150-250; beyond that the
 * extra terms are rare words that add memory and little evidence.
 */
export const MAX_PROFILE_TERMS = 200;
/** Most names and numbers kept per article, for the same reason. */
export const MAX_PROFILE_NAMES = 40;
export const MAX_PROFILE_NUMBERS = 30;

export interface ArticleProfile {
  /** Content stems of headline and body, most frequent first (ties: first seen first)… */
  terms: string[];
  /** …how often each occurs… */
  counts: number[];
  /** …and how each was first written, for labels. */
  termWords: string[];
  /** Distinct content stems of the headline. */
  title: string[];
  /** Distinct name keys ("pete bungard"), in order of first mention… */
  names: string[];
  /** …and each as first written ("Pete Bungard"). */
  nameTexts: string[];
  /** Distinct numbers, normalised ("7319", "9.2", "2011"). */
  numbers: string[];
  words: number;
}

export type StemFunction = (word: string) => string;

/** The body as one text: paragraphs joined by blank lines. */
export function bodyText(article: Article): string {
  return article.paragraphs.map((p) => p.text).join('\n\n');
}

export function profileArticle(article: Article, stem: StemFunction = porterStem): ArticleProfile {
  return profileText(article.headline ?? '', bodyText(article), stem);
}

export function profileText(headline: string, body: string, stem: StemFunction = porterStem): ArticleProfile {
  const all = headline === '' ? body : `${headline}\n\n${body}`;
  const counts = new Map<string, number>();
  const firstWords = new Map<string, string>();
  forEachContentWord(all, stem, (s, word) => {
    const count = counts.get(s);
    if (count === undefined) {
      counts.set(s, 1);
      firstWords.set(s, word);
    } else counts.set(s, count + 1);
  });
  // Stable sort: equal counts keep the order of first use.
  const kept = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!).slice(0, MAX_PROFILE_TERMS);
  const names: string[] = [];
  const nameTexts: string[] = [];
  for (const name of findNames(body)) {
    if (names.length >= MAX_PROFILE_NAMES || names.includes(name.key)) continue;
    names.push(name.key);
    nameTexts.push(name.text);
  }
  return {
    terms: kept,
    counts: kept.map((s) => counts.get(s)!),
    termWords: kept.map((s) => firstWords.get(s)!),
    title: headlineStems(headline, stem),
    names,
    nameTexts,
    numbers: [...new Set(numberTokens(all))].slice(0, MAX_PROFILE_NUMBERS),
    words: countWords(body),
  };
}

/** Runs of non-space characters, as /\S+/g counts them, without a match object per word. */
function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** The characters of JavaScript's \s. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function headlineStems(headline: string, stem: StemFunction): string[] {
  const stems = new Set<string>();
  forEachContentWord(headline, stem, (s) => stems.add(s));
  return [...stems];
}
