// The quotes digest finds in an invented story body (a headline is added): for table-driven extractor tests.
import { parseArticleText, isProblem } from '../../src/ingest/parse.js';
import { extractQuotes } from '../../src/extract/quotes.js';
import type { Quote } from '../../src/model.js';

export function quotesOf(body: string): Quote[] {
  const article = parseArticleText('story.txt', `Headline for the test\n\n${body}\n`);
  if (isProblem(article)) throw new Error(article.message);
  return extractQuotes(article);
}

/** The first quote holding `words`, if any. */
export function quoteHolding(body: string, words: string): Quote | undefined {
  return quotesOf(body).find((q) => q.text.includes(words));
}

/** [rule, body, the quote's words, expected speaker]: a speaker-rule table row; the first quote holding those words is checked. */
export type SpeakerRow = [rule: string, body: string, quoted: string, speaker: string | null];
