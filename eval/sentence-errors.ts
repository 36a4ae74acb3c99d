// Sorts a sentence-boundary position into a construction by what stands just before and after it
// (the mark, the word before a full stop, whether a quotation is open, the next word), so the
// evaluation can report errors by kind, and measure how consistently the gold itself treats each
// construction, without printing corpus text.

import { abbreviationKind, isSentenceStarter } from '../src/text/abbreviations.js';
import { startsAttribution } from '../src/text/attribution.js';
import { wordCount } from '../src/text/word-count.js';

export type Mark = 'full stop' | '?/!' | 'ellipsis' | 'no final mark';
export type QuoteContext = 'inside a quotation' | 'closing a quotation' | 'closing a bracket' | 'outside quotations';
export type NextKind =
  | 'lower-case word' | 'speaker and verb' | 'sentence-opening word' | 'other capitalised word' | 'opening quote' | 'digit' | 'other';

export interface Construction {
  mark: Mark;
  /** For a full stop: whether the word before it is an abbreviation or initial ("Mr", "U.S", "J"). */
  abbreviation: boolean;
  context: QuoteContext;
  next: NextKind;
  /**
   * Inside a quotation, after a word's full stop or a ?/!: the stretches of text before and after, up to the
   * neighbouring candidate sentence ends, are both short (see SHORT_SENTENCE_WORDS). Set by markShortSentences.
   */
  shortSentences?: boolean;
}

/**
 * A stretch between two candidate sentence ends with at most this many words counts as a short sentence.
 * BASIL's gold keeps two short sentences inside a quotation together (`“We lost. Nobody won,” she said.`)
 * far more often than longer ones, so they are tallied as a construction of their own; 7 words is where
 * its split share turns (measured by hand on the three outlets).
 */
export const SHORT_SENTENCE_WORDS = 7;

const OPEN_DOUBLE = '“';
const CLOSE_DOUBLE = '”';
const STRAIGHT_DOUBLE = '"';

/**
 * Quotation depth before each index: curly double quotes nest, a straight double quote toggles.
 * Single quotes are left out: ’ is far more often an apostrophe than a closing quote.
 */
export function quoteDepths(text: string): Uint8Array {
  const depths = new Uint8Array(text.length + 1);
  let curly = 0;
  let straight = 0;
  for (let i = 0; i < text.length; i++) {
    depths[i] = Math.min(255, curly + straight);
    const char = text[i];
    if (char === OPEN_DOUBLE) curly++;
    else if (char === CLOSE_DOUBLE) curly = Math.max(0, curly - 1);
    else if (char === STRAIGHT_DOUBLE) straight ^= 1;
  }
  depths[text.length] = Math.min(255, curly + straight);
  return depths;
}

/** Characters read back from a boundary: enough for the marks, closers and the word before them. */
const LOOK_BACK = 60;
const STOP_BEFORE = /([.!?…]+(?: \. \.)?)(["'”’)\]]*)$/u;

/** The construction at `boundary` (the start offset of a sentence in `text`); `depths` from quoteDepths(text). */
export function constructionAt(text: string, boundary: number, depths: Uint8Array): Construction {
  const from = Math.max(0, boundary - LOOK_BACK);
  const before = text.slice(from, boundary).trimEnd();
  const stop = STOP_BEFORE.exec(before);
  const next = nextKind(text, boundary);
  if (!stop) return { mark: 'no final mark', abbreviation: false, context: contextAt(depths, boundary, boundary, ''), next };
  const [, marks = '', closers = ''] = stop;
  const mark: Mark = marks === '…' || /^(?:\.\.|\. \.)/.test(marks) || marks.includes('…') ? 'ellipsis' : /[!?]/.test(marks) ? '?/!' : 'full stop';
  const word = /([^\s"“‘(\[\/]*)$/u.exec(before.slice(0, stop.index))?.[1] ?? '';
  const abbreviation = mark === 'full stop' && (abbreviationKind(word) !== null || abbreviationKind(word.slice(word.lastIndexOf('-') + 1)) !== null);
  return { mark, abbreviation, context: contextAt(depths, from + stop.index, boundary, closers), next };
}

function contextAt(depths: Uint8Array, stopAt: number, boundary: number, closers: string): QuoteContext {
  const open = (depths[Math.max(0, stopAt)] ?? 0) > 0;
  if (open && (depths[boundary] ?? 0) === 0 && /["”]/.test(closers)) return 'closing a quotation';
  if ((depths[boundary] ?? 0) > 0) return 'inside a quotation';
  if (/[)\]]/.test(closers)) return 'closing a bracket';
  return 'outside quotations';
}

function nextKind(text: string, boundary: number): NextKind {
  const rest = text.slice(boundary, boundary + 40);
  if (/^\p{Ll}/u.test(rest)) return 'lower-case word';
  if (/^["“‘'(\[]/u.test(rest)) return 'opening quote';
  if (/^\d/.test(rest)) return 'digit';
  if (!/^\p{Lu}/u.test(rest)) return 'other';
  if (startsAttribution(text, boundary, false)) return 'speaker and verb';
  return isSentenceStarter(/^\p{L}+/u.exec(rest)?.[0] ?? '') ? 'sentence-opening word' : 'other capitalised word';
}

export function describeConstruction(c: Construction): string {
  const mark = c.mark === 'full stop' ? (c.abbreviation ? 'full stop after an abbreviation or initial' : 'full stop after a word') : c.mark;
  const short = c.shortSentences ? `, both sentences ≤ ${SHORT_SENTENCE_WORDS} words` : '';
  return `${mark}, ${c.context}${short}, then ${c.next}`;
}

/**
 * Sets `shortSentences` on the quotation-internal constructions whose text back to the previous and on
 * to the next candidate sentence end (a stop after a word, ?/!, an ellipsis; not an abbreviation) is
 * short on both sides. `boundaries` ascending, `constructions` at the same indexes. Neither splitter's
 * decisions are used, so the gold's practice can be tallied by it.
 */
export function markShortSentences(text: string, boundaries: readonly number[], constructions: readonly Construction[]): Construction[] {
  const stops = boundaries.filter((_, i) => endsCandidateSentence(constructions[i]!));
  let next = 0;
  return constructions.map((c, i) => {
    const boundary = boundaries[i]!;
    while (next < stops.length && stops[next]! <= boundary) next++;
    const before = stops[next - (stops[next - 1] === boundary ? 2 : 1)] ?? 0;
    const after = stops[next] ?? text.length;
    if (c.context !== 'inside a quotation' || c.abbreviation || (c.mark !== 'full stop' && c.mark !== '?/!')) return c;
    const short = wordCount(text.slice(before, boundary)) <= SHORT_SENTENCE_WORDS && wordCount(text.slice(boundary, after)) <= SHORT_SENTENCE_WORDS;
    return short ? { ...c, shortSentences: true } : c;
  });
}

function endsCandidateSentence(c: Construction): boolean {
  return c.mark !== 'no final mark' && !c.abbreviation;
}

/** Offsets that could start a sentence: after a run of . ! ? …, any closing quotes or brackets, and white space. */
export function candidateBoundaries(text: string): number[] {
  const positions: number[] = [];
  for (const match of text.matchAll(/[.!?…]+["'”’)\]]*\s+(?=\S)/gu)) positions.push(match.index + match[0].length);
  return positions;
}
