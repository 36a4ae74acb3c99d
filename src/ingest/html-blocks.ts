// Turns an article element into text blocks, one per paragraph, heading, list item, quoted
// paragraph or table row, the way a reader sees them: white space collapsed, <br> a line break,
// two <br>s a paragraph break. Figures, captions, embeds, forms and buttons are left out.
import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

export type HtmlBlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'preformatted' | 'table-row';

export interface HtmlBlock {
  kind: HtmlBlockKind;
  text: string;
  /** Share of the block's characters that are link text: near 1 for navigation and "read more" lists. */
  linkShare: number;
  /** An image sat among the block's text or just before it: a short block beside one is a caption. */
  nearImage: boolean;
}

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'head', 'title', 'meta', 'link', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math',
  'canvas', 'video', 'audio', 'picture', 'figure', 'figcaption', 'button', 'form', 'input', 'select', 'textarea', 'label',
  'nav', 'aside', 'footer', 'dialog', 'menu',
]);

/** Elements that begin and end a block; anything else is inline and joins the text around it. */
const BLOCK_ELEMENTS = new Set([
  'html', 'body', 'main', 'article', 'section', 'header', 'div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'hr', 'address', 'center',
  'details', 'summary', 'fieldset', 'hgroup',
]);

const KIND_OF: Record<string, HtmlBlockKind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dt: 'list-item', dd: 'list-item', blockquote: 'quote', pre: 'preformatted', tr: 'table-row',
};

/** Deeper nesting than this is read as flat text: real articles are a few dozen levels deep at most. */
export const MAX_DEPTH = 200;

interface Run {
  text: string;
  linkChars: number;
  hasImage: boolean;
}

interface Context {
  kind: HtmlBlockKind;
  inLink: boolean;
  pre: boolean;
  depth: number;
}

/** The blocks of an element's content, in document order. */
export function collectBlocks(root: DomElement): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let run: Run = { text: '', linkChars: 0, hasImage: false };
  let imageBefore = false;
  const flush = (kind: HtmlBlockKind): void => {
    const made = runBlocks(run, kind, imageBefore);
    blocks.push(...made);
    // An image on its own (Readability often gives it a paragraph of its own) belongs to the next block.
    if (made.length > 0 || run.hasImage) imageBefore = made.length === 0 && run.hasImage;
    run = { text: '', linkChars: 0, hasImage: false };
  };
  const append = (text: string, context: Context): void => {
    run.text += text;
    if (context.inLink) run.linkChars += text.trim().length;
  };
  const walk = (node: DomNode, context: Context): void => {
    if (node.nodeType === TEXT_NODE) {
      append(context.pre ? node.textContent ?? '' : (node.textContent ?? '').replace(/[\s\u00a0]+/g, ' '), context);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toLowerCase();
    if (SKIPPED.has(name)) return;
    if (name === 'br') return append('\n', context);
    if (name === 'img') {
      run.hasImage = true;
      return;
    }
    if (context.depth > MAX_DEPTH) return append(` ${node.textContent ?? ''} `, context);
    const block = BLOCK_ELEMENTS.has(name);
    const inner: Context = {
      // A paragraph inside a heading is a paragraph: htmlparser2 does not let </h2> close an open <h1> the
      // way browsers do, so a mistyped end tag puts the rest of the article inside the headline.
      kind: KIND_OF[name] ?? (block && context.kind === 'heading' ? 'paragraph' : context.kind),
      inLink: context.inLink || name === 'a',
      pre: context.pre || name === 'pre',
      depth: context.depth + 1,
    };
    if (block) flush(context.kind);
    if (name === 'td' || name === 'th') append(' ', inner);
    for (const child of Array.from(node.childNodes)) walk(child, inner);
    if (name === 'td' || name === 'th') append(' ', inner);
    if (block) flush(inner.kind);
  };
  walk(root, { kind: 'paragraph', inLink: false, pre: false, depth: 0 });
  flush('paragraph');
  return blocks;
}

/** A run of inline content becomes one block, or several where two line breaks stood between paragraphs. */
function runBlocks(run: Run, kind: HtmlBlockKind, imageBefore: boolean): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const total = run.text.replace(/\s+/g, '').length;
  const linkShare = total === 0 ? 0 : Math.min(1, run.linkChars / total);
  for (const part of run.text.split(/\n[^\S\n]*\n/)) {
    const text = part.split('\n').map((line) => line.replace(/[^\S\n]+/g, ' ').trim()).filter(Boolean).join('\n');
    if (text !== '') blocks.push({ kind, text, linkShare, nearImage: run.hasImage || (imageBefore && blocks.length === 0) });
  }
  return blocks;
}
