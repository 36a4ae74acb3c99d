// Pairs quotation marks into quoted spans, paragraph by paragraph, in one pass.
//
// Typographic conventions followed: double and single marks nest (“… ‘…’ …”, ‘… “…” …’), and a
// straight mark pairs with a curly one (writers mix them); a quote that runs over several paragraphs
// reopens each paragraph with an opening mark and closes only in the last; when a paragraph that
// follows an unclosed quote has a closing mark but no opening one, the writer dropped the opening
// mark and the quote runs from the paragraph start. Each mark is pushed and popped at most once and
// the stack is capped, so the work is linear in the text length.
import { findQuoteMarks, type MarkFamily, type QuoteMark } from './quote-marks.js';

/** Deeper nesting than this is noise (stray marks), not writing. */
export const MAX_NESTING = 4;

export interface TextRange {
  start: number;
  end: number;
}

export interface QuoteSpan {
  family: MarkFamily;
  /** Offset of the opening mark; null when the writer left it out. */
  openMark: number | null;
  /** Offset of the closing mark; null when the quote never closes. */
  closeMark: number | null;
  /** The words inside the marks, one range per paragraph, trimmed of white space. */
  parts: TextRange[];
  /** Per paragraph, the range the quote takes with its marks (the paragraph edge where a mark is missing). */
  outer: TextRange[];
  /** Per part, the index of its paragraph. */
  partParagraphs: number[];
  /** 0 for a quote in the running text, 1 for a quote inside a quote, … */
  depth: number;
  /** Index (in the returned list) of the quote this one sits inside. */
  parent: number | null;
  /** Index of the paragraph the quote starts in. */
  paragraph: number;
}

interface OpenEntry {
  span: number;
  family: MarkFamily;
  /** Carried over from the previous paragraph and not yet confirmed by a mark here. */
  tentative: boolean;
}

/** All quoted spans in the given paragraphs (ranges into `text`), in order of their start. */
export function findQuoteSpans(text: string, paragraphs: readonly TextRange[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let carried: number | null = null;
  paragraphs.forEach((paragraph, index) => {
    carried = pairParagraph(text, paragraph, index, spans, carried);
  });
  return renumber(spans);
}

/** Drops spans with no words and rewrites parent indices to match the kept list. */
function renumber(spans: QuoteSpan[]): QuoteSpan[] {
  const newIndex = new Map<number, number>();
  const kept: QuoteSpan[] = [];
  spans.forEach((span, i) => {
    if (span.parts.length === 0) return;
    newIndex.set(i, kept.length);
    kept.push(span);
  });
  for (const span of kept) span.parent = span.parent === null ? null : newIndex.get(span.parent) ?? null;
  for (const span of kept) if (span.parent === null) span.depth = 0;
  return kept;
}

class ParagraphPairer {
  readonly stack: OpenEntry[] = [];
  private readonly nextCloser: Array<number | null>;

  constructor(
    private readonly text: string,
    private readonly paragraph: TextRange,
    readonly index: number,
    private readonly spans: QuoteSpan[],
    private readonly marks: readonly QuoteMark[],
  ) {
    this.nextCloser = singleCloserLookahead(marks);
    this.doubleCloserFollows = doubleCloserLookahead(marks);
  }

  private readonly doubleCloserFollows: boolean[];

  open(mark: QuoteMark | null, family: MarkFamily): void {
    if (this.stack.length >= MAX_NESTING) return;
    const parentEntry = this.stack.at(-1);
    const parent = parentEntry ? parentEntry.span : null;
    const start = mark ? mark.offset + mark.width : this.paragraph.start;
    this.spans.push({
      family, openMark: mark ? mark.offset : null, closeMark: null, parts: [], outer: [], partParagraphs: [], depth: this.stack.length, parent, paragraph: this.index,
    });
    this.stack.push({ span: this.spans.length - 1, family, tentative: false });
    this.pendingStart.set(this.spans.length - 1, start);
  }

  readonly pendingStart = new Map<number, number>();

  close(position: number, entryIndex: number, markOffset: number | null, width = 1): void {
    const entry = this.stack[entryIndex]!;
    // Marks opened inside and never closed were not quotes (stray or apostrophes): forget them.
    for (const dropped of this.stack.splice(entryIndex + 1)) this.pendingStart.delete(dropped.span);
    this.stack.pop();
    const span = this.spans[entry.span]!;
    const start = this.pendingStart.get(entry.span) ?? this.paragraph.start;
    this.pendingStart.delete(entry.span);
    pushPart(this.text, span, this.index, start, position, markOffset === null ? position : markOffset + width);
    span.closeMark = markOffset;
  }

  /**
   * `"One. "Two."` — a straight mark opening right after a sentence end while a straight-marked quote
   * is open: the writer (or a lost paragraph break) reopened the quote, so the open one ends here.
   * Nesting the same straight mark inside itself is not a convention anyone follows.
   */
  reopensAfterSentence(mark: QuoteMark): boolean {
    const top = this.stack.at(-1);
    if (!top || top.family !== 'double' || this.text[mark.offset] !== '"') return false;
    const opened = this.spans[top.span]!.openMark;
    if (opened === null || this.text[opened] !== '"') return false;
    let i = mark.offset - 1;
    while (i > this.paragraph.start && /\s/.test(this.text[i]!)) i--;
    return /[.!?]/.test(this.text[i]!);
  }

  /**
   * `"We were told nothing.' The council …`: a single mark with no single quote open, right after a
   * sentence's punctuation, while a double quote is open that no later double mark closes: the writer
   * closed the double quote with the wrong mark. Read as an opening mark instead, it would carry the
   * narrative after it into the quote.
   */
  singleClosesDouble(mark: QuoteMark, markIndex: number): boolean {
    if (mark.family !== 'single' || mark.inWord || this.stack.at(-1)?.family !== 'double' || this.doubleCloserFollows[markIndex]) return false;
    const after = this.text[mark.offset + mark.width];
    return /[.!?,]/.test(this.text[mark.offset - 1] ?? '') && (mark.offset + mark.width >= this.paragraph.end || /\s/.test(after ?? ''));
  }

  topmost(family: MarkFamily): number {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i]!.family === family) return i;
    return -1;
  }

  handle(mark: QuoteMark, markIndex: number): void {
    const found = this.topmost(mark.family);
    if (mark.facing === 'open' && this.reopensAfterSentence(mark)) this.close(mark.offset, this.stack.length - 1, null);
    if (mark.facing === 'open') return this.open(mark, mark.family);
    if (found === -1 && this.singleClosesDouble(mark, markIndex)) return this.close(mark.offset, this.stack.length - 1, mark.offset, mark.width);
    if (found === -1) {
      // A closing mark with nothing to close: an apostrophe (single) or a stray mark (double).
      if (mark.facing === 'either' && !mark.inWord) this.open(mark, mark.family);
      return;
    }
    // “the players’ union” inside a single-quoted quote: a later closer exists, so this is a possessive.
    if (mark.family === 'single' && mark.maybePossessive && this.nextCloser[markIndex] !== null) return;
    this.close(mark.offset, found, mark.offset, mark.width);
  }
}

