// Numbers inside URLs and e-mail addresses are not figures: their tokens are dropped before scanning.
// Found with fixed prefixes and plain loops (no backtracking), so long lines cost one pass.

import type { Token } from '../text/figure-tokenizer.js';

interface Range {
  start: number;
  end: number;
}

const URL_START = /https?:\/\/|www\./gi;

/** Character ranges (relative to `text`) of URLs and e-mail addresses. */
export function linkRanges(text: string): Range[] {
  const ranges: Range[] = [];
  const urls = new RegExp(URL_START.source, 'gi');
  for (let match = urls.exec(text); match !== null; match = urls.exec(text)) {
    const end = nonSpaceEnd(text, match.index);
    ranges.push({ start: match.index, end });
    urls.lastIndex = Math.max(urls.lastIndex, end);
  }
  // Each step starts past the previous address, so a line of "@@@@…" is still one pass.
  let scanned = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', scanned)) {
    const start = nonSpaceStart(text, at, scanned);
    const end = nonSpaceEnd(text, at + 1);
    if (start < at && text.slice(at, end).includes('.')) ranges.push({ start, end });
    scanned = end + 1;
  }
  return ranges;
}

function isSpace(char: string | undefined): boolean {
  return char === undefined || char === ' ' || char === '\n' || char === '\r' || char === '\t' || char === '\u00a0';
}

function nonSpaceEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isSpace(text[i])) i++;
  return i;
}

function nonSpaceStart(text: string, from: number, limit: number): number {
  let i = from;
  while (i > limit && !isSpace(text[i - 1])) i--;
  return i;
}

/** Tokens with those inside links removed; the token after a removed link counts as spaced. */
export function withoutLinks(tokens: Token[], text: string, base: number): Token[] {
  if (text.indexOf('@') < 0 && text.indexOf('/') < 0 && text.indexOf('www.') < 0) return tokens;
  const ranges = linkRanges(text).map((r) => ({ start: r.start + base, end: r.end + base }));
  if (ranges.length === 0) return tokens;
  ranges.sort((a, b) => a.start - b.start);
  const kept: Token[] = [];
  let r = 0;
  let dropped = false;
  for (const token of tokens) {
    while (r < ranges.length && (ranges[r]?.end ?? 0) <= token.start) r++;
    const range = ranges[r];
    if (range && token.start >= range.start && token.start < range.end) {
      dropped = true;
      continue;
    }
    // Keys written out, in the tokenizer's order, not `{ ...token, spaceBefore: true }`: a spread copy has a
    // V8 map of its own, and every figure function reading tokens deoptimised when the first one came.
    kept.push(dropped ? { type: token.type, text: token.text, lower: token.lower, start: token.start, end: token.end, spaceBefore: true } : token);
    dropped = false;
  }
  return kept;
}
