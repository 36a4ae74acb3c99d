import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentStems, contentTerms, contentWords, countTerms, isStopword, numberTokens, stem, StemCache, words } from '../../../src/text/tokens.js';

describe('words', () => {
  it.each([
    ['The Council said: "No."', ['the', 'council', 'said', 'no']],
    ['It’s £9.2m, up 3.5%', ["it's", '9.2m', 'up', '3.5']],
    ['a mid-term vote, 1,200 people', ['a', 'mid-term', 'vote', '1,200', 'people']],
    ['Ünïcode Straße', ['ünïcode', 'straße']],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('stem', () => {
  it.each([
    ['running', 'run'],
    ['councils', 'council'],
    ["council's", 'council'],
    ['2024', '2024'],
    ['9.2m', '9.2m'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('contentTerms', () => {
  it('drops stopwords and reporting verbs, stems the rest', () => {
    expect(contentTerms('He said the councils were failing children')).toEqual(['council', 'fail', 'children']);
  });
  it('treats curly and straight apostrophes alike', () => {
    expect(contentTerms('the council’s plan')).toEqual(contentTerms("the council's plan"));
  });
  it('knows stopwords', () => {
    expect(isStopword('the')).toBe(true);
    expect(isStopword('bridge')).toBe(false);
  });
});

describe('countTerms', () => {
  it('counts each term', () => {
    expect(countTerms(['a', 'b', 'a'])).toEqual(new Map([['a', 2], ['b', 1]]));
  });
});

describe('contentStems (compare)', () => {
  it('drops stop words, news filler and numbers, stems the rest', () => {
    expect(contentStems('The council said on Tuesday the failures were deteriorating in 2011')).toEqual(['council', 'failur', 'deterior']);
  });
  it('treats a possessive like the word', () => {
    expect(contentStems('the council’s leaders')).toEqual(contentStems('council leaders'));
  });
  it('keeps inner apostrophes and dots of a word together', () => {
    expect(contentWords("O'Neill visited the U.K. embassy").map((w) => w.word)).toEqual(["o'neill", 'visited', 'uk', 'embassy']);
  });
  it('uses the stem function it is given', () => {
    const cache = new StemCache();
    expect(contentStems('running councils')).toEqual(contentWords('running councils', cache.stem).map((w) => w.stem));
  });
});

describe('numberTokens', () => {
  it.each([
    ['7,319 up from 6,062', ['7319', '6062']],
    ['£9.2million and 2011', ['9.2', '2011']],
    ['only 5 of them', []],
    ['12.0 per cent', ['12']],
  ])('%s', (text, expected) => {
    expect(numberTokens(text)).toEqual(expected);
  });
});

describe('words scanner', () => {
  // The rule words() implements by hand, as a regular expression: the oracle.
  const WORD = /[\p{L}\p{N}]+(?:(?:['’\-.,][\p{L}\p{N}]+)*)/gu;
  const byRegex = (text: string) => [...text.toLowerCase().matchAll(WORD)].map((m) => m[0].replace(/’/g, "'"));
  const pieces = fc.constantFrom('a', 'Z', '1', "'", '’', '-', '.', ',', ' ', 'é', 'İ', '\u0660', '😀', '𝐀', '\ud800', '\udc00', 'ß', '_', 'ǅ', '\u0301', 'Σ');

  it('finds exactly the words the WORD expression matches', () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')), (text) => {
      expect(words(text)).toEqual(byRegex(text));
    }), { numRuns: 2000 });
  });

  it('keeps inner joiners and drops trailing ones', () => {
    expect(words("Don’t stop: mid-term, 3.5 U.S. end-")).toEqual(["don't", 'stop', 'mid-term', '3.5', 'u.s', 'end']);
  });
});
