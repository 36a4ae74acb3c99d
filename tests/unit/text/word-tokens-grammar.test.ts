// wordTokens walks its token grammar by hand (one compiled \p{L}\p{N} class instead of four, for
// start-up time): it must give exactly what the one-pattern version gave, on any text and any range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matches, wordTokens } from '../../../src/text/word-tokens.js';

/** The one pattern wordTokens used to match with (what it does with each match is unchanged). */
const TOKEN = /[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;
function patternTokens(text: string, from: number, to: number): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  TOKEN.lastIndex = from;
  for (let match = TOKEN.exec(text); match !== null && match.index < to; match = TOKEN.exec(text)) {
    out.push([match.index, match[0]]);
  }
  return out;
}

const PIECES = ['a', 'Zoë', 'O', '’', "'", '-', '.', '&', ' ', '\n', '\t', '\u00a0', '3', '٣', '“', '”', ',', '£', 'é', '\u0301',
  '𝐀', '😀', '\ud800', '\udc00', 'U.S.', 'Mr.', '30-year-old', 'M&S', '..', '中文', '\u2028'];

describe('wordTokens matches its token grammar', () => {
  it('on the same tokens as the one-pattern version, for any text and range', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (pieces, a, b) => {
      const text = pieces.join('');
      const from = text.length === 0 ? 0 : a % (text.length + 1);
      const to = from + (text.length === 0 ? 0 : b % (text.length - from + 1));
      expect([...matches(text, from, to)]).toEqual(patternTokens(text, from, to));
    }), { numRuns: 3000 });
  });

  it.each([
    ['He said: “It’s a 30-year-old U.S. plan.” Mr. Smith agreed.', 0],
    ['M&S and O’Neill... paid £3.1m.', 4],
    ['😀 emoji 𝐀𝐁 letters', 0],
  ])('on %j from %i', (text, from) => {
    expect([...matches(text, from, text.length)]).toEqual(patternTokens(text, from, text.length));
  });
});

describe('wordTokens keeps a title abbreviation’s period', () => {
  it.each([
    ['Mr.', 'Mr. Roe left.'],
    ['Sens.', 'He told Sens. Roe and Lind.'],
    ['Atty.', 'Dist. Atty. Jo Roe spoke.'],
  ])('%s', (abbreviation, text) => {
    expect(wordTokens(text).map((t) => t.text)).toContain(abbreviation);
  });

  it('but not an ordinary word’s sentence-ending period', () => {
    expect(wordTokens('Roe told them.').map((t) => t.text)).toEqual(['Roe', 'told', 'them', '.']);
  });
});
