// Small questions about tokens that every figure reader asks.

import type { Token } from '../text/figure-tokenizer.js';

export function isWord(token: Token | undefined, ...words: string[]): boolean {
  return token !== undefined && token.type === 'word' && (words.length === 0 || words.includes(token.lower));
}

export function isSym(token: Token | undefined, ...symbols: string[]): boolean {
  return token !== undefined && token.type === 'sym' && (symbols.length === 0 || symbols.includes(token.text));
}

/** The token comes straight after the one before it, with no space: "9.2" + "m". */
export function glued(token: Token | undefined): boolean {
  return token !== undefined && !token.spaceBefore;
}

export function isCapitalised(token: Token | undefined): boolean {
  if (token === undefined || token.type !== 'word') return false;
  return token.text.charCodeAt(0) !== token.lower.charCodeAt(0);
}

/** A plain integer written with digits only: "2011", not "2,011" or "20.11". */
export function isPlainInteger(token: Token | undefined): boolean {
  if (token === undefined || token.type !== 'num') return false;
  for (const char of token.text) if (char === '.' || char === ',' || char === '\u00a0' || char === '\u202f' || char === '\u2009') return false;
  return true;
}

export function isDash(token: Token | undefined): boolean {
  return isSym(token, '-', '–', '—', '‐', '‑');
}

/** Closing punctuation that may end a phrase: "a third." */
export function isPhraseEnd(token: Token | undefined): boolean {
  return token === undefined || isSym(token, '.', ',', ';', ':', ')', '!', '?', '"', '”', '’', '\'', '–', '—');
}

/** The words `words` appear at tokens[at], tokens[at+1], … */
export function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (!isWord(tokens[at + k], words[k] ?? '')) return false;
  return true;
}

/** The words `words` end right before tokens[before]. */
export function wordsBefore(tokens: readonly Token[], before: number, words: readonly string[]): boolean {
  return before - words.length >= 0 && wordsAt(tokens, before - words.length, words);
}

/** Hyphen glued on both sides: "34-year-old", "twenty-one". */
export function gluedHyphen(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return isSym(token, '-', '‐', '‑') && glued(token) && glued(tokens[at + 1]);
}
