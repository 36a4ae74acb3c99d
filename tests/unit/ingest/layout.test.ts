import { describe, expect, it } from 'vitest';
import { bylineName, datelineDate, isBoilerplate, looksLikeHeadline, splitBlocks, trailerStart } from '../../../src/ingest/layout.js';

describe('splitBlocks', () => {
  it('splits on blank lines (LF, CRLF, CR, white-space-only lines) and keeps offsets', () => {
    const text = 'One\ntwo\n\n  \nThree\r\n\r\nFour\r\rFive';
    const blocks = splitBlocks(text);
    expect(blocks.map((b) => b.text)).toEqual(['One\ntwo', 'Three', 'Four', 'Five']);
    for (const block of blocks) expect(text.slice(block.start, block.end)).toBe(block.text);
  });
});

describe('looksLikeHeadline', () => {
  const block = (text: string) => ({ start: 0, end: text.length, text });
  it.each([
    ['Council admits flood defences are two months late', true],
    ['Is this the end of the high street?', true],
    ['‘widespread failings’ found in children’s services', true],
    ['The council said on Friday that the works were finished.', false],
    ['Published 7th July 2017', false],
    ['By Tom Hale', false],
    ['A very long first line that goes on and on with many words and clauses and more words still without ever stopping at all', false],
    ['Two lines\nare a paragraph', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeHeadline(block(text), true)).toBe(expected);
  });

  it('needs text after it', () => {
    expect(looksLikeHeadline(block('Short title'), false)).toBe(false);
  });
});

describe('datelines and bylines', () => {
  it.each([
    ['Published 7th July 2017', '2017-07-07'],
    ['Updated: 3 March 2020', '2020-03-03'],
    ['Published on 2021-05-04', '2021-05-04'],
    ['5 May 2025', '2025-05-05'],
    ['Published 31st February 2017', null],
    ['The report was published in 2017', null],
  ])('dateline %s → %s', (text, iso) => {
    expect(datelineDate(text)).toBe(iso);
  });

  it.each([
    ['By Tom Hale', 'Tom Hale'],
    ['By Anne-Marie O’Neill, Political Editor', 'Anne-Marie O’Neill'],
    ['by Sam Jones and Priya Patel', 'Sam Jones and Priya Patel'],
    ['By the end of the year, prices rose', null],
  ])('byline %s → %s', (text, name) => {
    expect(bylineName(text)).toBe(name);
  });
});

describe('trailing boilerplate', () => {
  it.each(['Sign-up for our newsletter', 'Sign up to our daily email', 'Read more: council news', 'Share this article', 'Follow us on Twitter', 'Click here to subscribe', '© Riverside Gazette 2025', 'Facebook | Twitter | Email'])('%s is boilerplate', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each(['Sign language interpreters were at the meeting, the council said.', 'Readers wrote in their hundreds.'])('%s is article text', (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it('cuts only the trailing run, never the whole article', () => {
    const blocks = ['Lead.', 'Share this article', 'More text.', 'Read more', 'Sign-up for our newsletter'].map((text) => ({ start: 0, end: 0, text }));
    expect(trailerStart(blocks)).toBe(3);
    expect(trailerStart([{ start: 0, end: 0, text: 'Sign-up for our newsletter' }])).toBe(1);
  });
});
