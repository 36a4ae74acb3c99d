// Shares of people as subjects ("About four in 10 voters say"), not figures or other phrases.
import { describe, expect, it } from 'vitest';
import { isQuantityShare } from '../../../src/extract/quantity-subjects.js';

const CASES: Array<[string, boolean]> = [
  ['about four in 10 local voters', true],
  ['21 percent', true],
  ['31% of tenants', true],
  ['nearly half of the tenants', true],
  ['at least half of tenants on each estate', true],
  ['a majority of councillors', true],
  ['two-thirds of members', true],
  ['21', false],
  ['four candidates', false],
  ['the tenants', false],
  ['about the plan', false],
];

describe('isQuantityShare', () => {
  it.each(CASES)('%s', (phrase, expected) => {
    expect(isQuantityShare(phrase.split(/\s+/))).toBe(expected);
  });
});
