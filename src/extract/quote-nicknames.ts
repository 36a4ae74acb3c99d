// A nickname in quote marks inside a name ("Jane “Jojo” Roe", "Rodney ‘Bud’ Hale") is part of the
// name, not a quote: it is left out of the quotes, and the name around it reads as one name.
import type { QuoteSpan } from './quote-spans.js';
import { isCapitalised, mayOpenName } from './entities.js';

/**
 * A nickname is at most this many words ("Jojo", "Big Ed"); a longer capitalised phrase in marks
 * between two names is more likely a title ("the Roe “Save Our Park” Fund") than a nickname.
 */
const MAX_NICKNAME_WORDS = 2;

/**
 * A letter, an apostrophe or a hyphen: what a name or a nickname is made of. Tested per character
 * with regular expressions the extractor compiles anyway: each new Unicode class costs about half a
 * millisecond to compile on a one-file run.
 */
function isNameChar(char: string): boolean {
  return char === '’' || char === "'" || char === '-' || /\p{L}/u.test(char);
}

/** One capitalised word of name characters. */
function isCapitalisedWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) && [...word].every(isNameChar);
}

/** The run of name characters ending at `end` (exclusive) in `text`, or undefined when there is none. */
function wordEndingAt(text: string, end: number, floor: number): string | undefined {
  let start = end;
  while (start > floor && isNameChar(text[start - 1]!)) start--;
  return start < end ? text.slice(start, end) : undefined;
}

/** The run of name characters starting at `start` in `text`, or undefined when there is none. */
function wordStartingAt(text: string, start: number, ceiling: number): string | undefined {
  let end = start;
  while (end < ceiling && isNameChar(text[end]!)) end++;
  return end > start ? text.slice(start, end) : undefined;
}

/** How far around the marks the first name and the surname are looked for. */
const NAME_WINDOW = 40;

/**
 * Is the quoted span a nickname inside a name: a top-level one-paragraph span of one or two
 * capitalised words, with a first name (a capitalised word that may open a name) right before its
 * opening mark and a capitalised surname right after its closing mark, each one space away.
 */
export function isNickname(text: string, span: QuoteSpan): boolean {
  if (span.depth !== 0 || span.parts.length !== 1 || span.openMark === null || span.closeMark === null) return false;
  const inner = text.slice(span.parts[0]!.start, span.parts[0]!.end);
  const words = inner.split(' ');
  if (words.length > MAX_NICKNAME_WORDS || !words.every(isCapitalisedWord)) return false;
  // One space between the first name and the opening mark, and between the closing mark and the surname.
  const before = text[span.openMark - 1] === ' ' ? wordEndingAt(text, span.openMark - 1, Math.max(0, span.openMark - NAME_WINDOW)) : undefined;
  const after = text[span.closeMark + 1] === ' ' ? wordStartingAt(text, span.closeMark + 2, Math.min(text.length, span.closeMark + NAME_WINDOW)) : undefined;
  return before !== undefined && after !== undefined && mayOpenName(before) && isCapitalised(after) && mayOpenName(after);
}
