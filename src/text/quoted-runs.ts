// A quotation often strings short sentences together: `“We don’t want him. We reject his visit,” he
// said.` Each is a sentence, but cut apart they are fragments with a lone quote mark that cannot stand
// in a summary on their own. So two neighbouring sentences that are both short stay one sentence when
// the boundary between them falls inside a quotation; a long quoted sentence is still cut off.

import { isLineBreak, isSpace, isWordChar } from './chars.js';

/**
 * Both sentences around a boundary inside a quotation must have at most this many words for it to go.
 * Higher keeps longer quoted runs whole (fewer lone-mark fragments, longer summary units); lower
 * splits more of them. On BASIL, whose gold keeps such runs whole, 7 fits all three outlets best.
 */
export const SHORT_QUOTED_SENTENCE_WORDS = 7;

const OPEN_DOUBLE = 0x201c; // “
const CLOSE_DOUBLE = 0x201d; // ”
const STRAIGHT_DOUBLE = 0x22; // "

/**
 * The sentence ends of `text` (ascending offsets) without those that stand inside a quotation
 * between two short sentences. An end followed by a line break stays: the break was meant.
 * Lengths are those of the sentences as first split, so a run of short sentences joins as a whole.
 */
export function joinShortQuotedSentences(text: string, ends: readonly number[]): number[] {
  if (ends.length === 0) return [];
  const quoted = insideQuotation(text, ends);
  const words = sentenceWordCounts(text, ends);
  return ends.filter((end, k) => {
    if (!quoted[k] || breaksLine(text, end)) return true;
    return (words[k] ?? 0) > SHORT_QUOTED_SENTENCE_WORDS || (words[k + 1] ?? 0) > SHORT_QUOTED_SENTENCE_WORDS;
  });
}

/**
 * Whether a double quotation is open at each of `offsets` (ascending): curly marks nest, a straight
 * mark opens or closes. Single marks are left out: ’ is mostly an apostrophe.
 */
function insideQuotation(text: string, offsets: readonly number[]): boolean[] {
  const open: boolean[] = [];
  let curly = 0;
  let straight = false;
  let i = 0;
  for (const offset of offsets) {
    for (; i < offset; i++) {
      const code = text.charCodeAt(i);
      if (code === OPEN_DOUBLE) curly++;
      else if (code === CLOSE_DOUBLE) curly = Math.max(0, curly - 1);
      else if (code === STRAIGHT_DOUBLE) straight = !straight;
    }
    open.push(curly > 0 || straight);
  }
  return open;
}

/** Words (runs of non-space holding a letter or digit) of each sentence: ends.length + 1 counts. */
function sentenceWordCounts(text: string, ends: readonly number[]): number[] {
  const counts: number[] = [];
  let start = 0;
  for (const end of [...ends, text.length]) {
    counts.push(countWords(text, start, end));
    start = end;
  }
  return counts;
}

function countWords(text: string, start: number, end: number): number {
  let count = 0;
  let inToken = false;
  let tokenHasWord = false;
  for (let i = start; i <= end; i++) {
    if (i === end || isSpace(text.charCodeAt(i))) {
      if (inToken && tokenHasWord) count++;
      inToken = false;
      tokenHasWord = false;
    } else {
      inToken = true;
      tokenHasWord ||= isWordChar(text, i);
    }
  }
  return count;
}

/** A line break in the white space after `end`. */
function breaksLine(text: string, end: number): boolean {
  for (let i = end; i < text.length && isSpace(text.charCodeAt(i)); i++) if (isLineBreak(text.charCodeAt(i))) return true;
  return false;
}
