// A sentence splitter built for news. It scans the text once, left to right: each run of terminal
// marks (. ! ? …) followed by white space, and each line break, is a candidate end; a few local
// facts decide it (the word before the stop, the first word after it, the line layout). No regex
// runs over the whole text, so the time is linear in its length.

import { abbreviationKind, isExclaimedName, isSentenceStarter } from './abbreviations.js';
import { endsTimeOrPlace, opensWithParticiple } from './abbreviation-context.js';
import { startsAttribution } from './attribution.js';
import { insideEmbeddedQuote } from './embedded-quotes.js';
import {
  caseAt, ELLIPSIS, nextCandidateEnd, isCloser, isLineBreak, isOpener, isSpace, isTerminal, isWordChar, PERIOD, SPACE,
  type LetterCase,
} from './chars.js';
import { isDeliberateBreak, listMarkerAt, startsLine, wrapWidth } from './line-breaks.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Abbreviations are short: a longer word before a full stop is read as an ordinary word. */
const MAX_ABBREVIATION_LENGTH = 12;
/** Only this much of the next word is read; enough for every sentence starter. */
const MAX_STARTER_LENGTH = 16;
/** Quotes that may close a sentence even when a space stands before them. */
const LONE_CLOSERS = [0x201d, 0x2019, 0x22, 0x27];
/** First characters that carry a sentence on after a stop: dashes ("(S.C.) — and they"). */
const CONTINUATIONS = '-\u2010\u2011\u2012\u2013\u2014\u2015';
/** List numbers have at most this many digits ("12."); "2019." is a year. */
const MAX_ENUMERATOR_DIGITS = 3;
/** Three full stops (or one …) make an ellipsis; a fourth is the sentence's own full stop. */
const ELLIPSIS_DOTS = 3;
/** "#", which opens a hashtag. */
const HASH = 0x23;

/** A run of terminal marks, the closing quotes/brackets after it and the white space after those. */
interface Stop {
  start: number;
  marksEnd: number;
  closersEnd: number;
  gapEnd: number;
  kind: 'strong' | 'period' | 'ellipsis' | 'ellipsis-period';
}

/** What follows a candidate end: the case of its first letter and the word it starts. */
interface NextWord {
  letterCase: LetterCase;
  /** The first word, letters and digits only: `text.slice(wordStart, wordEnd)`. */
  wordStart: number;
  wordEnd: number;
  quoted: boolean;
  /** Opens with a bracket: "(AP)" after a dateline's "Reno, Nev." */
  bracketed: boolean;
  initial: boolean;
  /** Starts with a dash: the sentence goes on. */
  continues: boolean;
}

/** Splits `text` into sentence spans; offsets are relative to `text`, trimmed of white space. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const end of sentenceEnds(text)) {
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

/** Offsets just after the last character of each sentence but the last. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  let width = -1; // measured at the first line break only: most paragraphs have none
  for (let i = nextCandidateEnd(text, 0); i < text.length; ) {
    if (isTerminal(text.charCodeAt(i))) {
      const stop = readStop(text, i);
      const gapBreaks = hasLineBreak(text, stop.closersEnd, stop.gapEnd);
      if (gapBreaks && width < 0) width = wrapWidth(text);
      const isCandidate = stop.gapEnd > stop.closersEnd && stop.gapEnd < text.length;
      if (isCandidate && stopEndsSentence(text, stop, gapBreaks ? width : 0)) ends.push(stop.closersEnd);
      i = nextCandidateEnd(text, Math.max(stop.gapEnd, i + 1));
    } else {
      if (width < 0) width = wrapWidth(text);
      const gapEnd = skipSpaces(text, i);
      const lineEnd = trimEnd(text, i);
      if (gapEnd < text.length && lineBreakEndsSentence(text, lineEnd, gapEnd, width)) ends.push(lineEnd);
      i = nextCandidateEnd(text, gapEnd);
    }
  }
  return ends;
}

function readStop(text: string, start: number): Stop {
  let marksEnd = start;
  let dots = 0;
  let strong = false;
  for (;;) {
    const code = text.charCodeAt(marksEnd);
    if (code === PERIOD) dots++;
    else if (code === ELLIPSIS) dots += ELLIPSIS_DOTS;
    else if (isTerminal(code)) strong = true;
    else if (code === SPACE && !strong && text.charCodeAt(marksEnd + 1) === PERIOD && spacedDots(text, start)) {
      marksEnd++;
      continue;
    } else break;
    marksEnd++;
  }
  let closersEnd = closersAfter(text, marksEnd);
  let gapEnd = skipSpaces(text, closersEnd);
  while (gapEnd > closersEnd && isLoneCloser(text, gapEnd)) {
    closersEnd = closersAfter(text, gapEnd);
    gapEnd = skipSpaces(text, closersEnd);
  }
  return { start, marksEnd, closersEnd, gapEnd, kind: stopKind(dots, strong, text.charCodeAt(marksEnd - 1)) };
}

function closersAfter(text: string, start: number): number {
  let end = start;
  while (end < text.length && isCloser(text.charCodeAt(end))) end++;
  return end;
}

/**
 * A closing quote set off by a space (`‘secret law.’ ”`, `end. " And`): it still belongs to the
 * sentence before. A quote followed by white space cannot open the next one.
 */
