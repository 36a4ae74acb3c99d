// markupRanges skips to the first `<` with a search it remembers between calls: it must give what
// the plain scan from `from` gives, for any text and any sequence of ranges (in order or not).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markupRanges } from '../../../src/extract/quote-marks.js';

/** The plain scan markupRanges made before it searched for the first `<`. */
function plainScan(text: string, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 60) open = /[A-Za-z/!]/.test(text[i + 1] ?? '') ? i : -1;
    else if (code === 10 || code === 13) open = -1;
    else if (code === 62 && open !== -1) { ranges.push([open, i + 1]); open = -1; }
  }
  return ranges;
}

const PIECES = ['<', '>', 'a', 'b', '/', '!', ' ', '\n', '"', '=', '<p>', '</a>', 'x="y"', '< ', 'said'];

describe('markupRanges', () => {
  it('equals the plain scan over any ranges of the same or another text, in any order', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
    const range = fc.tuple(fc.nat(), fc.nat());
    fc.assert(fc.property(fc.array(fc.tuple(fc.boolean(), range), { minLength: 1, maxLength: 8 }), text, text, (calls, a, b) => {
      for (const [useA, [x, y]] of calls) {
        const t = useA ? a : b;
        const from = x % (t.length + 1);
        const to = from + (y % (t.length - from + 1));
        expect(markupRanges(t, from, to)).toEqual(plainScan(t, from, to));
      }
    }), { numRuns: 3000 });
  });

  it.each([
    ['He said <b>no</b> twice.', 0, 24, [[8, 11], [13, 17]]],
    ['a <p> b', 3, 7, []],
    ['no tags here', 0, 12, []],
  ])('%j from %i to %i', (text, from, to, expected) => {
    expect(markupRanges(text, from, to)).toEqual(expected);
  });
});
