import { fileRule, type RuleFinding } from '../rule.js';
import { openQuotesAtEnd, opensWithQuote } from '../quote-balance.js';

/** A quote opened and never closed: the reader cannot tell where the speaker's words end. */
export const quotesUnbalanced = fileRule({
  id: 'quotes/unbalanced',
  description: 'every opening quote mark (“ " ‘ «) is closed; a quote may run on into a paragraph that opens with a quote mark',
  defaultSeverity: 'error',
  defaultOptions: {},
  optionSpecs: {},
  fixable: false,
  check: (context) => {
    const findings: RuleFinding[] = [];
    const paragraphs = context.article.paragraphs;
    paragraphs.forEach((paragraph, index) => {
      const text = context.masked.slice(paragraph.start, paragraph.end);
      const open = openQuotesAtEnd(text);
      if (open.length === 0) return;
      const next = paragraphs[index + 1];
      if (next && opensWithQuote(context.masked.slice(next.start, next.end))) return;
      for (const quote of open) {
        const at = context.lines.position(paragraph.start + quote.offset);
        findings.push({ ...at, message: `quote opened with ${quote.mark} is never closed` });
      }
    });
    return findings;
  },
});
