// Whom a pronoun in an attribution stands for, and the names it may stand for: one invented story
// per rule (no corpus text). Each row failed before its rule was added.
import { describe, expect, it } from 'vitest';
import { quoteHolding } from '../../helpers/quotes-of.js';

/** [rule, body, the quote's words, expected speaker]: the first quote holding those words is checked. */
type Row = [rule: string, body: string, quoted: string, speaker: string | null];

const ANTECEDENTS: Row[] = [
  ['an opening clause that ends inside a quote ("…“a farce,” Roe …") leaves the name after it the subject',
    'Ada Brook spoke first. When Ada Brook pointed out that the levy was “a farce,” Jane Roe left the hall. “I am done,” she said.', 'I am done', 'Jane Roe'],
];

describe('pronoun antecedents', () => {
  it.each(ANTECEDENTS)('%s', (_rule, body, quoted, speaker) => {
    expect(quoteHolding(body, quoted)?.speaker).toBe(speaker);
  });
});
