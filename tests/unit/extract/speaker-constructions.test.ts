// Speaker constructions around names and descriptions (nicknames, coordinated speakers, quoted
// titles inside a speaker phrase, introductions without a speech verb), one invented sentence each:
// no corpus text.
import { describe, expect, it } from 'vitest';
import { parseArticleText, isProblem } from '../../../src/ingest/parse.js';
import { extractQuotes } from '../../../src/extract/quotes.js';
import type { Quote } from '../../../src/model.js';

function quotesOf(body: string): Quote[] {
  const article = parseArticleText('story.txt', `Headline for the test\n\n${body}\n`);
  if (isProblem(article)) throw new Error(article.message);
  return extractQuotes(article);
}

/** [rule, body, the quote's words, expected speaker]: the first quote holding those words is checked. */
type Row = [rule: string, body: string, quoted: string, speaker: string | null];

const ROWS: Row[] = [
  ['a nickname in marks inside a name leaves the name whole (trailing verb)', '“We will not move,” Jane “Jojo” Roe said.', 'We will not move', 'Jane Roe'],
  ['a nickname in marks inside a name leaves the name whole (pronoun after it)', 'Rodney ‘Bud’ Hale carried a banner down the hill. “Nobody asked us,” he said.', 'Nobody asked us', 'Rodney Hale'],
];

describe('speaker constructions', () => {
  it.each(ROWS)('%s', (_rule, body, quoted, speaker) => {
    const quote = quotesOf(body).find((q) => q.text.includes(quoted));
    expect(quote?.speaker).toBe(speaker);
  });

  it('a nickname in marks inside a name is no quote', () => {
    expect(quotesOf('Jane “Jojo” Roe carried a sign to the gate.').map((q) => q.text)).toEqual([]);
  });

  it('a title in marks between two words that cannot open a name stays a quote', () => {
    expect(quotesOf('In “Harbour Nights” The hero sails at dawn.').map((q) => q.text)).toEqual(['Harbour Nights']);
  });
});
