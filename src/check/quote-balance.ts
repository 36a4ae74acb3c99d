// Finds quotation marks that open and never close. News style lets a quote run over several
// paragraphs: the paragraph ends without a closing mark and the next one opens again, so an
// open quote is only a mistake when the next paragraph does not start with an opening mark.
// Straight quotes are read by which side they lean on, as Markdown's smart quotes are:
// `said "we` opens, `win," he` closes.

export interface OpenQuote {
  /** Offset of the opening mark in the paragraph text. */
  offset: number;
  mark: string;
  kind: 'double' | 'single';
}

export interface QuoteScan {
  /** Quotes still open at the end of the text. */
  open: OpenQuote[];
  /** Closing marks with no quote open before them in this text: the end of a quote opened earlier. */
  strayClosers: OpenQuote[];
  /** Opening marks used to close a quote ("happy?“ he said): balanced, but a typo. */
  wrongWay: OpenQuote[];
}

const OPENING_AT_START = /^[\s>*+\-\d.)]*[“"‘«„]/u;
/** Before an opening mark, the end of a sentence: a quote left open there runs on (paragraph breaks get lost in copy). */
const SENTENCE_END_BEFORE = /[.!?…]["'”’)]*\s+$/u;
/** What may stand before an opening straight quote: nothing, white space, an opening bracket or a dash. */
const OPENS_AFTER = /[\s([{\-–—/]/u;

/** Quote marks still open at the end of one paragraph's text. */
export function openQuotesAtEnd(text: string): OpenQuote[] {
  return scanQuotes(text).open;
}

/** Reads every quote mark of one paragraph, in order. */
export function scanQuotes(text: string): QuoteScan {
  const scan: QuoteScan = { open: [], strayClosers: [], wrongWay: [] };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '“' || ch === '„' || ch === '«') curlyOpening(text, i, scan);
    else if (ch === '”' || ch === '»') close(scan, 'double', text, i);
    else if (ch === '"') straightDouble(text, i, scan);
    else if (ch === '‘' && !/\d/.test(text[i + 1] ?? '')) openQuote(text, i, 'single', scan.open);
    else if (ch === '’' && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) close(scan, 'single', text, i);
    // A straight ' after a word closes an open ‘ (‘In God We Trust'); inside a word it is an apostrophe.
    else if (ch === "'" && /\S/.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '') && scan.open.some((q) => q.kind === 'single')) close(scan, 'single', text, i);
  }
  return scan;
}

/** “ after a word and before a space, with a quote open, is a closing mark typed the wrong way round. */
function curlyOpening(text: string, index: number, scan: QuoteScan): void {
  const closesByPlace = /[^\s([{\-–—/]/u.test(text[index - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[index + 1] ?? '');
  if (closesByPlace && scan.open.some((quote) => quote.kind === 'double')) {
    closeLast(scan.open, 'double');
    scan.wrongWay.push({ offset: index, mark: text[index] ?? '', kind: 'double' });
    return;
  }
  openQuote(text, index, 'double', scan.open);
}

function close(scan: QuoteScan, kind: OpenQuote['kind'], text: string, index: number): void {
  if (!closeLast(scan.open, kind)) scan.strayClosers.push({ offset: index, mark: text[index] ?? '', kind });
}

/** Opens a quote; one of the same kind still open at a line start or after a full stop has run on and ends here. */
function openQuote(text: string, index: number, kind: OpenQuote['kind'], open: OpenQuote[]): void {
  if (open.some((quote) => quote.kind === kind) && (atLineStart(text, index) || SENTENCE_END_BEFORE.test(text.slice(Math.max(0, index - 8), index)))) {
    closeLast(open, kind);
  }
  open.push({ offset: index, mark: text[index] ?? '', kind });
}

/** A straight " opens or closes by the side it leans on; when it leans on neither it toggles. 5'10" is an inch mark. */
function straightDouble(text: string, index: number, scan: QuoteScan): void {
  if (/\d'\d+$/.test(text.slice(Math.max(0, index - 6), index))) return;
  const { open } = scan;
  const before = index === 0 ? ' ' : text[index - 1] ?? ' ';
  const after = text[index + 1] ?? ' ';
  const opens = OPENS_AFTER.test(before) && /\S/.test(after);
  const closes = /\S/.test(before) && !OPENS_AFTER.test(before) && !/[\p{L}\p{N}]/u.test(after);
  const isOpen = open.some((quote) => quote.kind === 'double');
  if (opens || (!closes && !isOpen)) openQuote(text, index, 'double', open);
  else close(scan, 'double', text, index);
}

/** Closes the innermost open quote of this kind (quotes opened inside it stay open); false when none is open. */
function closeLast(open: OpenQuote[], kind: OpenQuote['kind']): boolean {
  for (let i = open.length - 1; i >= 0; i--) {
    if (open[i]?.kind === kind) {
      open.splice(i, 1);
      return true;
    }
  }
  return false;
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

/** True when a paragraph begins with an opening quote mark: it continues a quote left open above. */
export function opensWithQuote(text: string): boolean {
  return OPENING_AT_START.test(text);
}
