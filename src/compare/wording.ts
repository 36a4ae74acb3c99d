// Words of a quote for matching: normalised so that case, quote marks, dashes, brackets and
// punctuation never make two renderings of the same words differ; and a word-level alignment.
import type { WordDiffOp } from '../model.js';
import { isStopword, stem } from '../text/tokens.js';

/**
 * Two different words still match when the stem of one, at least this long, begins the other:
 * "failings" (stem "fail") and "failures"; but not "contract" and "control".
 */
export const MIN_FUZZY_STEM = 4;

export interface QuoteWord {
  /** As written, punctuation around it dropped: "Failures". */
  shown: string;
  /** Where the word stands in the quote's text. */
  start: number;
  end: number;
  /** Lower-case, straight apostrophes, no punctuation: "failures". */
  norm: string;
  stem: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export function quoteWords(text: string): QuoteWord[] {
  const out: QuoteWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const norm = match[0].toLowerCase().replace(/’/g, "'");
    out.push({ shown: match[0], norm, stem: stem(norm), start: match.index, end: match.index + match[0].length });
  }
  return out;
}

/** Same word, or the same stem, or one's stem begins the other word (MIN_FUZZY_STEM). */
export function wordsMatch(a: QuoteWord, b: QuoteWord): boolean {
  if (a.norm === b.norm || a.stem === b.stem) return true;
  return (a.stem.length >= MIN_FUZZY_STEM && b.norm.startsWith(a.stem)) || (b.stem.length >= MIN_FUZZY_STEM && a.norm.startsWith(b.stem));
}

export function isContentWord(word: QuoteWord): boolean {
  return !isStopword(word.norm) && /\p{L}/u.test(word.norm);
}

/** Index pairs of a longest common subsequence under wordsMatch, in order. */
export function alignWords(a: readonly QuoteWord[], b: readonly QuoteWord[]): Array<[number, number]> {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = wordsMatch(a[i]!, b[j]!)
        ? table[(i + 1) * cols + j + 1]! + 1
        : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (wordsMatch(a[i]!, b[j]!) && table[i * cols + j] === table[(i + 1) * cols + j + 1]! + 1) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Word diff from `a` to `b`: equal words kept; between them, the words of `a` deleted, then those of `b` inserted. */
export function diffWords(a: readonly QuoteWord[], b: readonly QuoteWord[]): WordDiffOp[] {
  const ops: WordDiffOp[] = [];
  let deleted: string[] = [];
  let inserted: string[] = [];
  const flush = () => {
    if (deleted.length) ops.push({ op: 'del', text: deleted.join(' ') });
    if (inserted.length) ops.push({ op: 'ins', text: inserted.join(' ') });
    deleted = [];
    inserted = [];
  };
  let i = 0;
  let j = 0;
  for (const [x, y] of alignWords(a, b)) {
    while (i < x) deleted.push(a[i++]!.shown);
    while (j < y) inserted.push(b[j++]!.shown);
    if (a[x]!.norm === b[y]!.norm) {
      flush();
      const last = ops.at(-1);
      if (last?.op === 'same') last.text += ` ${b[y]!.shown}`;
      else ops.push({ op: 'same', text: b[y]!.shown });
    } else {
      deleted.push(a[x]!.shown);
      inserted.push(b[y]!.shown);
    }
    i = x + 1;
    j = y + 1;
  }
  while (i < a.length) deleted.push(a[i++]!.shown);
  while (j < b.length) inserted.push(b[j++]!.shown);
  flush();
  return ops;
}

/** Where `needle`'s words stand, word for word, inside `hay`; -1 when they do not. */
export function indexOfWords(hay: readonly QuoteWord[], needle: readonly QuoteWord[]): number {
  outer: for (let start = 0; start + needle.length <= hay.length; start++) {
    for (let k = 0; k < needle.length; k++) if (hay[start + k]!.norm !== needle[k]!.norm) continue outer;
    return start;
  }
  return -1;
}
