// File text → Article for text, Markdown and (through a reader passed in) HTML. Pure. The HTML
// reader is a parameter so that this module does not import the HTML modules: parse.ts passes it
// for tests and eval scripts, load.ts imports it only when an HTML file comes (linkedom, Readability
// and our eleven HTML modules are a large share of a one-file run's start-up).
import type { Article, ArticleMeta, Encoding, Problem, Trailer } from '../model.js';
import { LineIndex } from '../text/lines.js';
import { parseDate } from '../text/dates.js';
import { problem, sentencesOf, toParagraph } from './article-parts.js';
import { decodeBytes } from './decode.js';
import { parseFrontMatter } from './frontmatter.js';
import type { htmlArticle } from './html-article.js';
import {
  HEADER_SEARCH_BLOCKS, bylineName, datelineDate, looksLikeHeadline, splitBlocks, trailerStart,
  type Block,
} from './layout.js';

export { problem } from './article-parts.js';

/** Reads an HTML page into an Article: html-article.ts's htmlArticle. */
export type HtmlReader = typeof htmlArticle;

export function isHtmlPath(file: string): boolean {
  return /\.html?$/i.test(file);
}

function isMarkdownPath(file: string): boolean {
  return /\.(?:md|markdown|mdx)$/i.test(file);
}

/**
 * Turns one file's bytes into an Article, or a Problem when there is no article to be had.
 * `readHtml` reads .html/.htm files; null when the caller knows `file` is no HTML page.
 */
export function parseBytesWith(file: string, bytes: Uint8Array, readHtml: HtmlReader | null): Article | Problem {
  const decoded = decodeBytes(bytes);
  if (decoded.binary) return problem(file, 'BINARY', 'warning', 'binary file (contains NUL bytes), skipped');
  return parseTextWith(file, decoded.text, decoded.encoding, readHtml);
}

/** parseBytesWith for decoded text. */
export function parseTextWith(file: string, text: string, encoding: Encoding, readHtml: HtmlReader | null): Article | Problem {
  if (text.trim() === '') return problem(file, 'EMPTY', 'warning', 'file is empty');
  const lines = new LineIndex(text);
  const problems: Problem[] = [];
  if (encoding === 'latin1') {
    problems.push(problem(file, 'ENCODING', 'warning', 'not valid UTF-8; read as Latin-1 (Windows-1252)'));
  }
  if (readHtml && isHtmlPath(file)) return readHtml(file, text, encoding, problems);
  const markdown = isMarkdownPath(file);
  const front = markdown ? parseFrontMatter(text) : { present: false, data: {}, bodyOffset: 0, issues: [] };
  for (const issue of front.issues) {
    problems.push({ path: file, code: issue.code, severity: 'warning', message: issue.message, line: issue.line, column: issue.column });
  }
  const blocks = splitBlocks(text.slice(front.bodyOffset)).map((b) => shift(b, front.bodyOffset));
  const header = readHeader(blocks, markdown, front.data);
  const cut = trailerStart(blocks);
  const bodyBlocks = blocks.slice(header.consumed, cut);
  const trailerBlocks = blocks.slice(cut);
  const paragraphs = bodyBlocks.map((block, index) => toParagraph(block, index, lines));
  if (paragraphs.length === 0) problems.push(problem(file, 'NO_BODY', 'warning', 'article has no body text'));
  const meta = articleMeta(front.data, header, file, problems);
  return {
    file,
    format: markdown ? 'markdown' : 'text',
    extractedFrom: null,
    encoding,
    text,
    ...meta,
    bodyStart: bodyBlocks[0]?.start ?? front.bodyOffset,
    bodyEnd: bodyBlocks.at(-1)?.end ?? front.bodyOffset,
    frontMatter: front.data,
    paragraphs,
    sentences: sentencesOf(paragraphs, lines),
    trailer: toTrailer(trailerBlocks, text, lines),
    problems,
  };
}

interface Header {
  headline: string | null;
  headlineFrom: ArticleMeta['headlineFrom'];
  date: string | null;
  dateText: string | null;
  byline: string | null;
  consumed: number;
}

