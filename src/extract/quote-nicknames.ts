// A nickname in quote marks inside a name ("Jane “Jojo” Roe", "Rodney ‘Bud’ Hale") is part of the
// name, not a quote: it is left out of the quotes, and the name around it reads as one name.
import type { QuoteSpan } from './quote-spans.js';
import { isCapitalised, mayOpenName } from './entities.js';

/**
 * A nickname is at most this many words ("Jojo", "Big Ed"); a longer capitalised phrase in marks
 * between two names is more likely a title ("the Roe “Save Our Park” Fund") than a nickname.
 */
const MAX_NICKNAME_WORDS = 2;

/** One or two capitalised words, no punctuation: the shape of a nickname. */
const NICKNAME = /^\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)?$/u;
/** The word right before the opening mark, then one space. */
const WORD_BEFORE = /([\p{L}’'-]+) $/u;
/** One space after the closing mark, then a word. */
const WORD_AFTER = /^ ([\p{L}’'-]+)/u;

/**
 * Is the quoted span a nickname inside a name: a top-level one-paragraph span of one or two
 * capitalised words, with a first name (a capitalised word that may open a name) right before its
 * opening mark and a capitalised surname right after its closing mark, each one space away.
 */
export function isNickname(text: string, span: QuoteSpan): boolean {
  if (span.depth !== 0 || span.parts.length !== 1 || span.openMark === null || span.closeMark === null) return false;
  const inner = text.slice(span.parts[0]!.start, span.parts[0]!.end);
  if (!NICKNAME.test(inner) || inner.split(' ').length > MAX_NICKNAME_WORDS) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, span.openMark - 40), span.openMark))?.[1];
  const after = WORD_AFTER.exec(text.slice(span.closeMark + 1, span.closeMark + 40))?.[1];
  return before !== undefined && after !== undefined && mayOpenName(before) && isCapitalised(after) && mayOpenName(after);
}
