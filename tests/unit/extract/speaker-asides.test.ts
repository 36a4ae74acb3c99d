// Asides between a speaker and its verb ("and" inside one joins parts of a description, it opens no
// second subject), and the words after a speaker's comma (a description or the main clause).
// Invented sentences only.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../helpers/quotes-of.js';

function firstQuote(body: string) {
  return quotesOf(body)[0];
}

describe('a coordinated description between a name and its verb', () => {
  const cases: Array<[string, string, string | null, string | null]> = [
    ['nouns joined inside a prepositional phrase, an organisation at the end',
      'Cllr Jo Marsh, cabinet member for parks and leisure at Oakfield District Council, said: “The lido will reopen in June.”',
      'Jo Marsh', 'cabinet member for parks and leisure at Oakfield District Council'],
    ['two prepositional phrases joined',
      'Cllr Ben Ade, leader of the council and of its Green group, said the party would “think again” about the plan.',
      'Ben Ade', 'leader of the council and of its Green group'],
    ['a determiner after "and" inside the aside',
      'Ben Ade, leader of the council and its Green group, said the party would “think again” about the plan.',
      'Ben Ade', 'leader of the council and its Green group'],
  ];
  it.each(cases)('%s', (_why, body, speaker, role) => {
    const quote = firstQuote(body);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.speakerRole).toBe(role);
  });

  it('does not join a second named person to the first one’s description', () => {
    // Two people speak together: whatever the speaker, the first name's age is no role for the second.
    const quote = firstQuote('Ana Roe, 45, and Tom Lee, 50, said the plan was “a disgrace”.');
    expect(quote?.speakerRole ?? null).toBeNull();
    expect(quote?.speaker).not.toBe('Ana Roe');
  });
});

describe('an aside between a described subject and its verb', () => {
  it.each([
    ['a past participle with its preposition', 'The audit, published on Friday, found “serious gaps in record keeping”.'],
    ['two participles joined by "and"', 'The audit, ordered by Oakfield District Council and published on Friday, found “serious gaps in record keeping”.'],
  ])('%s', (_why, body) => {
    expect(firstQuote(body)?.speaker).toBe('The audit');
  });

  it('keeps a participle that describes the named subject', () => {
    const quote = firstQuote('Though stopping short of quitting, retired surgeon Ben Ade told supporters he saw no “path forward”.');
    expect(quote?.speaker).toBe('Ben Ade');
  });
});

describe('the words after a speaker’s comma', () => {
  it.each([
    ['a clause after "according to" is no role', 'According to the audit, there were “serious gaps” in the records.', 'the audit', null],
    ['a clause running into the quote is no role', 'According to Jo Marsh, the scheme was “a mess” from the start.', 'Jo Marsh', null],
    ['a description closed by a comma is the role', 'According to Jo Marsh, a council planner, the scheme was “a mess”.', 'Jo Marsh', 'a council planner'],
    ['a verb in the description’s relative clause', '“It is a mess,” said Jo Marsh, an economist who is close to the mayor.', 'Jo Marsh', 'an economist who is close to the mayor'],
    ['a description too long to show keeps the words before its relative clause', '“It is a mess,” said Jo Marsh, a professor of planning at Oakfield University who wrote two books on the history of the town and its river.', 'Jo Marsh', 'a professor of planning at Oakfield University'],
    ['"then" still opens a description', '“It is a mess,” said Jo Marsh, then chief of staff to the mayor.', 'Jo Marsh', 'then chief of staff to the mayor'],
  ])('%s', (_why, body, speaker, role) => {
    const quote = firstQuote(body);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.speakerRole).toBe(role);
  });
});

describe('a prepositional phrase set off between a name and its verb', () => {
  it.each([
    ['a phrase holding another person', 'Dr Ivo Marek, on his first day in the job after Rosa Lind was sacked, admitted “big challenges” lay ahead.', 'Ivo Marek'],
    ['a phrase opened by "in"', 'Ivo Marek, in a letter sent after Rosa Lind resigned, said the board was “in good shape”.', 'Ivo Marek'],
    ['a phrase opened by "at"', 'Ivo Marek, at a meeting with Rosa Lind, said the board was “in good shape”.', 'Ivo Marek'],
    ['an adverb before the phrase, after a role', 'Ivo Marek, chief executive of Orbit Mobile, also at the fair, said: “We plan to grow.”', 'Ivo Marek'],
    ['an "-ly" adverb before the phrase, after a role', 'Ivo Marek, chief executive of Orbit Mobile, currently in Leeds, said: “We plan to grow.”', 'Ivo Marek'],
  ])('%s: the name before it speaks', (_why, body, speaker) => {
    expect(firstQuote(body)?.speaker).toBe(speaker);
  });

  it('not a phrase opened after a figure, nor "in what": the name inside speaks', () => {
    expect(firstQuote('It ended in 1976, in what Ivo Marek, the treasurer for Rosa Lind, called “hand-to-hand combat.”')?.speaker).toBe('Ivo Marek');
  });
});

describe('a past participle aside with an adverb before it', () => {
  it('"X, formerly managed by Y at Z, agreed" is X', () => {
    expect(firstQuote('Club midfielder Rivo, formerly managed by Reed at Hull, agreed that it was “odd”.')?.speaker).toBe('Rivo');
  });
});
