import { describe, expect, it } from 'vitest';
import { speakerMatches } from '../../../eval/lib/quote-scoring.js';

// Invented sources: the scoring reads a gold source's head words; a dash aside is set off like a comma one.
describe('speakerMatches (gold source head words)', () => {
  it.each([
    ['Jane Roe', 'Jane Roe, a teacher from Elmtown', true],
    ['Jane Roe', 'Jane Roe — a teacher —', true],
    ['Jane Roe', 'Jane Roe – a teacher –', true],
    ['Jane Roe', 'Jane Roe -- a teacher --', true],
    ['Jane Roe', 'Jane Roe - a teacher -', true],
    ['Ivan Holt', 'A former candidate -- Ivan Holt, who lost --', true],
    // A hyphen inside a word separates nothing: "D-Ohio" stays one word.
    ['Jane Roe', 'Rep. Jane Roe (D-Ohio)', true],
    ['Ivan Holt', 'Jane Roe — a teacher —', false],
    ['Jane Roe', 'a teacher', false],
  ])('%j for %j: %j', (predicted, gold, right) => {
    expect(speakerMatches(predicted, gold)).toBe(right);
  });
});
