// Which extracted blocks are article text. Readability finds the right part of the page, but
// inside it news sites leave link lists, captions, "Advertisement" labels, promotions and the
// headline, dateline and byline above the first paragraph.
import type { HtmlBlock } from './html-blocks.js';
import { bylineName, datelineDate, HEADER_SEARCH_BLOCKS, isBoilerplate } from './layout.js';

/** A block with more than this share of link text is navigation ("Read more: …", related stories). */
export const MAX_BLOCK_LINK_SHARE = 0.5;
/** A block beside an image with at most this many words, and no full stop at the end, is its caption. */
export const MAX_CAPTION_WORDS = 30;
/** A line this short above the headline is the section label ("Transport", "Local news"). */
export const MAX_LABEL_WORDS = 3;
/** A shorter form of the headline counts only with at least this many words ("News" is not a headline). */
export const MIN_SHORT_HEADLINE_WORDS = 3;
/** A line at the top this short that names a date or starts "Published"/"Updated" is the story's meta line. */
export const MAX_META_LINE_WORDS = 14;

/** Labels and promotions that sit between paragraphs on news sites; each matches a whole block. */
const PROMOTIONS: readonly RegExp[] = [
  /^(?:advertisement|advert|sponsored(?: content)?|ad feature|skip advert)$/i,
  /^(?:story|article) continues below(?: this)?(?: advertisement| advert)?$/i,
  /^(?:continue reading|scroll (?:down )?to continue(?: with content)?)(?: below)?$/i,
  /^follow\b.{0,60}\bon\s+(?:facebook|x|twitter|instagram|tiktok|threads|youtube|bluesky)\b/i,
  /^(?:already a subscriber|you have read all of your free articles|this article is for subscribers)\b/i,
];

/** A date written out inside a line: "11 February 2025", "Sep 9, 2025", "2025-07-31". */
const WRITTEN_DATE = /\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}\b|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/;

export function isArticleBlock(block: HtmlBlock): boolean {
  if (block.linkShare > MAX_BLOCK_LINK_SHARE) return false;
  if (isCaption(block)) return false;
  return !isBoilerplate(block.text) && !PROMOTIONS.some((pattern) => pattern.test(block.text));
}

/** A news paragraph ends with a full stop; captions, labels and headlines usually do not. */
function isCaption(block: HtmlBlock): boolean {
  return block.nearImage && wordCount(block.text) <= MAX_CAPTION_WORDS && !endsSentence(block.text);
}

/** Headers that open a comment section: it and everything after it is readers' text, not the article's. */
const COMMENTS_HEADER = [
  /^(?:\d+\s+)?(?:comments?|responses?|replies|reactions)(?:\s*\(\d+\))?:?$/i,
  /^\d+\s+(?:thoughts|responses|replies|comments) (?:on|to)\b/i,
  /^(?:leave a (?:reply|comment)|join the (?:conversation|discussion)|have your say|add (?:your|a) comment|post a comment|show comments)\b/i,
];

/** A quoted block this short that repeats words from elsewhere in the article is a pull quote. */
export const MAX_PULL_QUOTE_WORDS = 40;

/** Drops pull quotes: short quoted blocks whose words all appear, in order, in another block. */
export function withoutPullQuotes(blocks: readonly HtmlBlock[]): HtmlBlock[] {
  const others = blocks.map((block) => ` ${normalize(block.text)} `);
  return blocks.filter((block, index) => {
    if (block.kind !== 'quote' || wordCount(block.text) > MAX_PULL_QUOTE_WORDS) return true;
    const words = ` ${normalize(block.text)} `;
    return words.trim() === '' || !others.some((other, at) => at !== index && other.length > words.length && other.includes(words));
  });
}

/** The blocks before the first comment-section header. */
export function cutAtComments(blocks: readonly HtmlBlock[]): HtmlBlock[] {
  const start = blocks.findIndex((block) => {
    const firstLine = block.text.split('\n', 1)[0] ?? '';
    return firstLine.length < 120 && COMMENTS_HEADER.some((pattern) => pattern.test(firstLine));
  });
  return start === -1 ? [...blocks] : blocks.slice(0, start);
}

export interface Header {
  blocks: HtmlBlock[];
  dateText: string | null;
  byline: string | null;
}

/**
 * Removes the headline, section label, dateline, byline and meta lines from the top, keeping what they
 * say. The headline and label only lead; a meta line may also follow a standfirst.
 */
export function takeHeader(blocks: readonly HtmlBlock[], headlines: ReadonlyArray<string | null>): Header {
  const header: Header = { blocks: [], dateText: null, byline: null };
  blocks.forEach((block, index) => {
    const leading = header.blocks.length === 0;
    const dropped = index < HEADER_SEARCH_BLOCKS && index < blocks.length - 1 && (
      readMetaLine(block.text, header) || (leading && (isHeadline(block, headlines) || isSectionLabel(block))));
    if (!dropped) header.blocks.push(block);
  });
  return header;
}

/** A dateline, byline or other meta line: true, with its date or name kept in the header. */
function readMetaLine(text: string, header: Header): boolean {
  if (datelineDate(text) !== null) {
    header.dateText ??= text.replace(/^(?:published|updated|posted|first published)(?:\s+on)?[:\s]\s*/i, '');
    return true;
  }
  const byline = bylineName(text);
  if (byline !== null) {
    header.byline ??= byline;
    return true;
  }
  return isMetaLine(text);
}

/**
 * The page's headline repeated at the top of the article: its <h1> or the metadata's headline, or a
 * shorter form of it (a <title> often runs on past the headline on the page).
 */
function isHeadline(block: HtmlBlock, headlines: ReadonlyArray<string | null>): boolean {
  if (endsSentence(block.text) && block.kind !== 'heading') return false;
  const text = normalize(block.text);
  if (text.split(' ').length < MIN_SHORT_HEADLINE_WORDS) return false;
  return headlines.some((headline) => {
    const full = headline === null ? '' : normalize(headline);
    return full !== '' && (full === text || full.startsWith(`${text} `) || (block.kind === 'heading' && text.startsWith(`${full} `)));
  });
}

/** "Priya Nair · 11 February 2025", "Published 20 May", "Words by Catriona Hale · Photographs by Jon Ellery". */
function isMetaLine(text: string): boolean {
  if (/[\r\n]/.test(text) || wordCount(text) > MAX_META_LINE_WORDS || endsSentence(text)) return false;
  return /^(?:published|updated|posted|last updated|first published|(?:words|text|story|reporting|photographs|photos|pictures) by)\b/i.test(text)
    || WRITTEN_DATE.test(text);
}

/** "TRANSPORT", "History": a short line (not a heading) printed above the headline. */
function isSectionLabel(block: HtmlBlock): boolean {
  return block.kind === 'paragraph' && !/[\r\n]/.test(block.text) && wordCount(block.text) <= MAX_LABEL_WORDS && !endsSentence(block.text);
}

function endsSentence(text: string): boolean {
  return /[.!?]["'”’)]*$/.test(text);
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
