// A share of people as the subject of a speech verb, as polls and surveys are reported: "About four
// in 10 voters say …", "21 percent said …", "Nearly half of the tenants said …", "A majority of
// Republicans said …". Such a phrase names who spoke (a described speaker), not a figure.

/** Hedges before a quantity: "about", "nearly", "at least", "more than", "an estimated". */
const HEDGES = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'just', 'only', 'some', 'over', 'under', 'at', 'least',
  'more', 'fewer', 'less', 'than', 'an', 'estimated', 'a', 'full', 'barely']);
/** Most hedge words before the quantity ("just over", "at least", "a little more than" is too long). */
const MAX_HEDGES = 2;
/** Number words and shares that open the quantity. */
const QUANTITIES = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half', 'third', 'thirds',
  'quarter', 'quarters', 'majority', 'minority', 'plurality', 'fifth', 'fifths', 'tenth']);
/** What makes a number a share of people: "21 percent", "four in 10", "half of", "two-thirds of". */
const SHARE_WORDS = new Set(['percent', 'per', '%', 'in', 'of', 'out']);

/** Lower-case token texts of a candidate subject phrase: is it a share of people ("About four in 10 voters")? */
export function isQuantityShare(words: readonly string[]): boolean {
  let i = 0;
  while (i < Math.min(words.length, MAX_HEDGES) && HEDGES.has(words[i]!)) i++;
  const quantity = words[i];
  if (quantity === undefined || !(QUANTITIES.has(quantity) || /^\d{1,3}(?:\.\d)?%?$/.test(quantity) || /^\w+-thirds?$|^\w+-quarters?$/.test(quantity))) return false;
  const next = words[i + 1];
  // "21%" is one token here; a bare number needs its share word ("21 percent", "four in 10").
  if (quantity.endsWith('%')) return true;
  return next !== undefined && SHARE_WORDS.has(next);
}

/** Words a counted group may put between its number and its head ("80 striking dockers"): at most this many. */
const MAX_COUNT_MODIFIERS = 2;

/**
 * Lower-case token texts of a candidate subject phrase: a hedged count of people ("about 80
 * dockers", "some 200 striking nurses", "nearly 40 protesters")? A hedge must open it: a bare "80
 * dockers" is left to the other readings. `isPeople` tells whether the head names people.
 */
export function isCountOfPeople(words: readonly string[], isPeople: (head: string) => boolean): boolean {
  let i = 0;
  while (i < Math.min(words.length, MAX_HEDGES) && HEDGES.has(words[i]!)) i++;
  if (i === 0 || !/^\d[\d,]*$/.test(words[i] ?? '')) return false;
  const head = words.at(-1)!;
  return words.length - i - 2 <= MAX_COUNT_MODIFIERS && words.length > i + 1 && isPeople(head);
}
