import { describe, expect, it } from 'vitest';
import { findQuoteMarks } from '../../../src/extract/quote-marks.js';
import { findQuoteSpans, type TextRange } from '../../../src/extract/quote-spans.js';

/** Paragraphs split on blank lines, as ranges into the text. */
function paragraphs(text: string): TextRange[] {
  const out: TextRange[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function spans(text: string) {
  return findQuoteSpans(text, paragraphs(text)).map((s) => ({
    depth: s.depth,
    text: s.parts.map((p) => text.slice(p.start, p.end)).join(' | '),
  }));
}

describe('quote marks', () => {
  it.each([
    ['don’t', 0], ['the council’s plan', 0], ['in the ’90s', 0], ['O’Neill', 0],
    ['the players’ union', 1], ['“yes”', 2], ['‘no’', 2], ['a"b', 1], ['<a href="x">', 0],
    ["Pride!'s chair", 0], ['Yahoo!’s plan', 0], ["'s", 1], ["it was 'so bad!' said Roe", 2],
  ])('%s has %i mark(s)', (text, count) => {
    expect(findQuoteMarks(text, 0, text.length)).toHaveLength(count);
  });
});

describe('quote spans', () => {
  it.each([
    ['curly double', 'He said “yes” twice.', [{ depth: 0, text: 'yes' }]],
    ['straight double', 'He said "yes" twice.', [{ depth: 0, text: 'yes' }]],
    ['mixed straight and curly', 'He said "yes” twice.', [{ depth: 0, text: 'yes' }]],
    ['British single', 'He said ‘yes’ twice.', [{ depth: 0, text: 'yes' }]],
    ['doubled single marks (NYT style)', "He said ''yes, please'' twice.", [{ depth: 0, text: 'yes, please' }]],
    ['backtick opening (PTB style)', "He said ``yes'' twice.", [{ depth: 0, text: 'yes' }]],
    ['apostrophes inside single quotes', '‘We don’t know the players’ names,’ she said.', [{ depth: 0, text: 'We don’t know the players’ names,' }]],
    ['nested single in double', '“She called it ‘odd’ at once,” he said.', [{ depth: 0, text: 'She called it ‘odd’ at once,' }, { depth: 1, text: 'odd' }]],
    ['nested double in single', '‘He wrote “never” twice,’ she said.', [{ depth: 0, text: 'He wrote “never” twice,' }, { depth: 1, text: 'never' }]],
    ['straight nested in curly', '“The report says "fix it" now,” he said.', [{ depth: 0, text: 'The report says "fix it" now,' }, { depth: 1, text: 'fix it' }]],
    ['multi-paragraph, reopened', '“One.\n\n“Two.\n\n“Three.”', [{ depth: 0, text: 'One. | Two. | Three.' }]],
    ['missing opening mark in the last paragraph', '“One.\n\n“Two.\n\nThree.”', [{ depth: 0, text: 'One. | Two. | Three.' }]],
    ['unclosed quote ends with its paragraph', '“One and on\n\nNext paragraph here.', [{ depth: 0, text: 'One and on' }]],
    ['stray closing mark is ignored', 'Nothing” here.', []],
    ['a straight mark reopening after a sentence end starts a new quote', 'She said: "We doubled it. "We will double it again."', [{ depth: 0, text: 'We doubled it.' }, { depth: 0, text: 'We will double it again.' }]],
    ['a double quote closed with a single mark ends there, not at the paragraph end', 'She said: "We were told nothing.\' The road shut at noon.', [{ depth: 0, text: 'We were told nothing.' }]],
    ['the same before a new quote', '"We were told nothing,\' she said. "Nobody called."', [{ depth: 0, text: 'We were told nothing,' }, { depth: 0, text: 'Nobody called.' }]],
    ['a single quote opened inside still nests', '"Fans sang \'we love you.\' It was loud," she said.', [{ depth: 0, text: "Fans sang 'we love you.' It was loud," }, { depth: 1, text: 'we love you.' }]],
    ['a single mark after punctuation is no close when a double close follows', '"They shouted, \'Out!\' and, \'Now.\' Then it ended," she said.', [{ depth: 0, text: "They shouted, 'Out!' and, 'Now.' Then it ended," }, { depth: 1, text: 'Out!' }, { depth: 1, text: 'Now.' }]],
    ['rock ’n’ roll is no quote', 'They played rock ’n’ roll all night.', []],
    ['empty quotes are ignored', 'He said “” and left.', []],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('a closed quote followed by a new quote paragraph is two quotes', () => {
    expect(spans('“One.”\n\n“Two.”').map((s) => s.text)).toEqual(['One.', 'Two.']);
  });

  it('10,000 marks on one line: no crash, spans stay inside the text', () => {
    const text = `${'“a” '.repeat(2500)}${'"'.repeat(5000)}`;
    const found = findQuoteSpans(text, [{ start: 0, end: text.length }]);
    expect(found.length).toBeGreaterThanOrEqual(2500);
    expect(found.every((s) => s.parts.every((p) => p.start >= 0 && p.end <= text.length))).toBe(true);
  });
});
