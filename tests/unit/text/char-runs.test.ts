// CharRuns reads ASCII with a plain test and leaves other text to its pattern: on any text it must
// find the runs the pattern alone finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharRuns, isAsciiLetter, isAsciiLetterOrDigit, NO_RUN } from '../../../src/text/char-runs.js';

function patternRuns(pattern: RegExp, text: string, from: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) out.push([match.index, match.index + match[0].length]);
  return out;
}

function scannedRuns(runs: CharRuns, text: string, from: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let start = runs.start(text, from), end = 0; start !== NO_RUN; start = runs.start(text, end)) {
    end = runs.end(text, start);
    out.push([start, end]);
  }
  return out;
}

const PIECES = ['a', 'Zoë', 'O', '’', "'", '-', '.', ' ', '\n', '\u00a0', '3', '٣', '“', 'é', 'e\u0301', '\u0301', '𝐀', '😀', '\ud800', '\udc00', '中文', '_'];

describe('CharRuns', () => {
  const cases = [
    { name: 'letters and digits', runs: new CharRuns('[\\p{L}\\p{N}]', isAsciiLetterOrDigit), pattern: /[\p{L}\p{N}]+/gu },
    { name: 'letters and marks', runs: new CharRuns('[\\p{L}\\p{M}]', isAsciiLetter), pattern: /[\p{L}\p{M}]+/gu },
  ];
  for (const { name, runs, pattern } of cases) {
    it(`finds the runs of ${name} that its pattern finds, from any offset`, () => {
      fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.nat(), (pieces, a) => {
        const text = pieces.join('');
        const from = a % (text.length + 1);
        expect(scannedRuns(runs, text, from)).toEqual(patternRuns(pattern, text, from));
      }), { numRuns: 2000 });
    });
  }

  it('reads a run on past ASCII into accented letters', () => {
    const runs = new CharRuns('[\\p{L}\\p{N}]', isAsciiLetterOrDigit);
    expect(runs.end('the café opened', 4)).toBe(8);
    expect(runs.start('-- é', 0)).toBe(3);
    expect(runs.start('-- !', 0)).toBe(NO_RUN);
  });
});