function isLoneCloser(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (!LONE_CLOSERS.includes(code)) return false;
  const after = closersAfter(text, index);
  return after >= text.length || isSpace(text.charCodeAt(after));
}

/** An ellipsis written ". . ." with spaces, as many wire services do, starts at `start`. */
function spacedDots(text: string, start: number): boolean {
  return text.startsWith('. . .', start);
}

function stopKind(dots: number, strong: boolean, last: number): Stop['kind'] {
  if (strong) return 'strong';
  if (dots < ELLIPSIS_DOTS) return 'period';
  return dots > ELLIPSIS_DOTS && last === PERIOD ? 'ellipsis-period' : 'ellipsis';
}

/** `width` is the paragraph's line width when the gap after the stop breaks the line, else 0. */
function stopEndsSentence(text: string, stop: Stop, width: number): boolean {
  if (width > 0 && listMarkerAt(text, stop.gapEnd) !== null) return true;
  const next = readNextWord(text, stop.gapEnd);
  if (next.letterCase === 'lower' || next.continues || onlyHashtagsFollow(text, stop.gapEnd)) return false;
  const deliberate = width > 0 && isDeliberateBreak(text, stop.closersEnd, stop.gapEnd, width);
  const quoteCloses = closesQuote(text, stop);
  switch (stop.kind) {
    case 'strong':
      if (quoteCloses) return !startsAttribution(text, stop.gapEnd, false);
      if (insideEmbeddedQuote(text, stop.start, stop.marksEnd)) return false;
      return !(namedWithExclamation(text, stop) && !opensSentence(text, next));
    case 'ellipsis-period':
      return true;
    case 'ellipsis':
      return ellipsisEndsSentence(text, stop, next, deliberate);
    case 'period':
      if (quoteCloses) return !startsAttribution(text, stop.gapEnd, true);
      return periodEndsSentence(text, stop, next, deliberate);
  }
}

/**
 * An ellipsis marks left-out words. Set off by spaces (" ... ") it stands inside a sentence, or
 * opens one after a full stop ("We won. ... Next"); attached to a word ("growth... But") it trails a
 * sentence off, which ends when a new sentence clearly starts. A quote or bracket closing after it ends it.
 */
function ellipsisEndsSentence(text: string, stop: Stop, next: NextWord, deliberate: boolean): boolean {
  if (closesQuote(text, stop)) return !startsAttribution(text, stop.gapEnd, false);
  if (stop.closersEnd > stop.marksEnd || deliberate) return true;
  if (stop.start === 0 || isSpace(text.charCodeAt(stop.start - 1))) return false;
  return next.quoted || opensSentence(text, next);
}

/**
 * The next word usually opens a sentence ("The", "He"; not an initial such as the "A" of "J. A. Smith",
 * nor "May" in a date such as "May 4").
 */
function opensSentence(text: string, next: NextWord): boolean {
  const word = text.slice(next.wordStart, next.wordEnd);
  if (next.initial || !isSentenceStarter(word)) return false;
  return !(word === 'May' && text[next.wordEnd] === ' ' && caseAt(text, next.wordEnd + 1) === 'digit');
}

/** A single "!" that belongs to a name: "Yahoo! News", "E! Online". */
function namedWithExclamation(text: string, stop: Stop): boolean {
  return stop.marksEnd - stop.start === 1 && text[stop.start] === '!' && isExclaimedName(wordBefore(text, stop.start).word);
}

/**
 * Only hashtags follow, to the end of the text ("… than I thought. #shameful”"): tags that close a
 * post belong to its last sentence.
 */
function onlyHashtagsFollow(text: string, start: number): boolean {
  let i = start;
  while (i < text.length && text.charCodeAt(i) === HASH) {
    i++;
    while (i < text.length && isWordChar(text, i)) i++;
    while (i < text.length && (isTerminal(text.charCodeAt(i)) || isCloser(text.charCodeAt(i)))) i++;
    i = skipSpaces(text, i);
  }
  return i > start && i >= text.length;
}

function closesQuote(text: string, stop: Stop): boolean {
  for (let i = stop.marksEnd; i < stop.closersEnd; i++) if (!'()[]'.includes(text[i] ?? '')) return true;
  return false;
}

/**
 * A full stop right after a word: an abbreviation's stop ends a sentence only when a new one clearly
 * starts. A hyphenated word is looked up by its last part too ("then-Rep.", "R-Ariz.").
 */
