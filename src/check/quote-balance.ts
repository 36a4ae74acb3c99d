// Finds quotation marks that open and never close. News style lets a quote run over several
// paragraphs: the paragraph ends without a closing mark and the next one opens again, so an
// open quote is only a mistake when the next paragraph does not start with an opening mark.

export interface OpenQuote {
  /** Offset of the opening mark in the paragraph text. */
  offset: number;
  mark: string;
  kind: 'double' | 'single';
}

const OPENING_MARKS = new Set(['“', '„', '«', '"', '‘']);
const OPENING_AT_START = /^[\s>*+\-\d.)]*[“"‘«„]/u;

/** Quote marks still open at the end of one paragraph's text. */
export function openQuotesAtEnd(text: string): OpenQuote[] {
  const open: OpenQuote[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (OPENING_MARKS.has(ch) && atLineStart(text, i)) continueQuote(open, ch === '‘' ? 'single' : 'double');
    if (ch === '“' || ch === '„' || ch === '«') open.push({ offset: i, mark: ch, kind: 'double' });
    else if (ch === '”' || ch === '»') closeLast(open, 'double');
    else if (ch === '"') straightDouble(text, i, open);
    else if (ch === '‘' && !/\d/.test(text[i + 1] ?? '')) open.push({ offset: i, mark: ch, kind: 'single' });
    else if (ch === '’' && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) closeLast(open, 'single');
  }
  return open;
}

/** A quote that runs on over a line break opens again at the start of the line: the old one ends there. */
function continueQuote(open: OpenQuote[], kind: OpenQuote['kind']): void {
  if (open.some((quote) => quote.kind === kind)) closeLast(open, kind);
}

/** True when only white space or blockquote markers stand between the previous line break and `index`. */
function atLineStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') return true;
    if (ch !== ' ' && ch !== '\t' && ch !== '>') return false;
  }
  return false;
}

/** A straight " closes an open double quote, or opens one; after 5'10 it is an inch mark. */
function straightDouble(text: string, index: number, open: OpenQuote[]): void {
  if (/\d'\d+$/.test(text.slice(Math.max(0, index - 6), index))) return;
  if (open.some((quote) => quote.kind === 'double')) closeLast(open, 'double');
  else open.push({ offset: index, mark: '"', kind: 'double' });
}

/** Closes the innermost open quote of this kind; quotes opened inside it stay open (and are reported). */
function closeLast(open: OpenQuote[], kind: OpenQuote['kind']): void {
  for (let i = open.length - 1; i >= 0; i--) {
    if (open[i]?.kind === kind) {
      open.splice(i, 1);
      return;
    }
  }
}

/** True when a paragraph begins with an opening quote mark: it continues a quote left open above. */
export function opensWithQuote(text: string): boolean {
  return OPENING_AT_START.test(text);
}
