import { describe, expect, it } from 'vitest';
import { startsAttribution } from '../../../src/text/attribution.js';

// [text after a closing quote, verb must end the clause, expected]. All text written for these tests.
const CASES: ReadonlyArray<readonly [string, boolean, boolean]> = [
  ['Mr. Hale said.', true, true],
  ['Mr. Hale said the plan failed.', true, false],
  ['Mr. Hale said the plan failed.', false, true],
  ['Hale, a farmer, asked.', true, true],
  ['Sen. Ada Vance, D-Ore., asked on Monday.', false, true],
  ['Ms. Rowe later recalled.', true, true],
  ['Pike quietly asked.', true, true],
  ['Hale has said.', true, true],
  ['Mr. Hale was quoted as saying, smiling.', true, true],
  ['Leeds head coach Ann Vale asked.', true, true],
  ['He said.', true, false], // a pronoun opens a new sentence
  ['But Hale said.', true, false],
  ['Police in the city said.', false, false], // no name right before the verb
  ['It’s destructive,” Mr. Hale said.', false, false], // a word closing a quotation is no descriptor
  ['Overall, analysts said it worked.', false, false],
  ['Finally, the board agreed.', false, false],
  ['Hale', false, false],
  ['A tired Hale said it.', false, false], // the article opens a new sentence
  ['Mr Hale said.', true, true], // British style, no full stop
  ['I said.', true, true],
  ['Hale then wrote back.', false, false],
  ['Hale also said it failed.', false, false],
];

describe('startsAttribution', () => {
  it.each(CASES)('%s (verb must end: %s) → %s', (text, verbMustEnd, expected) => {
    expect(startsAttribution(text, 0, verbMustEnd)).toBe(expected);
  });
});
