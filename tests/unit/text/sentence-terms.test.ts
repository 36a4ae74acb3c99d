import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NO_TERM_ID, sentenceTerms as withIds, termId } from '../../../src/text/sentence-terms.js';
import { NEWS_STOPWORDS, termsOfWords, words } from '../../../src/text/tokens.js';

/** sentenceTerms without the ids (checked on their own below). */
function sentenceTerms(text: string) {
  const { terms, words: count } = withIds(text);
  return { terms, words: count };
}

/** What sentenceTerms must equal: the two-step tokenising it replaces. */
function expected(text: string) {
  const list = words(text);
  return { terms: termsOfWords(list), words: list.length };
}

describe('sentenceTerms', () => {
  it.each([
    ['The councils were failing children, he said.', ['council', 'fail', 'children'], 7],
    ['The council’s plan and the council\'s plan', ['council', 'plan', 'council', 'plan'], 7],
    ['It’s £9.2m, up 3.5% on a mid-term 1,200', ['9.2m', '3.5', 'mid-term', '1,200'], 8],
    ['A b c d', [], 4],
    ['Ünïcode Straße STRASSE', ['ünïcode', 'straße', 'strass'], 3],
    ['𝒜lpha 𝒜lpha', ['𝒜lpha', '𝒜lpha'], 2],
    ['', [], 0],
  ])('%j', (text, terms, count) => {
    expect(sentenceTerms(text)).toEqual({ terms, words: count });
    expect(sentenceTerms(text)).toEqual(expected(text));
  });

  it('gives the same terms for a word seen again (the remembered answer is the computed one)', () => {
    const text = 'Ministers argued, and the ministers’ arguments were argued again by Ministers.';
    expect(sentenceTerms(text)).toEqual(expected(text));
    expect(sentenceTerms(text)).toEqual(expected(text));
  });

  it('tells apart words that differ in one letter or in length', () => {
    const text = 'rate rates rated rater ratex rat irate';
    expect(sentenceTerms(text).terms).toEqual(termsOfWords(words(text)));
  });

  it('equals termsOfWords(words(text)) on any text of letters, digits, joiners and marks', () => {
    const alphabet = fc.constantFrom(...'aAbBeEsS zZ09’\'-.,;:!?"“”İı\u00e9\u0130ßΣσς𝒜\n'.split(''), 'the', 'said', 'council');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join('')), (text) => {
      expect(sentenceTerms(text)).toEqual(expected(text));
    }), { numRuns: 2000 });
  });

  it('still agrees after many distinct words have been remembered (the table grows)', () => {
    const many = Array.from({ length: 9000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    expect(sentenceTerms(many)).toEqual(expected(many));
    expect(sentenceTerms(many)).toEqual(expected(many));
  });

  it('gives each term one id, the one termId reports, whichever word it came from', () => {
    const { terms, ids } = withIds('Councils and the council’s councillors: councils, Councils.');
    expect(ids).toHaveLength(terms.length);
    terms.forEach((term, k) => {
      expect(ids[k]).not.toBe(NO_TERM_ID);
      expect(termId(term)).toBe(ids[k]);
    });
    expect(new Set(ids).size).toBe(new Set(terms).size);
    expect(termId('a term no sentence had')).toBe(NO_TERM_ID);
  });
});

describe('sentenceTerms newsWords', () => {
  const news = (text: string) => withIds(text).newsWords.map((k) => NEWS_STOPWORDS[k]);

  it('lists the news stopwords in order, each time it meets one, and leaves them out of the terms', () => {
    expect(news('Mr Pryce said the plan would fail, and said so twice.')).toEqual(['mr', 'said', 'would', 'said']);
    expect(withIds('Mr Pryce said the plan would fail.').terms).toEqual(['pryce', 'plan', 'fail']);
  });

  it('reads curly apostrophes and capitals as the list writes them, and skips function words', () => {
    expect(news('They’ve TOLD us it is done.')).toEqual(["they've", 'told', 'us', 'done']);
    expect(news('The bridge and the river.')).toEqual([]);
  });
});
