// Pure scoring for the sentence splitter evaluation: boundary precision/recall/F1 against gold
// sentence lists, and how many BBC reference-summary sentences are whole sentences of ours.

import type { SentenceSpan } from '../src/text/sentences.js';

export type Splitter = (text: string) => SentenceSpan[];

export interface BoundaryCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  paragraphs: number;
  paragraphsRight: number;
}

export interface ParagraphResult {
  text: string;
  gold: number[];
  found: number[];
}

/**
 * Rebuilds a paragraph's text from its gold sentences. Gold sentences that keep their trailing
 * space are joined as they are; the others get one space between them, as in the source page.
 */
export function joinGold(sentences: readonly string[]): { text: string; boundaries: number[] } {
  let text = '';
  const boundaries: number[] = [];
  for (const sentence of sentences) {
    if (sentence.trim() === '') continue;
    if (text !== '') {
      if (!/\s$/.test(text) && !/^\s/.test(sentence)) text += ' ';
      boundaries.push(text.length + (sentence.length - sentence.trimStart().length));
    }
    text += sentence;
  }
  return { text, boundaries };
}

/** Scores one paragraph: a boundary is the start offset of every sentence but the first. */
export function scoreParagraph(sentences: readonly string[], split: Splitter): ParagraphResult {
  const { text, boundaries } = joinGold(sentences);
  const found = split(text).slice(1).map((span) => span.start);
  return { text, gold: boundaries, found };
}

export function emptyCounts(): BoundaryCounts {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0, paragraphs: 0, paragraphsRight: 0 };
}

export function addParagraph(counts: BoundaryCounts, result: ParagraphResult): void {
  const gold = new Set(result.gold);
  const found = new Set(result.found);
  const hits = [...found].filter((b) => gold.has(b)).length;
  counts.truePositives += hits;
  counts.falsePositives += found.size - hits;
  counts.falseNegatives += gold.size - hits;
  counts.paragraphs += 1;
  if (hits === gold.size && hits === found.size) counts.paragraphsRight += 1;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  paragraphAccuracy: number;
}

export function scores(counts: BoundaryCounts): Scores {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, paragraphAccuracy: counts.paragraphs === 0 ? 1 : counts.paragraphsRight / counts.paragraphs };
}

/** The BBC summaries glue sentences together; SOURCE.md's split rule takes them apart again. */
export function splitGluedSummary(summary: string): string[] {
  return summary
    .trim()
    .split(/(?<=[.!?"])(?=[A-Z"'])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The split rule cuts `…end."Next` between `.` and `"`, so quotation marks land on the wrong piece;
 * comparing without straight quotes at either end measures the sentence split, not that artefact.
 */
export function trimQuotes(sentence: string): string {
  return sentence.replace(/^["']+|["']+$/g, '').trim();
}

export interface SummaryMatch {
  summarySentences: number;
  exactMatches: number;
  /** Pieces left once straight quote marks at their ends are dropped (a lone `"` piece vanishes). */
  trimmedSentences: number;
  trimmedMatches: number;
  coveredChars: number;
  summaryChars: number;
}

/**
 * Counts the reference summary sentences that equal one of our sentences exactly, and the share of
 * the summary's characters covered by our whole sentences found in it (robust to the glued split).
 */
export function matchSummary(summary: string, ourSentences: readonly string[]): SummaryMatch {
  const ours = new Set(ourSentences);
  const pieces = splitGluedSummary(summary);
  const covered = new Uint8Array(summary.length);
  for (const sentence of ours) {
    const at = sentence.length > 0 ? summary.indexOf(sentence) : -1;
    if (at >= 0) covered.fill(1, at, at + sentence.length);
  }
  let coveredChars = 0;
  let nonSpace = 0;
  for (let i = 0; i < summary.length; i++) {
    if (/\s/.test(summary[i] ?? '')) continue;
    nonSpace++;
    if (covered[i] === 1) coveredChars++;
  }
  const oursTrimmed = new Set([...ours].map(trimQuotes));
  const trimmedPieces = pieces.map(trimQuotes).filter((p) => p !== '');
  return {
    summarySentences: pieces.length,
    exactMatches: pieces.filter((p) => ours.has(p)).length,
    trimmedSentences: trimmedPieces.length,
    trimmedMatches: trimmedPieces.filter((p) => oursTrimmed.has(p)).length,
    coveredChars,
    summaryChars: nonSpace,
  };
}

/** A glued summary piece shorter than this is not taken as a located sentence (a stray quote mark, a typo). */
const MIN_PIECE_LENGTH = 10;

/**
 * Takes a glued BBC summary apart by where it stops matching the article: each piece is the longest
 * prefix of the rest that occurs in the article, so it ends exactly where the summary's maker glued
 * the next sentence on (in the article a space follows). Returns the pieces' spans in the article.
 */
export function locateSummarySentences(article: string, summary: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let pos = 0;
  while (pos < summary.length) {
    while (pos < summary.length && /\s/.test(summary[pos] ?? '')) pos++;
    if (pos >= summary.length) break;
    let low = 1;
    let high = summary.length - pos;
    let best = { length: 0, at: -1 };
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = article.indexOf(summary.slice(pos, pos + mid));
      if (at >= 0) {
        best = { length: mid, at };
        low = mid + 1;
      } else high = mid - 1;
    }
    if (best.length >= MIN_PIECE_LENGTH) spans.push({ start: best.at, end: best.at + best.length });
    pos += Math.max(1, best.length);
  }
  return spans;
}

/**
 * Boundary counts against located summary sentences: the maker's boundaries are each piece's start
 * and the first non-space after its end, except paragraph starts (trivially right); ours count as
 * found when they fall strictly inside a piece (an extra split) or on one of those boundaries.
 */
export function scoreLocatedSentences(
  article: string, pieces: ReadonlyArray<{ start: number; end: number }>, ourStarts: ReadonlySet<number>, paragraphStarts: ReadonlySet<number>,
): { truePositives: number; falsePositives: number; falseNegatives: number } {
  const gold = new Set<number>();
  const extra = new Set<number>();
  for (const piece of pieces) {
    let next = piece.end;
    while (next < article.length && /\s/.test(article[next] ?? '')) next++;
    for (const b of [piece.start, next]) if (b < article.length && !paragraphStarts.has(b)) gold.add(b);
    for (const b of ourStarts) if (b > piece.start && b < piece.end) extra.add(b);
  }
  const hits = [...gold].filter((b) => ourStarts.has(b)).length;
  return { truePositives: hits, falsePositives: extra.size, falseNegatives: gold.size - hits };
}
