import { describe, expect, it } from 'vitest';
import { numberMentions, numberWordValues, matches } from '../../../src/check/number-mentions.js';
import { editDistance, closest } from '../../../src/check/edit-distance.js';
import { scanFrontMatter, rawLines } from '../../../src/check/frontmatter-lines.js';
import { maskCode, maskComments } from '../../../src/check/mask.js';
import { applyEdits } from '../../../src/check/fix.js';
import { normalizeTitle } from '../../../src/check/titles.js';

describe('numberMentions', () => {
  it.each([
    ['7,000 children', [[7000, 0]]],
    ['£4.2m cost', [[4_200_000, 50_000]]],
    ['1.5 billion', [[1_500_000_000, 50_000_000]]],
    ['50% rise', [[50, 0]]],
    ['3 million people', [[3_000_000, 500_000]]],
    ['10-15 people (a score-like pair)', []],
    ['100-150 people', [[100, 0], [150, 0]]],
    ['G7, Covid-19, 5G, mp3, 5mph, 10am, 1st', []],
    ['9/11 and 10:30', []],
  ])('%s', (text, expected) => {
    expect(numberMentions(text).map((m) => [m.value, m.tolerance])).toEqual(expected);
  });

  it('marks years', () => {
    expect(numberMentions('in 2024, 1066 and 2,024').map((m) => m.year)).toEqual([true, false, false]);
  });

  it('matches within the rounding of the written figure', () => {
    const [mention] = numberMentions('4.2m');
    expect(mention && matches(mention, 4_213_000)).toBe(true);
    expect(mention && matches(mention, 4_300_000)).toBe(false);
  });

  it('skips scores', () => {
    expect(numberMentions('Mansfield 0-1 Leyton Orient, 3–2 win').map((m) => m.value)).toEqual([]);
  });

  it('reads small numbers written as words, with a multiplier', () => {
    expect(numberWordValues('seven schools, four million viewers, a dozen eggs').map((m) => m.value)).toEqual([7, 4_000_000, 12]);
  });
});

describe('editDistance', () => {
  it.each([
    ['titel', 'title', 1],
    ['dte', 'date', 1],
    ['kitten', 'sitting', 3],
    ['same', 'same', 0],
    ['abc', 'xyz', 3],
  ])('%s → %s = %d', (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
  });

  it('stops at the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
    expect(closest('titel', ['date', 'title'], 2)).toBe('title');
    expect(closest('zzzz', ['date', 'title'], 1)).toBeNull();
  });
});

describe('scanFrontMatter', () => {
  it('finds fields, value columns, comments and the end', () => {
    const text = '---\ntitle: "Hello: world"\n# a comment\ndate: 2024-01-01 # trailing\n  nested: x\n- item\n---\nBody\n';
    const front = scanFrontMatter(text);
    expect(front.present).toBe(true);
    expect(front.closeLine).toBe(7);
    expect(text.slice(front.end)).toBe('Body\n');
    expect(front.fields.map((f) => [f.key, f.line, f.valueColumn, f.valueText])).toEqual([
      ['title', 2, 8, '"Hello: world"'],
      ['date', 4, 7, '2024-01-01'],
    ]);
    expect(front.comments.map((c) => c.line)).toEqual([3]);
  });

  it('handles CRLF and a missing close', () => {
    const front = scanFrontMatter('---\r\ntitle: x\r\n');
    expect(front.closeLine).toBeNull();
    expect(front.fields[0]?.key).toBe('title');
    expect(scanFrontMatter('no front matter').present).toBe(false);
    expect(scanFrontMatter('---\r\ntitle: x\r\n---\r\nBody').end).toBe(20);
  });

  it('rawLines keeps every line with its offset', () => {
    expect(rawLines('a\r\nb\rc\n').map((l) => [l.line, l.start, l.text])).toEqual([[1, 0, 'a'], [2, 3, 'b'], [3, 5, 'c']]);
  });
});

describe('masking', () => {
  it('blanks code and comments but keeps offsets and line ends', () => {
    const text = 'a `"x` b\n```\n"open\n```\n<!-- c\nd -->e';
    const masked = maskComments(maskCode(text, 0), 0);
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe('a      b\n   \n     \n   \n      \n     e');
  });
});

describe('applyEdits', () => {
  it('applies from the end and skips overlaps', () => {
    expect(applyEdits('0123456789', [{ start: 1, end: 3, text: 'ab' }, { start: 5, end: 6, text: '' }, { start: 2, end: 4, text: 'X' }])).toEqual({ text: '0ab346789', applied: 2 });
  });
});

describe('normalizeTitle', () => {
  it.each([
    ['Library Plans Approved!', 'library plans approved'],
    ['“Library” plans: approved', 'library plans approved'],
    ['The council’s plan', 'the councils plan'],
    ['[Library](https://x.org) plans', 'library plans'],
  ])('%s', (title, expected) => {
    expect(normalizeTitle(title)).toBe(expected);
  });
});
