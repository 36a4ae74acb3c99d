// Finds the parts of a body that are not article text: a headline line, a dateline, a byline
// and trailing boilerplate. Pure functions over paragraph blocks.

import { parseDate } from '../text/dates.js';

export interface Block {
  start: number;
  end: number;
  text: string;
}

/** A first line longer than this is a lead paragraph, not a headline. */
export const MAX_HEADLINE_WORDS = 22;
/** Datelines and bylines are looked for only among the first few blocks. */
export const HEADER_SEARCH_BLOCKS = 4;

const TRAILER_PATTERNS: readonly RegExp[] = [
  /^sign[\s-]?up\b/i,
  /^subscribe\b/i,
  /^(?:read|see) (?:more|also)\b/i,
  /^related\s*(?:articles?|stories|:)/i,
  /^share (?:this|on|via)\b/i,
  /^(?:follow|like) us\b/i,
  /^click here\b/i,
  /^(?:©|\(c\)|copyright\b)/i,
  /^(?:facebook|twitter|whatsapp|email|linkedin)(?:\s*[|·,]\s*(?:facebook|twitter|whatsapp|email|linkedin|x))+\s*$/i,
  /^get (?:our|the) .*newsletter/i,
];

const DATELINE = /^(?:(?:published|updated|posted|first published)(?:\s+on)?[:\s]\s*)?(.+?)\s*$/i;
const BYLINE = /^[Bb]y\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&|de|van|von|al))*)\s*(?:[,|–-].*)?$/u;

/** Splits text into blocks separated by blank lines; offsets are relative to `text`. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const separator = /(?:\r\n|\r|\n)[^\S\r\n]*(?:(?:\r\n|\r|\n)[^\S\r\n]*)+/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    pushTrimmed(text, start, match.index, blocks);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, text.length, blocks);
  return blocks;
}

function pushTrimmed(text: string, start: number, end: number, out: Block[]): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** A plain-text headline: a single short line with no sentence-ending full stop, followed by more text. */
export function looksLikeHeadline(block: Block, hasMore: boolean): boolean {
  if (!hasMore || /[\r\n]/.test(block.text)) return false;
  const words = block.text.split(/\s+/).length;
  if (words > MAX_HEADLINE_WORDS) return false;
  if (/[.,;:]["'”’)]*$/.test(block.text)) return false;
  return !looksLikeDateline(block.text) && !looksLikeByline(block.text);
}

export function datelineDate(text: string): string | null {
  if (/[\r\n]/.test(text) || text.length > 60) return null;
  const written = DATELINE.exec(text)?.[1] ?? '';
  const parsed = parseDate(written);
  return parsed.ok ? parsed.iso : null;
}

export function looksLikeDateline(text: string): boolean {
  return datelineDate(text) !== null;
}

/**
 * How every BYLINE starts, tested first: BYLINE's \p{L} loops take milliseconds to compile on first
 * use, and most header blocks are no byline.
 */
const BYLINE_START = /^[Bb]y\s/;

export function bylineName(text: string): string | null {
  if (/[\r\n]/.test(text) || text.length > 80) return null;
  const line = text.trim();
  return BYLINE_START.test(line) ? BYLINE.exec(line)?.[1] ?? null : null;
}

export function looksLikeByline(text: string): boolean {
  return bylineName(text) !== null;
}

export function isBoilerplate(text: string): boolean {
  const line = text.trim();
  return line.length < 200 && TRAILER_PATTERNS.some((pattern) => pattern.test(line));
}

/** Index of the first block of the trailing boilerplate run, or blocks.length when there is none. */
export function trailerStart(blocks: readonly Block[]): number {
  let index = blocks.length;
  while (index > 1 && isBoilerplate(blocks[index - 1]?.text ?? '')) index--;
  return index;
}
