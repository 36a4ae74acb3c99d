// How many words a text has, counted as white space separates them: a lone mark ("—", "…") is no word.

import { isJsSpace } from './chars.js';
import { wordCharLength } from './tokens.js';

/**
 * Words of a text: runs of non-space holding a letter or digit, as text.split(/\s+/) with the
 * pieces that have none dropped would count them, but without the arrays (quote-kind.ts runs it
 * three times for every quote).
 */
export function wordCount(text: string): number {
  let words = 0;
  let lettered = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isJsSpace(code)) {
      if (lettered) words++;
      lettered = false;
    } else if (!lettered && wordCharLength(text, i) > 0) {
      lettered = true;
    }
  }
  return lettered ? words + 1 : words;
}
