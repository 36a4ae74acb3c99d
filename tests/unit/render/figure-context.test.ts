import { describe, expect, it } from 'vitest';
import { contextAfterFigure } from '../../../src/render/figure-context.js';

describe('contextAfterFigure', () => {
  it.each([
    ['two years', 'years prior to the inspection', 'prior to the inspection'],
    ['15 Months', 'months of repairs', 'of repairs'],
    ['three weeks', 'weeks', null],
    ['£9.2million', 'investment', 'investment'],
    ['42', 'corroded steel bearings', 'corroded steel bearings'],
    ['seven', 'seven-day closures', 'seven-day closures'],
    ['2011', null, null],
  ])('%s + %s → %s', (text, context, shown) => {
    expect(contextAfterFigure(text, context)).toBe(shown);
  });
});
