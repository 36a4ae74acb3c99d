import { describe, expect, it } from 'vitest';
import { dayNumber, monthNumber, parseDate } from '../../../src/text/dates.js';

describe('parseDate', () => {
  it.each([
    ['2017-07-07', '2017-07-07'],
    ['2024-01-15T23:30:00-08:00', '2024-01-15'],
    ['2024-01-15T00:30:00+14:00', '2024-01-15'],
    ['2024-02-29', '2024-02-29'],
    ['7th July 2017', '2017-07-07'],
    ['1st Jan 2020', '2020-01-01'],
    ['Tuesday 3 March 2020', '2020-03-03'],
    ['July 7, 2017', '2017-07-07'],
    ['Sept. 12, 2019', '2019-09-12'],
    ['22nd of September 2021', '2021-09-22'],
  ])('%s → %s (never shifted by a time zone)', (written, iso) => {
    expect(parseDate(written)).toEqual({ ok: true, iso });
  });

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '31 April 2020', '2024-00-10'])('%s is not a calendar date', (written) => {
    expect(parseDate(written)).toEqual({ ok: false, reason: 'calendar' });
  });

  it.each(['yesterday', '15/01/2024', '7th Julyish 2017', '', '2024-1-5'])('%s is not a known format', (written) => {
    expect(parseDate(written)).toEqual({ ok: false, reason: 'format' });
  });
});

describe('monthNumber', () => {
  it.each([['Jan', 1], ['july', 7], ['September', 9], ['sept', 9], ['Dec', 12], ['Marchy', null], ['Ju', null]])('%s → %s', (name, month) => {
    expect(monthNumber(name)).toBe(month);
  });
});

describe('dayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2000-03-01', 11017],
    ['2024-02-29', 19782],
    ['1969-12-31', -1],
  ])('%s → %d', (iso, days) => {
    expect(dayNumber(iso)).toBe(days);
    expect(dayNumber(iso)).toBe(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
  });
});
