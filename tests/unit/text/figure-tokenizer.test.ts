import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/figure-tokenizer.js';

describe('tokenize', () => {
  it.each([
    ['7,319 children', ['7,319', 'children']],
    ['1,2,3,4', ['1', ',', '2', ',', '3', ',', '4']],
    ['12345,678', ['12345', ',', '678']],
    ['£9.2million', ['£', '9.2', 'million']],
    ['the 34-year-old', ['the', '34', '-', 'year', '-', 'old']],
    ['10\u00a0000 jobs', ['10\u00a0000', 'jobs']],
    ["council's 1990s", ["council's", '1990', 's']],
    ['4.2.1', ['4.2', '.', '1']],
  ])('%s', (text, surfaces) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(surfaces);
  });

  it('keeps offsets from the base and marks spacing', () => {
    const tokens = tokenize('up 12%', 100);
    expect(tokens.map((t) => [t.start, t.end, t.spaceBefore])).toEqual([[100, 102, true], [103, 105, true], [105, 106, false]]);
  });

  it('reads a 5,000-digit run as one token without trouble', () => {
    expect(tokenize(`a ${'9'.repeat(5000)} b`).map((t) => t.text.length)).toEqual([1, 5000, 1]);
  });
});
