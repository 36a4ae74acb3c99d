// Words and punctuation with their offsets, for pattern matching over running text.
// One regex pass; abbreviations keep their period ("Mr.", "Sen.", "U.S.") so a period token is a
// candidate sentence end.
import { isJsSpace } from './chars.js';
import { abbreviationKind } from './abbreviations.js';
import { CharRuns, isAsciiLetterOrDigit, NO_RUN } from './char-runs.js';

export interface WordToken {
  text: string;
  start: number;
  end: number;
  /** `word` for letters and digits (with inner apostrophes, hyphens, periods); `punct` otherwise. */
  kind: 'word' | 'punct';
}

/** Titles and abbreviations that end in a period without ending a sentence. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'cpl', 'adm', 'cmdr', 'maj',
  'rev', 'st', 'jr', 'sr', 'cllr', 'pres', 'supt', 'insp', 'det', 'hon', 'no', 'vs', 'v', 'etc', 'inc', 'ltd', 'co',
  'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave',
  'calif', 'fla', 'mass', 'penn', 'wash', 'ariz', 'conn', 'ill', 'mich', 'minn', 'tenn', 'wis', 'ky', 'la', 'md',
  'mo', 'nev', 'okla', 'ore', 'pa', 'va', 'vt', 'ga', 'ala', 'ark', 'colo', 'del', 'ind', 'kan', 'neb', 'wyo',
]);

const WORD_START = /[\p{L}\p{N}]/u;
/**
 * Runs of letters and digits. The token grammar is
 *   /[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu
 * but V8 compiles each copy of the \p{L}\p{N} class separately on first use (about 8 ms for that
 * pattern on text with curly quotes, a tenth of a one-file run), so matches() below walks the same
 * grammar with this one class. Shared and reset before each use: tokenising is synchronous.
 */
const RUN = new CharRuns('[\\p{L}\\p{N}]', isAsciiLetterOrDigit);
/** Marks that join two runs into one word ("O’Neill", "30-year-old", "U.S", "M&S"). */
const JOINERS = new Set(['’', "'", '-', '.', '&']);

/** Tokens of text[from, to), offsets into `text`. */
export function wordTokens(text: string, from = 0, to = text.length): WordToken[] {
  const tokens: WordToken[] = [];
  eachMatch(text, from, to, (start, match, run) => {
    let value = start + match.length > to ? match.slice(0, to - start) : match;
    if (run && startsWord(value)) {
      if (value.endsWith('.') && !keepsPeriod(value)) value = value.slice(0, -1);
      tokens.push(token(value, start, 'word'));
      if (value.length < match.length && start + value.length < to) tokens.push(token('.', start + value.length, 'punct'));
    } else {
      tokens.push(token(value, start, 'punct'));
    }
  });
  return tokens;
}

/**
 * Whether a match that began a run of letters and digits counts as a word: its first code unit must be
 * a letter or digit on its own, so a word opening with an astral letter ("𝐀") stays punctuation, as
 * the test of `value[0]` always made it. A match outside a run starts with no letter or digit.
 */
function startsWord(value: string): boolean {
  const code = value.charCodeAt(0);
  return code < 0xd800 || code > 0xdfff ? true : WORD_START.test(value[0]!);
}

/**
 * The matches of the token grammar above from `from`, as [start, text], for those starting before `to`
 * (like the pattern, a word may run on past `to`): every code point that is not white space and not in
 * a word is a token of its own.
 */
export function* matches(text: string, from: number, to: number): Generator<[number, string]> {
  const found: Array<[number, string]> = [];
  eachMatch(text, from, to, (start, match) => found.push([start, match]));
  yield* found;
}

/**
 * matches() without a generator or a pair per match (this runs over the text around every quote):
 * `visit` gets each match's start and text, and whether it is a run of letters and digits.
 */
function eachMatch(text: string, from: number, to: number, visit: (start: number, match: string, run: boolean) => void): void {
  // Like a u-flag pattern given a start inside a surrogate pair, begin at the pair.
  let at = from > 0 && codePointLength(text, from - 1) === 2 ? from - 1 : from;
  let run = RUN.start(text, at);
  while (at < to) {
    const runStart = run === NO_RUN ? text.length : run;
    for (; at < runStart && at < to; at += codePointLength(text, at)) {
      if (!isJsSpace(text.charCodeAt(at))) visit(at, text.slice(at, at + codePointLength(text, at)), false);
    }
    if (run === NO_RUN || runStart >= to) return;
    let end = RUN.end(text, runStart);
    run = RUN.start(text, end + 1);
    while (JOINERS.has(text[end]!) && run === end + 1) {
      end = RUN.end(text, run);
      run = RUN.start(text, end + 1);
    }
    if (text[end] === '.') end++;
    visit(runStart, text.slice(runStart, end), true);
    at = end;
    if (run !== NO_RUN && run < at) run = RUN.start(text, at);
  }
}

/** 2 for a surrogate pair (one code point, as the u flag reads it), else 1. */
function codePointLength(text: string, at: number): number {
  return (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

/** Every token has the same shape (with a spare `quote` slot callers may fill), so V8 keeps one hidden class. */
function token(text: string, start: number, kind: WordToken['kind']): WordToken {
  return { text, start, end: start + text.length, kind, quote: -1 } as WordToken;
}

/** "Mr.", "U.S.", "J." keep their period; "said." does not. */
function keepsPeriod(word: string): boolean {
  const bare = word.slice(0, -1);
  // "U.S.", "a.m.": an initialism keeps its period; "$3.2m." and "2.5." end with a sentence's period.
  if (bare.includes('.')) return !/\p{N}/u.test(bare);
  if (/^\p{Lu}$/u.test(bare)) return true;
  // The splitter's titles too ("Sens.", "Atty."), so a title before a name ends no sentence here either.
  return ABBREVIATIONS.has(bare.toLowerCase()) || abbreviationKind(bare) === 'title';
}
