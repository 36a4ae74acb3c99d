import { describe, expect, it } from 'vitest';
import { article, checkText, where } from '../../../helpers/check.js';

const BODY = 'The council met on Tuesday to discuss the plans for the new library.';
const withDate = (date: string) => article(['title: Library plans approved', `date: ${date}`], BODY);

describe('date rules', () => {
  it.each([
    ['2024-02-29', []],
    ['2025-06-02', []],
    ['2024-02-30', ['date/impossible@3:7']],
    ['2023-02-29', ['date/impossible@3:7']],
    ['2024-13-01', ['date/impossible@3:7']],
    ['31 April 2024', ['date/impossible@3:7']],
    ['next Tuesday', ['date/invalid@3:7']],
    ['20240101', ['date/invalid@3:7']],
    ['[2024-01-01]', ['date/invalid@3:7']],
    ['2025-06-03', ['date/future@3:7']],
    ['2052-01-01', ['date/future@3:7']],
    ['2025-06-01T23:59:00+14:00', []],
    ['7 July 2017', ['date/format@3:7']],
    ['"July 7, 2017"', ['date/format@3:7']],
    ['Friday, 7 July 2017', ['date/format@3:7']],
  ])('date: %s', (date, expected) => {
    expect(where(checkText(withDate(date))).filter((w) => w.startsWith('date/'))).toEqual(expected);
  });

  it('reads today from the caller, not the clock', () => {
    expect(where(checkText(withDate('2025-06-10'), { today: '2025-06-01' }), 'date/future')).toHaveLength(1);
    expect(where(checkText(withDate('2025-06-10'), { today: '2025-06-09' }), 'date/future')).toHaveLength(0);
  });

  it('date/future tolerance is an option', () => {
    expect(where(checkText(withDate('2025-06-02'), { rules: { 'date/future': ['error', { toleranceDays: 0 }] } }), 'date/future')).toHaveLength(1);
  });

  it('date/format accepts written dates when configured', () => {
    expect(where(checkText(withDate('7 July 2017'), { rules: { 'date/format': ['warn', { formats: ['date', 'written'] }] } }), 'date/format')).toEqual([]);
    expect(where(checkText(withDate('2017-07-07T10:00:00Z'), { rules: { 'date/format': ['warn', { formats: ['date'] }] } }), 'date/format')).toHaveLength(1);
  });

  it('date/format is fixable only when nothing would be lost', () => {
    const fixable = (date: string) => checkText(withDate(date)).find((f) => f.ruleId === 'date/format')?.fixable;
    expect(fixable('7 July 2017')).toBe(true);
    expect(fixable('"July 7, 2017"')).toBe(true);
    expect(fixable('Friday, 7 July 2017')).toBe(false);
  });

  it('checks the updated and published fields too', () => {
    const text = article(['title: Library plans approved', 'date: 2025-01-01', 'updated: 2025-02-30'], BODY);
    expect(where(checkText(text), 'date/impossible')).toEqual(['date/impossible@4:10']);
  });
});
