import { describe, expect, it } from 'vitest';
import { contentStems, numberTokens, words } from '../../../src/text/tokens.js';

describe('words', () => {
  it.each([
    ['Ofsted’s report, published today.', ["ofsted's", 'report', 'published', 'today']],
    ['“We can’t” — she said', ["we", "can't", 'she', 'said']],
    ['7,319 children and £9.2million', ['7,319', 'children', 'and', '9.2million']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('contentStems', () => {
  it('drops stop words and numbers, stems the rest', () => {
    expect(contentStems('The council said the failures were deteriorating in 2011')).toEqual(['council', 'failur', 'deterior']);
  });
  it('treats a possessive like the word', () => {
    expect(contentStems('the council’s leaders')).toEqual(contentStems('council leaders'));
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
