// An HTML page → the article's text blocks and metadata, or the reason there is no article.
// Pure apart from the libraries it uses (linkedom parses, Readability finds the article body):
// no files, no network, nothing run from the page.
import { htmlLibraries, ELEMENT_NODE, MAX_ELEMENTS, TEXT_NODE, type DomNode, type HtmlLibraries } from './dom.js';
import { collectBlocks, type HtmlBlock } from './html-blocks.js';
import { cutAtComments, isArticleBlock, takeHeader, withoutPullQuotes } from './html-filter.js';
import { readHtmlMeta, type HtmlMeta } from './html-meta.js';
import { removeBoilerplate } from './html-clean.js';
import { boundDocument, characterReferences, MAX_CHARACTER_REFERENCES, MAX_OPEN_ELEMENTS, maxOpenElements } from './html-limits.js';
import { withDocumentShell } from './html-shell.js';

/** Share of an article's text that may be link text; a section front of headlines is mostly links. */
export const MAX_ARTICLE_LINK_SHARE = 0.4;
/** A paragraph this long is prose rather than a teaser or a label… */
export const MIN_PROSE_WORDS = 18;
/** …and an article has at least this many of them (a short news brief has two). */
export const MIN_PROSE_BLOCKS = 2;

/** A byline longer than this is a sentence or a meta line, not names ("Eleanor Fisk and Daniel Roe" is five). */
export const MAX_BYLINE_WORDS = 7;

export type HtmlExtraction =
  | { ok: true; blocks: HtmlBlock[]; meta: HtmlMeta }
  | { ok: false; code: 'EMPTY' | 'NOT_AN_ARTICLE'; message: string; meta: HtmlMeta | null };

/** Finds the article in a page. Never throws: a page the libraries cannot handle is "not an article". */
export function extractHtml(html: string, libraries: HtmlLibraries = htmlLibraries()): HtmlExtraction {
  try {
    return extract(html, libraries);
  } catch (error) {
    return { ok: false, code: 'NOT_AN_ARTICLE', message: `could not extract an article from the page: ${(error as Error).message}`, meta: null };
  }
}

function extract(html: string, libraries: HtmlLibraries): HtmlExtraction {
  const open = maxOpenElements(html);
  if (open > MAX_OPEN_ELEMENTS) return refused(`page leaves ${open} elements open at once (unclosed tags?), more than the ${MAX_OPEN_ELEMENTS} read`, null);
  const references = characterReferences(html);
  if (references > MAX_CHARACTER_REFERENCES) return refused(`page has ${references} character references or stray "<", more than the ${MAX_CHARACTER_REFERENCES} read`, null);
  const document = libraries.parseDocument(withDocumentShell(html));
  const elements = boundDocument(document);
  const meta = readHtmlMeta(document);
  if (elements > MAX_ELEMENTS) return refused(`page has ${elements} elements, more than the ${MAX_ELEMENTS} read`, meta);
  const h1 = document.querySelector('h1')?.textContent ?? null;
  if (!document.body || !hasVisibleText(document.body)) {
    return { ok: false, code: 'EMPTY', message: 'page has no visible text (it may need JavaScript to show its content)', meta };
  }
  removeBoilerplate(document);
  const found = libraries.readArticle(document);
  const all = found?.content ? collectBlocks(found.content) : [];
  const header = takeHeader(withoutPullQuotes(cutAtComments(all).filter(isArticleBlock)), [meta.headline, h1]);
  if (!isArticle(all, header.blocks)) {
    return { ok: false, code: 'NOT_AN_ARTICLE', message: 'no article text found: the page looks like a section front, index or other list of links', meta };
  }
  return {
    ok: true,
    blocks: header.blocks,
    meta: { ...meta, byline: meta.byline ?? readabilityByline(found?.byline) ?? header.byline, dateText: meta.dateText ?? header.dateText },
  };
}

function refused(reason: string, meta: HtmlMeta | null): HtmlExtraction {
  return { ok: false, code: 'NOT_AN_ARTICLE', message: `${reason}: not read as an article`, meta };
}

function isArticle(all: readonly HtmlBlock[], kept: readonly HtmlBlock[]): boolean {
  const chars = all.reduce((sum, block) => sum + block.text.length, 0);
  const linkChars = all.reduce((sum, block) => sum + block.text.length * block.linkShare, 0);
  if (chars === 0 || linkChars / chars > MAX_ARTICLE_LINK_SHARE) return false;
  const prose = kept.filter((block) => block.kind !== 'heading' && wordCount(block.text) >= MIN_PROSE_WORDS);
  return prose.length >= MIN_PROSE_BLOCKS;
}

/**
 * Readability's byline is the text of whatever element is marked as one, which on some sites is the
 * whole meta line ("Published 20 May 2025"): only a name survives, with its "By" and job title cut.
 */
function readabilityByline(byline: string | null | undefined): string | null {
  const name = (byline ?? '').replace(/[\s\u00a0]+/g, ' ').replace(/^by\s+/i, '').split(/\s*[,|·–—]\s*/)[0]?.trim() ?? '';
  if (name === '' || /\d/.test(name) || wordCount(name) > MAX_BYLINE_WORDS) return null;
  return name;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Text a reader would see: anything outside scripts, styles and templates. */
function hasVisibleText(root: DomNode): boolean {
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (node.nodeType === TEXT_NODE && /\S/.test(node.textContent ?? '')) return true;
    if (node.nodeType !== ELEMENT_NODE || /^(?:script|style|template|noscript|title|head)$/i.test(node.nodeName)) continue;
    for (const child of Array.from(node.childNodes)) stack.push(child);
  }
  return false;
}
