// What `stories` knows of an article besides its words: the outlet and the day it was published.
// Neither is required (many folders have no front matter); when both articles of a pair have one,
// it softens their similarity, never raises it.

import { dayNumber } from '../text/dates.js';

/**
 * A pair from the same outlet keeps this share of its score. An outlet seldom runs two pieces on one
 * event that both stay in a digest, while two outlets' pieces on one event are the common case; a
 * same-outlet pair is more often two events of one kind (last month's hearing and this month's).
 * Lower keeps an outlet's series on a topic apart better; higher keeps an outlet's follow-ups together.
 */
export const SAME_OUTLET_FACTOR = 0.6;
/**
 * Articles published this many days apart or fewer count as one news cycle: no effect. Longer keeps
 * a story's follow-ups of the next weeks with it; shorter also softens pairs a few days apart.
 */
export const NEWS_CYCLE_DAYS = 7;
/**
 * A pair published further apart than NEWS_CYCLE_DAYS keeps this share of its score. Lower splits
 * a later development from the first report (and a long-running story into its episodes); higher
 * lets one topic's stories of different weeks merge.
 */
export const DAYS_APART_FACTOR = 0.6;

export interface StoryContext {
  /** The outlet (front matter `source`), or null. */
  source: string | null;
  /** ISO date (YYYY-MM-DD), or null. */
  date: string | null;
}

/** Outlets as small ids (-1: none) and dates as day numbers (NaN: none), one entry per article. */
export class ContextTable {
  private readonly outletIds = new Map<string, number>();
  readonly outlets: number[] = [];
  readonly days: number[] = [];

  add(context: StoryContext | undefined): void {
    const outlet = context?.source?.trim().toLowerCase() ?? '';
    let id = -1;
    if (outlet !== '') {
      id = this.outletIds.get(outlet) ?? this.outletIds.size;
      this.outletIds.set(outlet, id);
    }
    this.outlets.push(id);
    this.days.push(publishedDay(context?.date ?? null));
  }

  /** The share of a pair's similarity kept given what is known of both articles' outlets and dates. */
  factor(a: number, b: number): number {
    let factor = 1;
    if (this.outlets[a]! >= 0 && this.outlets[a] === this.outlets[b]) factor *= SAME_OUTLET_FACTOR;
    if (Math.abs(this.days[a]! - this.days[b]!) > NEWS_CYCLE_DAYS) factor *= DAYS_APART_FACTOR;
    return factor;
  }
}

/** Days since 1970-01-01 of a date that starts YYYY-MM-DD, or NaN (NaN compares false: no effect). */
export function publishedDay(date: string | null): number {
  const match = date === null ? null : /^\d{4}-\d{2}-\d{2}/.exec(date);
  return match === null ? Number.NaN : dayNumber(match[0]);
}
