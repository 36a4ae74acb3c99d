import { describe, expect, it } from 'vitest';
import { ContextTable, publishedDay, DAYS_APART_FACTOR, NEWS_CYCLE_DAYS, SAME_OUTLET_FACTOR, type StoryContext } from '../../../src/compare/story-context.js';

const none: StoryContext = { source: null, date: null };

describe('ContextTable.factor', () => {
  it.each<[string, StoryContext, StoryContext, number]>([
    ['two outlets, one day', { source: 'Gazette', date: '2025-03-01' }, { source: 'Herald', date: '2025-03-01' }, 1],
    ['one outlet, written differently', { source: 'The Herald ', date: null }, { source: 'the herald', date: null }, SAME_OUTLET_FACTOR],
    ['no outlet on one side', { source: 'Herald', date: null }, none, 1],
    ['a news cycle apart', { source: null, date: '2025-03-01' }, { source: null, date: '2025-03-08' }, 1],
    ['a day beyond the cycle', { source: null, date: '2025-03-01' }, { source: null, date: '2025-03-09' }, DAYS_APART_FACTOR],
    ['apart across a year end, later first', { source: null, date: '2026-01-20' }, { source: null, date: '2025-12-20' }, DAYS_APART_FACTOR],
    ['no date on one side', { source: null, date: '2025-03-01' }, none, 1],
    ['one outlet, a month apart', { source: 'Herald', date: '2025-03-01' }, { source: 'Herald', date: '2025-04-01' }, SAME_OUTLET_FACTOR * DAYS_APART_FACTOR],
  ])('%s', (_, a, b, expected) => {
    const table = new ContextTable();
    table.add(a);
    table.add(b);
    expect(table.factor(0, 1)).toBeCloseTo(expected, 12);
    expect(table.factor(1, 0)).toBeCloseTo(expected, 12);
  });

  it('treats articles added without context as unknown', () => {
    const table = new ContextTable();
    table.add(undefined);
    table.add(undefined);
    expect(table.factor(0, 1)).toBe(1);
  });

  it('counts the cycle in whole days', () => {
    expect(NEWS_CYCLE_DAYS).toBeGreaterThanOrEqual(1);
    expect(publishedDay('1970-01-02')).toBe(1);
    expect(publishedDay('2024-03-01') - publishedDay('2024-02-28')).toBe(2);
    expect(publishedDay('March 2024')).toBeNaN();
    expect(publishedDay(null)).toBeNaN();
  });
});
