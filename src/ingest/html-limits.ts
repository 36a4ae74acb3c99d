// Bounds on what a hostile or broken page can cost, each measured on a page built to hurt:
// - Readability's time grows faster than the square of the nesting depth (2,000 nested <div>s took
//   40 s; 50,000 overflowed the stack), and a page of unclosed tags nests one level per tag;
// - linkedom's parser slows down more than linearly once tens of thousands of elements are open at
//   once (40,000 unclosed <div><span> pairs: seconds to tens of seconds);
// - Readability re-parses the page when its first attempt finds little text, and linkedom then makes
//   one text node per character reference and passes them all as arguments to one call: 500,000
//   stray "<" characters overflowed the stack.
import type { DomDocument, DomElement } from './dom.js';
import { collectBlocks } from './html-blocks.js';

/** Elements deeper than this are flattened into plain paragraphs; real news pages nest 20 to 60 deep. */
export const MAX_DOM_DEPTH = 120;
/** A page that leaves more elements than this open at once is not parsed (unclosed tags, by the thousand). */
export const MAX_OPEN_ELEMENTS = 10_000;
/** A page with more character references and stray "<" than this is not read: real pages have hundreds. */
export const MAX_CHARACTER_REFERENCES = 50_000;

/** Elements that close themselves or whose end tag may be left out: they never keep nesting open. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'rb', 'rt', 'rp',
  'html', 'head', 'body',
]);

/** The most elements a page's tags hold open at one time, counted from the source in one pass. */
export function maxOpenElements(html: string): number {
  let open = 0;
  let most = 0;
  for (const match of html.matchAll(/<(\/?)([A-Za-z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (NOT_NESTING.has((match[2] ?? '').toLowerCase()) || match[3] === '/') continue;
    open = match[1] === '/' ? Math.max(0, open - 1) : open + 1;
    if (open > most) most = open;
  }
  return most;
}

/**
 * How many character references ("&amp;", "&#8217;") and stray "<" characters the source holds: the
 * parser makes a text node of each, and Readability's re-parse passes them all to one call.
 */
export function characterReferences(html: string): number {
  return html.match(/&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);?|<(?![A-Za-z/!?])/gi)?.length ?? 0;
}

/**
 * Merges adjacent text nodes and flattens every subtree that reaches deeper than MAX_DOM_DEPTH into
 * one <p> per block of its text, so the article text survives and Readability's cost stays bounded.
 * Returns the number of elements left.
 */
export function boundDocument(document: DomDocument): number {
  const root = document.documentElement;
  if (!root) return 0;
  root.normalize();
  const deep: DomElement[] = [];
  let elements = 0;
  const stack: Array<[DomElement, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [DomElement, number];
    elements++;
    const children = Array.from(element.children);
    if (depth >= MAX_DOM_DEPTH && children.length > 0) {
      deep.push(element);
      continue;
    }
    for (const child of children) stack.push([child, depth + 1]);
  }
  for (const element of deep) flatten(element, document);
  return elements;
}

function flatten(element: DomElement, document: DomDocument): void {
  const blocks = collectBlocks(element);
  element.textContent = '';
  for (const block of blocks) {
    const paragraph = document.createElement('p');
    paragraph.textContent = block.text;
    element.appendChild(paragraph);
  }
}
