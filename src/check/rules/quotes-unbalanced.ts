import { fileRule, type RuleFinding } from '../rule.js';
import { opensWithQuote, scanQuotes, type OpenQuote, type QuoteScan } from '../quote-balance.js';

/**
 * A block quote may run over several paragraphs with one opening mark and one closing mark: an
 * open quote is closed by a closing mark with nothing open before it this many paragraphs later.
 */
const BLOCK_QUOTE_PARAGRAPHS = 6;

/** A quote opened and never closed: the reader cannot tell where the speaker's words end. */
export const quotesUnbalanced = fileRule({
  id: 'quotes/unbalanced',
  description: 'every opening quote mark (“ " ‘ «) is closed, and no closing quote is typed as an opening one; a quote may run on into a paragraph that opens with a quote mark',
  defaultSeverity: 'error',
  defaultOptions: {},
  optionSpecs: {},
  fixable: false,
  check: (context) => {
    const findings: RuleFinding[] = [];
    const paragraphs = context.article.paragraphs;
    const texts = paragraphs.map((paragraph) => context.masked.slice(paragraph.start, paragraph.end));
    const scans = texts.map(scanQuotes);
    // ’ ends words too ("residents’ homes"): only one ending its paragraph can end a single-quoted block.
    scans.forEach((scan, index) => {
      scan.strayClosers = scan.strayClosers.filter((closer) => closer.kind === 'double' || /^[\s.,;:!?)]*$/.test((texts[index] ?? '').slice(closer.offset + 1)));
    });
    scans.forEach((scan, index) => {
      const start = paragraphs[index]?.start ?? 0;
      for (const mark of scan.wrongWay) {
        findings.push({ ...context.lines.position(start + mark.offset), message: `closing quote typed as ${mark.mark} (an opening mark)` });
      }
      if (scan.open.length === 0 || opensWithQuote(texts[index + 1] ?? '')) return;
      for (const quote of scan.open) {
        if (closedLater(quote, scans, index)) continue;
        findings.push({ ...context.lines.position(start + quote.offset), message: `quote opened with ${quote.mark} is never closed` });
      }
    });
    return findings;
  },
});

/** Uses up the first stray closing mark of the same kind in the next paragraphs, if there is one. */
function closedLater(quote: OpenQuote, scans: readonly QuoteScan[], from: number): boolean {
  for (let index = from + 1; index <= Math.min(scans.length - 1, from + BLOCK_QUOTE_PARAGRAPHS); index++) {
    const strays = scans[index]?.strayClosers ?? [];
    const at = strays.findIndex((closer) => closer.kind === quote.kind);
    if (at !== -1) {
      strays.splice(at, 1);
      return true;
    }
  }
  return false;
}