function periodEndsSentence(text: string, stop: Stop, next: NextWord, deliberate: boolean): boolean {
  if (trimEnd(text, stop.start) === 0) return false; // a stray stop opening the text ends nothing
  const { word, start } = wordBefore(text, stop.start);
  if (isEnumerator(word) && startsItem(text, start)) return false;
  const kind = abbreviationKind(word) ?? abbreviationKind(word.slice(word.lastIndexOf('-') + 1));
  if (kind === null) return true;
  if (kind === 'title') return false;
  if (next.letterCase === 'digit') return false;
  if (kind === 'numbered') return true;
  if (deliberate || next.quoted || opensSentence(text, next)) return true;
  // "(Bergen County, N.J.) Record", "Reno, Nev. (Wire)": a bracket ties the abbreviation to what follows.
  if (next.letterCase !== 'upper' || next.bracketed || stop.closersEnd > stop.marksEnd) return false;
  const participle = word.length > 1 && opensWithParticiple(text, next.wordStart, next.wordEnd);
  return participle || endsTimeOrPlace(text, word, start, next.wordStart, next.wordEnd);
}

/** A list number or letter: "1." or "b.". */
function isEnumerator(word: string): boolean {
  if (word.length === 1) return caseAt(word, 0) !== 'other';
  if (word.length === 0 || word.length > MAX_ENUMERATOR_DIGITS) return false;
  for (let i = 0; i < word.length; i++) if (caseAt(word, i) !== 'digit') return false;
  return true;
}

/**
 * A list item starts at `index`: at the start of a line, or right after a sentence ("… matters. 2. The"),
 * but not after an abbreviation's stop ("on Nov. 2. Then").
 */
function startsItem(text: string, index: number): boolean {
  if (startsLine(text, index)) return true;
  let before = trimEnd(text, index);
  if (before === index) return false;
  while (before > 0 && isCloser(text.charCodeAt(before - 1))) before--;
  const last = text.charCodeAt(before - 1);
  if (isTerminal(last) && last !== PERIOD) return true;
  return last === PERIOD && abbreviationKind(wordBefore(text, before - 1).word) === null;
}

/**
 * A line break not preceded by terminal marks ends a headline, caption or list item when the line
 * was broken on purpose, or when a list item follows. A dash opens an item only after a deliberate
 * break, a colon or another dash item: in hard-wrapped text a line can start with a dash used as punctuation.
 */
function lineBreakEndsSentence(text: string, lineEnd: number, nextStart: number, width: number): boolean {
  if (lineEnd === 0) return false;
  const marker = listMarkerAt(text, nextStart);
  const deliberate = isDeliberateBreak(text, lineEnd, nextStart, width);
  const last = text[lineEnd - 1] ?? '';
  if (marker === 'bullet') return true;
  if (marker === 'dash' && (deliberate || last === ':' || listMarkerAt(text, lineStartOf(text, lineEnd)) === 'dash')) return true;
  if (!deliberate || ',;-–—&/('.includes(last)) return false;
  const next = readNextWord(text, nextStart);
  return next.letterCase === 'upper' || next.letterCase === 'digit';
}

/** First non-space character of the line that holds `index`. */
function lineStartOf(text: string, index: number): number {
  let start = index;
  while (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) start--;
  return skipSpaces(text, start);
}

function readNextWord(text: string, start: number): NextWord {
  let i = start;
  while (i < text.length && isOpener(text.charCodeAt(i))) i++;
  let end = i;
  while (end < text.length && end - i < MAX_STARTER_LENGTH && isWordChar(text, end)) end++;
  const initial = end - i === 1 && text.charCodeAt(end) === PERIOD;
  const bracketed = i > start && '(['.includes(text[start] ?? '');
  const quoted = i > start && !bracketed;
  const continues = CONTINUATIONS.includes(text[start] ?? '');
  return { letterCase: caseAt(text, i), wordStart: i, wordEnd: end, quoted, bracketed, initial, continues };
}

/** The word that ends at `end` (back to white space, an opening quote or bracket, or a slash; an apostrophe stays in: "don't"); '' when too long. */
function wordBefore(text: string, end: number): { word: string; start: number } {
  for (let i = end; i > 0 && end - i <= MAX_ABBREVIATION_LENGTH; i--) {
    const code = text.charCodeAt(i - 1);
    const apostrophe = i > 1 && isWordChar(text, i - 2);
    if (isSpace(code) || (isOpener(code) && !apostrophe) || code === 0x2f /* / */) return { word: text.slice(i, end), start: i };
  }
  return end <= MAX_ABBREVIATION_LENGTH ? { word: text.slice(0, end), start: 0 } : { word: '', start: end };
}

function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isLineBreak(text.charCodeAt(i))) return true;
  return false;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function pushTrimmed(text: string, start: number, end: number, out: SentenceSpan[]): void {
  start = skipSpaces(text, start);
  end = trimEnd(text, end);
  if (end > start) out.push({ start, end });
}
