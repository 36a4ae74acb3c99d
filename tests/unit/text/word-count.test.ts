import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wordCount } from '../../../src/text/word-count.js';

/** The definition wordCount keeps: pieces between runs of white space that hold a letter or digit. */
function bySplitting(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

describe('wordCount', () => {
  it.each([
    ['We will not back down', 5],
    ['  leading and trailing  ', 3],
    ['— a dash , and lone marks …', 5],
    ['£9.2m, 3.5% up', 3],
    ['line\nbreaks\tand\u00a0no-break\u2009thin spaces', 6],
    ['𝒜 astral letter', 3],
    ['', 0],
    ['... — !', 0],
  ])('%j has %i words', (text, expected) => {
    expect(wordCount(text)).toBe(expected);
  });

  it('counts as splitting on white space does, on any text', () => {
    const pieces = fc.constantFrom('a', 'Z', '9', ' ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '—', '.', '’', 'é', '𝒜', '\ud835', '\udc9c', '٣', '-');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')), (text) => {
      expect(wordCount(text)).toBe(bySplitting(text));
    }), { numRuns: 3000 });
  });
});
