// Time phrases between a subject and its verb, read backwards from the word before the verb.
import { describe, expect, it } from 'vitest';
import { wordTokens } from '../../../src/text/word-tokens.js';
import { timePhraseStart } from '../../../src/extract/time-phrases.js';

/** [text before the verb, the time phrase found at its end (or null)]. */
const CASES: Array<[string, string | null]> = [
  ['Jane Roe on Monday', 'on Monday'],
  ['Jane Roe Monday', 'Monday'],
  ['The board on Wednesday morning', 'on Wednesday morning'],
  ['The board less than two weeks ago', 'less than two weeks ago'],
  ['Roe a few days ago', 'a few days ago'],
  ['Roe last week', 'last week'],
  ['Roe earlier this month', 'earlier this month'],
  ['Roe in May', 'in May'],
  ['Roe in 2012', 'in 2012'],
  ['Roe yesterday', 'yesterday'],
  ['Roe last night', 'last night'],
  ['The Herald on July 20', 'on July 20'],
  ['The Herald on July 20, 2006', 'on July 20, 2006'],
  ['The Herald on 20 July', 'on 20 July'],
  ['The Herald in July 20', null],
  ['The Herald on page 20', null],
  ['Jane Roe', null],
  ['the mayor of Leeds', null],
  ['Theresa May', null],
  ['the board in the city', null],
];

describe('timePhraseStart', () => {
  it.each(CASES)('%s', (text, expected) => {
    const tokens = wordTokens(text);
    const start = timePhraseStart(tokens, 0, tokens.length - 1);
    expect(start === -1 ? null : text.slice(tokens[start]!.start)).toBe(expected);
  });
});
