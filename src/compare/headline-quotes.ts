// Quoted words in a headline ("‘Widespread failings’ found in …"): headlines quote the phrase an
// outlet chose to lead with, which is what a comparison most wants to hold against the other outlets.
// The quote extractor reads the body only, so compare finds these itself.
import type { Article, Quote } from '../model.js';
import { LineIndex } from '../text/lines.js';

/** Curly or straight quotes around at least two characters, not inside a word ("children’s" is no mark). */
const HEADLINE_QUOTE = /(?<![\p{L}\p{N}])[‘“"']([^‘’“”"\n]{2,}?)[’”"'](?![\p{L}\p{N}])/gu;
/** Up to this many words a headline quote is a term ("‘inadequate’"); longer, a partial quote. */
const TERM_WORDS = 3;

/** The quotes in the article's headline, with offsets where the headline is written in the file. */
export function headlineQuotes(article: Article): Quote[] {
  const headline = article.headline;
  if (!headline) return [];
  const at = article.text.slice(0, Math.max(article.bodyStart, headline.length)).indexOf(headline);
  if (at < 0) return [];
  const lines = new LineIndex(article.text);
  const quotes: Quote[] = [];
  for (const match of headline.matchAll(HEADLINE_QUOTE)) {
    const text = match[1]!.trim();
    const start = at + match.index + match[0].indexOf(text);
    const span = { start, end: start + text.length, ...lines.position(start) };
    quotes.push({
      text, speaker: null, speakerRole: null, cue: null,
      kind: text.split(/\s+/).length <= TERM_WORDS ? 'term' : 'partial',
      ...span, paragraphs: [span], sentence: 0,
    });
  }
  return quotes;
}
