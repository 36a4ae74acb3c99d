// Turns an article element into text blocks, one per paragraph, heading, list item, quoted
// paragraph or table row, the way a reader sees them: white space collapsed, <br> a line break,
// two <br>s a paragraph break. Figures, captions, embeds, forms and buttons are left out.
// The walk keeps its own stack, so no nesting depth can overflow the call stack.
import { ELEMENT_NODE, TEXT_NODE, type DomNode } from './dom.js';

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

interface Context {
  kind: HtmlBlockKind;
  inLink: boolean;
  pre: boolean;
}

/** A node to enter, or the end of an element to close (its own context and whether it was a block). */
type Step = { node: DomNode; context: Context } | { close: string; context: Context; block: boolean };

class BlockWriter {
  readonly blocks: HtmlBlock[] = [];
  private text = '';
  private linkChars = 0;
  private hasImage = false;
  private imageBefore = false;

  append(text: string, context: Context): void {
    this.text += text;
    if (context.inLink) this.linkChars += text.trim().length;
  }

  image(): void {
    this.hasImage = true;
  }

  /** Ends the current run of inline content; it becomes one block, or several where two <br>s split it. */
  flush(kind: HtmlBlockKind): void {
    const total = this.text.replace(/\s+/g, '').length;
    const linkShare = total === 0 ? 0 : Math.min(1, this.linkChars / total);
    let made = 0;
    for (const part of this.text.split(/\n[^\S\n]*\n/)) {
      const text = part.split('\n').map((line) => line.replace(/[^\S\n]+/g, ' ').trim()).filter(Boolean).join('\n');
      if (text === '') continue;
      this.blocks.push({ kind, text, linkShare, nearImage: this.hasImage || (this.imageBefore && made === 0) });
      made++;
    }
    // An image on its own (Readability often gives it a paragraph of its own) belongs to the next block.
    if (made > 0 || this.hasImage) this.imageBefore = made === 0 && this.hasImage;
    this.text = '';
    this.linkChars = 0;
    this.hasImage = false;
  }
}

/** The blocks of an element's content, in document order. */
export function collectBlocks(root: DomNode): HtmlBlock[] {
  const writer = new BlockWriter();
  const stack: Step[] = [{ node: root, context: { kind: 'paragraph', inLink: false, pre: false } }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if ('close' in step) {
      if (step.close === 'td' || step.close === 'th') writer.append(' ', step.context);
      if (step.block) writer.flush(step.context.kind);
      continue;
    }
    const { node, context } = step;
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      writer.append(context.pre ? text : text.replace(/[\s\u00a0]+/g, ' '), context);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = node.nodeName.toLowerCase();
    if (SKIPPED.has(name)) continue;
    if (name === 'br') writer.append('\n', context);
    else if (name === 'img') writer.image();
    else enter(node, name, context, writer, stack);
  }
  writer.flush('paragraph');
  return writer.blocks;
}

function enter(node: DomNode, name: string, context: Context, writer: BlockWriter, stack: Step[]): void {
  const block = BLOCK_ELEMENTS.has(name);
  const inner: Context = {
    // A paragraph inside a heading is a paragraph: htmlparser2 does not let </h2> close an open <h1> the
    // way browsers do, so a mistyped end tag puts the rest of the article inside the headline.
    kind: KIND_OF[name] ?? (block && context.kind === 'heading' ? 'paragraph' : context.kind),
    inLink: context.inLink || name === 'a',
    pre: context.pre || name === 'pre',
  };
  if (block) writer.flush(context.kind);
  if (name === 'td' || name === 'th') writer.append(' ', inner);
  stack.push({ close: name, context: inner, block });
  const children = Array.from(node.childNodes);
  for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as DomNode, context: inner });
}