/** Reads headline, dateline and byline blocks from the top of the body. */
function readHeader(blocks: readonly Block[], markdown: boolean, data: Record<string, unknown>): Header {
  const header: Header = { headline: null, headlineFrom: null, date: null, dateText: null, byline: null, consumed: 0 };
  const first = blocks[0];
  if (first) {
    const heading = /^#\s+(.+?)\s*#*$/.exec(first.text);
    if (heading && !/[\r\n]/.test(first.text)) {
      header.headline = heading[1] ?? null;
      header.headlineFrom = 'heading';
      header.consumed = 1;
    } else if (!markdown && !stringField(data, ['title', 'headline']) && looksLikeHeadline(first, blocks.length > 1)) {
      header.headline = first.text;
      header.headlineFrom = 'first-line';
      header.consumed = 1;
    }
  }
  const headline = stringField(data, ['title', 'headline']) ?? header.headline;
  while (header.consumed < Math.min(blocks.length - 1, HEADER_SEARCH_BLOCKS)) {
    const text = blocks[header.consumed]?.text ?? '';
    const date = datelineDate(text);
    const byline = bylineName(text);
    // Pages saved as text often repeat the headline as the body's first line: it is no paragraph of the story.
    if (headline !== null && sameWords(text, headline)) {
      header.consumed++;
      continue;
    }
    if (date && !header.date) {
      header.date = date;
      header.dateText = text;
    } else if (byline && !header.byline) {
      header.byline = byline;
    } else break;
    header.consumed++;
  }
  return header;
}

/** The same words, whatever the spacing and case. */
function sameWords(a: string, b: string): boolean {
  const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean).join(' ');
  return words(a) === words(b);
}

function articleMeta(data: Record<string, unknown>, header: Header, file: string, problems: Problem[]): ArticleMeta {
  const title = stringField(data, ['title', 'headline']);
  const dateText = stringField(data, ['date', 'published', 'datePublished']) ?? header.dateText;
  let date = header.date;
  const frontDate = stringField(data, ['date', 'published', 'datePublished']);
  if (frontDate !== null) {
    const parsed = parseDate(frontDate);
    date = parsed.ok ? parsed.iso : null;
    if (!parsed.ok) {
      problems.push(problem(file, 'FRONT_MATTER_SHAPE', 'warning',
        parsed.reason === 'calendar' ? `date ${frontDate} is not a calendar date` : `date "${frontDate}" is not in a known format`));
    }
  }
  return {
    headline: title ?? header.headline,
    headlineFrom: title !== null ? 'front-matter' : header.headlineFrom,
    date,
    dateText,
    source: stringField(data, ['source', 'publication', 'publisher', 'outlet']),
    byline: stringField(data, ['author', 'byline', 'authors']) ?? header.byline,
    url: stringField(data, ['url', 'link', 'canonical']),
    tags: listField(data, ['tags', 'keywords']),
  };
}

function stringField(data: Record<string, unknown>, names: readonly string[]): string | null {
  for (const name of names) {
    if (!Object.hasOwn(data, name)) continue;
    const value = data[name];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string') && value.length > 0) return value.join(', ');
  }
  return null;
}

function listField(data: Record<string, unknown>, names: readonly string[]): string[] {
  for (const name of names) {
    if (!Object.hasOwn(data, name)) continue;
    const value = data[name];
    if (Array.isArray(value)) return value.filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
    if (typeof value === 'string') return value.split(',').map((t) => t.trim()).filter(Boolean);
  }
  return [];
}

function toTrailer(blocks: readonly Block[], text: string, lines: LineIndex): Trailer | null {
  const first = blocks[0];
  const last = blocks.at(-1);
  if (!first || !last) return null;
  return { text: text.slice(first.start, last.end), start: first.start, end: last.end, ...lines.position(first.start) };
}

function shift(block: Block, by: number): Block {
  return { ...block, start: block.start + by, end: block.end + by };
}

export function isProblem(value: Article | Problem): value is Problem {
  return 'code' in value && 'severity' in value && !('paragraphs' in value);
}
