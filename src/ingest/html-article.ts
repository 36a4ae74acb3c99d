// An HTML page as an Article: the extracted blocks are laid out as plain text, one block per
// paragraph with a blank line between, and every offset, line and column refers to that text.
import type { Article, Encoding, Problem } from '../model.js';
import { parseDate } from '../text/dates.js';
import { LineIndex } from '../text/lines.js';
import { problem, sentencesOf, toParagraph } from './article-parts.js';
import { extractHtml } from './html.js';
import type { HtmlBlock } from './html-blocks.js';
import type { Block } from './layout.js';

/** Blocks are separated by one blank line, so the text splits back into the same paragraphs. */
const BLOCK_SEPARATOR = '\n\n';

export function htmlArticle(file: string, source: string, encoding: Encoding, problems: Problem[]): Article | Problem {
  const extraction = extractHtml(source);
  if (!extraction.ok) return problem(file, extraction.code, 'warning', extraction.message);
  const { meta } = extraction;
  const { text, blocks } = layOut(extraction.blocks);
  const lines = new LineIndex(text);
  const paragraphs = blocks.map((block, index) => toParagraph(block, index, lines));
  return {
    file,
    format: 'html',
    extractedFrom: 'html',
    encoding,
    text,
    headline: meta.headline,
    headlineFrom: meta.headlineFrom,
    date: articleDate(meta.dateText, file, problems),
    dateText: meta.dateText,
    source: meta.source,
    byline: meta.byline,
    url: meta.url,
    tags: meta.tags,
    bodyStart: 0,
    bodyEnd: blocks.at(-1)?.end ?? 0,
    frontMatter: {},
    paragraphs,
    sentences: sentencesOf(paragraphs, lines),
    trailer: null,
    problems,
  };
}

function layOut(htmlBlocks: readonly HtmlBlock[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let text = '';
  for (const block of htmlBlocks) {
    if (text !== '') text += BLOCK_SEPARATOR;
    blocks.push({ start: text.length, end: text.length + block.text.length, text: block.text });
    text += block.text;
  }
  return { text: text === '' ? '' : `${text}\n`, blocks };
}

/** The calendar date as written: an ISO date-time keeps its own date whatever its offset. */
function articleDate(dateText: string | null, file: string, problems: Problem[]): string | null {
  if (dateText === null) return null;
  const parsed = parseDate(dateText);
  if (parsed.ok) return parsed.iso;
  problems.push(problem(file, 'HTML_METADATA', 'warning',
    parsed.reason === 'calendar' ? `published date ${dateText} is not a calendar date` : `published date "${dateText}" is not in a known format`));
  return null;
}