/**
 * For each single mark, the index of a later single mark (before the next opening single mark)
 * that could close a quote; null when there is none. One backward pass.
 */
function singleCloserLookahead(marks: readonly QuoteMark[]): Array<number | null> {
  const next: Array<number | null> = new Array<number | null>(marks.length).fill(null);
  let closer: number | null = null;
  for (let i = marks.length - 1; i >= 0; i--) {
    const mark = marks[i]!;
    next[i] = closer;
    if (mark.family !== 'single') continue;
    if (mark.facing === 'open') closer = null;
    else closer = i;
  }
  return next;
}

/** For each mark, whether a double mark that can close comes after it before the next opening double mark. One backward pass. */
function doubleCloserLookahead(marks: readonly QuoteMark[]): boolean[] {
  const follows = new Array<boolean>(marks.length).fill(false);
  let closer = false;
  for (let i = marks.length - 1; i >= 0; i--) {
    follows[i] = closer;
    const mark = marks[i]!;
    if (mark.family === 'double') closer = mark.facing !== 'open';
  }
  return follows;
}

/** Records one paragraph's piece of a quote; `start` is just after the opening mark (or the paragraph start). */
function pushPart(text: string, span: QuoteSpan, paragraph: number, start: number, end: number, outerEnd: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e <= s) return;
  let markStart = start;
  while (markStart > 0 && start - markStart < 2 && isQuoteChar(text[markStart - 1]!)) markStart--;
  span.parts.push({ start: s, end: e });
  span.outer.push({ start: markStart < start ? markStart : s, end: Math.max(e, outerEnd) });
  span.partParagraphs.push(paragraph);
}

function isQuoteChar(ch: string): boolean {
  return '"\'“”‘’„«»`'.includes(ch);
}

function firstNonSpace(text: string, range: TextRange): number {
  let i = range.start;
  while (i < range.end && /\s/.test(text[i]!)) i++;
  return i;
}

/** Pairs one paragraph's marks; returns the span left open at its end (a candidate to continue). */
function pairParagraph(text: string, paragraph: TextRange, index: number, spans: QuoteSpan[], carried: number | null): number | null {
  const marks = findQuoteMarks(text, paragraph.start, paragraph.end);
  const pairer = new ParagraphPairer(text, paragraph, index, spans, marks);
  const firstNew = spans.length;
  let first = 0;
  if (carried !== null) first = continueCarried(text, paragraph, pairer, marks, carried, spans);
  for (let m = first; m < marks.length; m++) pairer.handle(marks[m]!, m);
  return finishParagraph(text, paragraph, pairer, spans, firstNew);
}

/** Sets up the quote carried from the previous paragraph; returns how many marks it consumed. */
function continueCarried(
  text: string, paragraph: TextRange, pairer: ParagraphPairer, marks: readonly QuoteMark[], carried: number, spans: QuoteSpan[],
): number {
  const span = spans[carried]!;
  const firstMark = marks[0];
  const reopens = firstMark !== undefined && firstMark.offset === firstNonSpace(text, paragraph)
    && firstMark.family === span.family && firstMark.facing !== 'close';
  pairer.stack.push({ span: carried, family: span.family, tentative: !reopens });
  pairer.pendingStart.set(carried, reopens ? firstMark.offset + firstMark.width : paragraph.start);
  return reopens ? 1 : 0;
}

/** Ends the paragraph: a carried quote that found no mark here ended before it; the lowest open quote may go on. */
function finishParagraph(text: string, paragraph: TextRange, pairer: ParagraphPairer, spans: QuoteSpan[], firstNew: number): number | null {
  const bottom = pairer.stack[0];
  if (bottom?.tentative) {
    pairer.stack.shift();
    pairer.pendingStart.delete(bottom.span);
    for (let i = firstNew; i < spans.length; i++) if (spans[i]!.parent === bottom.span) spans[i]!.parent = null;
  }
  for (let i = firstNew; i < spans.length; i++) {
    const span = spans[i]!;
    span.depth = span.parent === null ? 0 : spans[span.parent]!.depth + 1;
  }
  const lowest = pairer.stack[0];
  if (!lowest) return null;
  const span = spans[lowest.span]!;
  pushPart(text, span, pairer.index, pairer.pendingStart.get(lowest.span) ?? paragraph.start, paragraph.end, paragraph.end);
  return span.depth === 0 ? lowest.span : null;
}
