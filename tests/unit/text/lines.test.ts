import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineIndex } from '../../../src/text/lines.js';

describe('LineIndex', () => {
  it.each([
    ['a\nb\nc', 4, { line: 3, column: 1 }],
    ['a\r\nb\r\nc', 6, { line: 3, column: 1 }],
    ['a\rb\rc', 4, { line: 3, column: 1 }],
    ['abc', 2, { line: 1, column: 3 }],
    ['a\n\nb', 3, { line: 3, column: 1 }],
  ])('%j offset %i', (text, offset, position) => {
    expect(new LineIndex(text).position(offset)).toEqual(position);
  });

  it('counts lines and finds line starts', () => {
    const index = new LineIndex('one\ntwo\r\nthree');
    expect(index.lineCount).toBe(3);
    expect(index.lineStart(3)).toBe(9);
  });
});

describe('LineIndex on LF-only text', () => {
  it('gives the line and column a count of the line feeds before the offset gives', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'é', ' ', '\n'), { maxLength: 40 }).map((a) => a.join('')), fc.nat(), (text, n) => {
      const offset = n % (text.length + 1);
      const before = text.slice(0, offset);
      const expected = { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
      expect(new LineIndex(text).position(offset)).toEqual(expected);
    }));
  });
});
