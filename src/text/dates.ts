// Dates as newsrooms write them, turned into ISO calendar dates without ever shifting a day:
// "2017-07-07", "2017-07-07T09:30:00+01:00", "7th July 2017", "July 7, 2017", "7 Jul 2017".

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MONTH_YEAR = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})$/;
const MONTH_DAY_YEAR = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;

export type DateParse =
  | { ok: true; iso: string }
  | { ok: false; reason: 'format' | 'calendar' };

/** Parses a written date. `calendar` means it has a date's shape but no such day exists. */
export function parseDate(written: string): DateParse {
  const text = written.trim();
  const iso = ISO.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return namedMonthDate(Number(dmy[3]), dmy[2] ?? '', Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return namedMonthDate(Number(mdy[3]), mdy[1] ?? '', Number(mdy[2]));
  return { ok: false, reason: 'format' };
}

function namedMonthDate(year: number, monthName: string, day: number): DateParse {
  const month = monthNumber(monthName);
  if (month === null) return { ok: false, reason: 'format' };
  return calendarDate(year, month, day);
}

export function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  const month = MONTHS[lower === 'sept' ? lower : lower.slice(0, 3)];
  if (month === undefined) return null;
  // A longer name must be a prefix of the month's full name: "Marchy" is not March.
  if (lower.length > 3 && lower !== 'sept' && !FULL_MONTHS[month - 1]?.startsWith(lower)) return null;
  return month;
}

const FULL_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

function calendarDate(year: number, month: number, day: number): DateParse {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: 'calendar' };
  }
  return { ok: true, iso: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}` };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Days since 1970-01-01 for an ISO date (YYYY-MM-DD), by arithmetic alone (no clock, no time zone). */
export function dayNumber(iso: string): number {
  const [year = 1970, month = 1, day = 1] = iso.split('-').map(Number);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
