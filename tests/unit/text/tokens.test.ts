import { describe, expect, it } from 'vitest';
import { contentTerms, countTerms, isStopword, stem, words } from '../../../src/text/tokens.js';

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
