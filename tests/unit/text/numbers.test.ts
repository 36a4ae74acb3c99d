import { describe, expect, it } from 'vitest';
import { digitValue, parseDigitString, parseNumberWords } from '../../../src/text/numbers.js';

describe('parseDigitString', () => {
  it.each([
    ['7,319', 7319],
    ['1.5', 1.5],
    ['1,234,567.25', 1234567.25],
    ['10\u00a0000', 10000],
    ['1\u202f000', 1000],
    ['٣٤٥', 345],
    ['४२', 42],
    ['１２３', 123],
    ['𝟕𝟖', 78],
    ['0.04', 0.04],
  ])('%s → %d', (text, value) => {
    expect(parseDigitString(text)).toBe(value);
  });

  it.each([['9'.repeat(5000)], ['abc'], ['']])('%s is not a quantity', (text) => {
    expect(parseDigitString(text)).toBeNull();
  });
});

describe('digitValue', () => {
  it.each([
    ['0', 0], ['9', 9], ['٠', 0], ['٩', 9], ['۵', 5], ['৭', 7], ['０', 0], ['𝟎', 0], ['𝟗', 9], ['𝟘', 0], ['𝟿', 9],
  ])('%s → %d', (char, value) => {
    expect(digitValue(char.codePointAt(0) ?? 0)).toBe(value);
  });

  it.each([['a'], ['Ⅻ'], ['½'], ['²']])('%s is not a decimal digit', (char) => {
    expect(digitValue(char.codePointAt(0) ?? 0)).toBe(-1);
  });
});

describe('parseNumberWords', () => {
  it.each([
    [['seven'], 7, 1],
    [['twenty', 'one'], 21, 2],
    [['two', 'hundred', 'and', 'fifty'], 250, 4],
    [['three', 'million'], 3e6, 2],
    [['one', 'thousand', 'two', 'hundred'], 1200, 4],
    [['ninety', 'nine', 'people'], 99, 2],
    [['ten', 'and', 'more'], 10, 1],
  ])('%j → %d using %d words', (words, value, used) => {
    expect(parseNumberWords(words)).toEqual({ value, used });
  });

  it.each([[['million']], [['and']], [['constructor']], [['toString']], [[]]])('%j is not a number', (words) => {
    expect(parseNumberWords(words)).toBeNull();
  });
});

describe('numberAndOrdinalWords', () => {
  it('lists exactly the words isNumberWord or ordinalWordValue know', async () => {
    const { isNumberWord, numberAndOrdinalWords, ordinalWordValue } = await import('../../../src/text/numbers.js');
    const listed = new Set(numberAndOrdinalWords());
    for (const word of listed) expect(isNumberWord(word) || ordinalWordValue(word) !== null).toBe(true);
    for (const word of ['twenty', 'dozen', 'hundredth', 'million', 'zero']) expect(listed.has(word)).toBe(true);
    for (const word of ['dozens', 'half', 'number', 'council', 'hundreds']) expect(listed.has(word)).toBe(isNumberWord(word) || ordinalWordValue(word) !== null);
  });
});
