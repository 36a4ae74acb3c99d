// nameRuns walks the name-mention grammar by hand (fewer compiled \p classes, for start-up time): it
// must find exactly what the one pattern with a look-behind found, on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameMentionCount, nameMentions, nameRuns } from '../../../src/summarize/signals.js';

/** The one pattern nameRuns replaced. */
const NAME = /(?<=[\p{L}\p{N},;:'’"”)]\s+)\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)*/gu;
const patternRuns = (text: string) => [...text.matchAll(NAME)].map((m) => [m.index, m.index + m[0].length]);

const PIECES = ['Maria', 'Lopes', 'McDonald', 'O’Neill', "D'Arcy", 'X-ray', 'A', 'the', 'said', ' ', '  ', '\n', '\t', '\u00a0',
  ',', ';', ':', "'", '’', '"', '”', ')', '(', '.', '3', 'Éire', 'Ödön', 'ǅemal', '𝐀', '𝐚', 'Ω', 'ω', '-', '“', '\ud835', '\udc00'];

describe('nameRuns matches the name-mention grammar', () => {
  it('finds what the one pattern found, on any text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      expect(nameRuns(text)).toEqual(patternRuns(text));
      expect(nameMentionCount(text)).toBe(patternRuns(text).length);
    }), { numRuns: 5000 });
  });

  it.each([
    'Yesterday Maria Lopes met the Wend Council in Leeds.',
    '“We will,” said Ödön Horváth, 3 Main Street residents’ chair.',
    'Start Capitalised: Only After Space',
  ])('on %j', (text) => {
    expect(nameRuns(text)).toEqual(patternRuns(text));
    expect(nameMentions(text)).toEqual([...text.matchAll(NAME)].map((m) => m[0]));
  });
});
