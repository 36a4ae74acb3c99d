import { describe, expect, it } from 'vitest';
import { danglingOpener, hasQuoteMarks, isCaptionOrByline, isFragment, isHeading, nameMentions } from '../../../src/summarize/signals.js';

describe('danglingOpener', () => {
  it.each([
    ['He said the plan would fail.', 'pronoun'],
    ['They have appealed.', 'pronoun'],
    ['Its budget was cut.', 'pronoun'],
    ['This is a setback for the council.', 'pronoun'],
    ['“She was not told,” a friend said.', 'pronoun'],
    ['But the vote was close.', 'connective'],
    ['However, the mayor disagreed.', 'connective'],
    ['Meanwhile, prices rose.', 'connective'],
    ['In addition, two schools will close.', 'connective'],
    ['The council voted on Tuesday.', null],
    ['This week the council voted.', null],
    ['Helen Ward said the plan would fail.', null],
    ['Hewlett-Packard cut prices.', null],
    ['Butler scored twice.', null],
    ["It's a setback.", 'pronoun'],
    // "it" standing for the clause after it (extraposition) points back at nothing
    ['It is expected that profits will rise.', null],
    ['“It is not clear whether the bridge will open,” she said.', null],
    ["It's too early to say who will win.", null],
    ['It emerged that the council had known.', null],
    ['It is expected to cost £2m.', 'pronoun'],
    ['It said the plan would fail.', 'pronoun'],
    ['Those who voted were angry.', null],
    ['Those remaining will pay more.', 'pronoun'],
    // connectives that name what they add to or answer
    ['Both Labour and the Greens backed the plan.', null],
    ['Both players will miss the final.', 'connective'],
    ['So far the talks have failed.', null],
    ['So the talks failed.', 'connective'],
    ['As well as the bridge, the council approved a school.', null],
    ['In addition to the bridge, a school will be built.', null],
    ['In response to the vote, traders closed early.', null],
    ['In response, traders closed early.', 'connective'],
    ['The former chairman of the board resigned.', null],
    ['The former was cheaper.', 'connective'],
    ['The latter said no.', 'connective'],
  ])('%s → %s', (text, expected) => {
    expect(danglingOpener(text)).toBe(expected);
  });
});

describe('lines that are not article prose', () => {
  it.each([
    ['By Jane Smith', true],
    ['By Jane Smith, Political Correspondent', true],
    ['PUBLISHED: 10:31 GMT, 3 March 2024', true],
    ['Pictured: the bridge at dawn', true],
    ['The new bridge at dawn (Photo: Wend Council)', true],
    ['A crowd gathered outside. Getty Images', true],
    ['BY JANE SMITH', true],
    ['Video: the bridge opens', true],
    ['Image (Wend Council): the bridge at dawn', true],
    ['A crowd gathered outside (AFP)', true],
    ['By the end of the year the bridge will be open.', false],
    ['The council published its report on Tuesday.', false],
    // prose that merely starts like a byline or a caption
    ['By contrast, the old bridge cost less.', false],
    ['By September, two thirds of homes had broadband.', false],
    ['By Monday, the index had fallen 2%.', false],
    ['Video games could soon be taught in schools.', false],
    ['Image sensors in phones are improving fast.', false],
    ['Picture the scene: rain, mud and a late train.', false],
    ['A spokesman told the AFP news agency the plan was dead.', false],
  ])('%s → caption or byline: %s', (text, expected) => {
    expect(isCaptionOrByline(text)).toBe(expected);
  });

  it.each([
    ['## What happens next', true],
    ['WHAT HAPPENS NEXT', true],
    ['What happens next is a vote.', false],
  ])('%s → heading: %s', (text, expected) => {
    expect(isHeading(text)).toBe(expected);
  });

  it('sees fragments that start in lower case', () => {
    expect(isFragment('and then it rained.')).toBe(true);
    expect(isFragment('Then it rained.')).toBe(false);
  });
});

describe('cheap carriers', () => {
  it('finds quote marks, straight, curly and single', () => {
    expect(hasQuoteMarks('She said "no".')).toBe(true);
    expect(hasQuoteMarks('She said “no”.')).toBe(true);
    expect(hasQuoteMarks('He called it ‘a disgrace’ yesterday.')).toBe(true);
    expect(hasQuoteMarks('The council’s plan was approved.')).toBe(false);
  });
  it('finds capitalised names after the first word', () => {
    expect(nameMentions('Yesterday Maria Lopes met the Wend Council in Leeds.')).toEqual(['Maria Lopes', 'Wend Council', 'Leeds']);
  });
});
