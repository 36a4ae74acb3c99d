// How the figures of one sentence relate: ranges ("between 5 and 10", "£5-10m") become one figure;
// changes ("rose from 6,062 to 7,319", "7,319 – an increase from 6,062") link the new value to the old;
// "up 12%", "a 5% fall" get a direction.

import type { Token } from '../text/figure-tokenizer.js';
import { copyMention, type Mention } from './figure-scan.js';
import { CHANGE_WORDS, COMPARISON_CUES } from './figure-lexicon.js';
import { glued, isDash, isPlainInteger, isSym, isWord, wordsBefore } from './figure-tokens.js';

/** How far (in tokens) before "from" a change word may stand: "rose sharply from". */
export const CHANGE_CUE_WINDOW = 5;
/** How far (in tokens) back the new value of a comparison may stand: "$2.04bn (£1.6bn) for the three months to June, from $1.71bn". */
export const COMPARISON_WINDOW = 24;

export type RelatedMention = Mention;

export function relateMentions(tokens: readonly Token[], mentions: readonly Mention[]): RelatedMention[] {
  const merged = adoptUnits(tokens, mergeRanges(tokens, mentions));
  // The mentions are this sentence's own copies, so they are completed in place.
  for (const m of merged) {
    m.direction = directionOf(tokens, m);
    m.changeFrom = null;
  }
  linkChanges(tokens, merged);
  return merged;
}

/** "prices ranging from £5 to £10": without such a word, "from A to B" is a change. */
function rangeCueBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - CHANGE_CUE_WINDOW); k--) {
    if (isWord(tokens[k], 'ranging', 'range', 'ranges', 'ranged', 'varying', 'vary', 'varies', 'anything', 'anywhere', 'between')) return true;
  }
  return false;
}

function changeWordBefore(tokens: readonly Token[], at: number, window: number): 'up' | 'down' | null {
  for (let k = at - 1; k >= Math.max(0, at - window); k--) {
    const direction = CHANGE_WORDS.get(tokens[k]?.lower ?? '');
    if (direction && tokens[k]?.type === 'word') return direction;
  }
  return null;
}

// ---- ranges ---------------------------------------------------------------------------------

function mergeRanges(tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let j = 0; j < mentions.length; j++) {
    const low = mentions[j];
    if (!low) continue;
    const aside = bracketedAfter(tokens, low, mentions[j + 1]);
    const high = aside ? mentions[j + 2] : mentions[j + 1];
    if (aside && high) {
      const range = asRange(tokens, copyMention(low, { last: aside.last + 1 }), high);
      if (range && range !== 'score') {
        out.push(copyMention(range, { last: high.last }), aside);
        j += 2;
        continue;
      }
    }
    const range = high ? asRange(tokens, low, high) : null;
    if (range === 'score') {
      j++;
      continue;
    }
    if (range) {
      out.push(range);
      j++;
    } else out.push(low);
  }
  return out;
}

/** The figure in brackets right after `low` ("250 euros (£173)"), if any. */
function bracketedAfter(tokens: readonly Token[], low: Mention, next: Mention | undefined): Mention | null {
  if (!next || !isSym(tokens[low.last + 1], '(') || next.first !== low.last + 2 || !isSym(tokens[next.last + 1], ')')) return null;
  return next;
}

function asRange(tokens: readonly Token[], low: Mention, high: Mention): Mention | 'score' | null {
  if (high.first !== low.last + 2 || low.value === null || high.value === null) return null;
  const link = tokens[low.last + 1];
  const between = isWord(tokens[low.first - 1], 'between');
  if (isDash(link)) {
    if (glued(link) && isPlainInteger(tokens[low.numberAt]) && isPlainInteger(tokens[high.numberAt]) && low.kind === 'count' && high.kind === 'count'
      && low.unit === 'count' && high.unit === 'count' && low.value >= high.value) return 'score';
  } else if (isWord(link, 'and')) {
    if (!between) return null;
  } else if (isWord(link, 'to')) {
    const from = isWord(tokens[low.first - 1], 'from');
    if (from && !rangeCueBefore(tokens, low.first - 1)) return null;
    if (!from && (changeWordBefore(tokens, low.first, 3) || isWord(tokens[low.first - 1], 'by'))) return null;
  } else if (!isWord(link, 'or')) return null;
  return combine(low, high, between ? low.first - 1 : low.first);
}

/** Joins two ends into one range figure; the low end takes the high end's unit and scale ("£5-10m", "5-10%"). */
/** A plain count with no unit of its own: it may take the unit of the figure it is paired with. */
function isBare(m: Mention): boolean {
  return m.unit === 'count' && m.measure === null && m.kind === 'count';
}

function combine(low: Mention, highEnd: Mention, first: number): Mention | null {
  let high = highEnd;
  const bare = isBare(low);
  if (!bare && isBare(high) && low.kind !== 'rank' && low.kind !== 'ratio') high = copyMention(high, { unit: low.unit, kind: low.kind, measure: low.measure });
  else if (!bare && (low.unit !== high.unit || low.kind === 'rank' || high.kind === 'rank')) return null;
  if (low.kind === 'date' || high.kind === 'date' || low.kind === 'ratio') return null;
  let value = low.value ?? 0;
  if (low.scale === 1 && high.scale > 1 && value * high.scale <= (high.value ?? 0)) value *= high.scale;
  if (value >= (high.value ?? 0)) return null;
  return copyMention(high, { first, numberAt: low.numberAt, value, high: high.value, kind: 'range', approx: low.approx ?? high.approx, scale: high.scale });
}

/** Bare numbers take the unit of the change they belong to: "up 23 points to 6661.89", "from 36 to 21 days", "77m euros, up from 38m". */
function adoptUnits(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  const out = [...mentions];
  for (let j = 0; j + 1 < out.length; j++) {
    const a = out[j];
    const b = out[j + 1];
    if (!a || !b || !isWord(tokens[a.last + 1], 'to') || gapAfterTo(tokens, a, b) < 0) continue;
    const fromTo = isWord(tokens[a.first - 1], 'from');
    if (fromTo && isBare(a) && !isBare(b)) out[j] = adopt(a, b);
    else if (isBare(b) && !isBare(a) && (fromTo || (hasMeasureOrMoney(a) && changeWordBefore(tokens, a.first, 3)))) out[j + 1] = adopt(b, a);
  }
  for (let j = 1; j < out.length; j++) {
    const old = out[j];
    if (!old || !isBare(old) || old.scale === 1 || !wordsBefore(tokens, old.first, ['from'])) continue;
    // The earliest amount in reach, not a conversion in brackets after it: "64m euros (£55m; $70m), up from 41m".
    let newer: Mention | undefined;
    for (let k = j - 1; k >= 0 && (out[k]?.last ?? -1) >= old.first - COMPARISON_WINDOW; k--) if (out[k]?.kind === 'money') newer = out[k];
    if (newer) out[j] = adopt(old, newer);
  }
  return out;
}

function hasMeasureOrMoney(m: Mention): boolean {
  return m.kind === 'money' || (m.unit === 'other' && m.measure !== null);
}

function adopt(bare: Mention, from: Mention): Mention {
  return copyMention(bare, { unit: from.unit, kind: from.kind === 'range' ? 'count' : from.kind, measure: from.measure });
}

/** Tokens between "to" and the next figure: "to just 21 days" has one. -1 when the figure does not follow. */
function gapAfterTo(tokens: readonly Token[], a: Mention, b: Mention): number {
  const gap = b.first - (a.last + 2);
  if (gap === 0) return 0;
  return gap === 1 && isWord(tokens[a.last + 2], 'just', 'only', 'a', 'an') ? 1 : -1;
}

// ---- directions and changes -------------------------------------------------------------------

/** "up 12%", "rose by 20%", "a 20% rise", "fell to £5m". */
function directionOf(tokens: readonly Token[], m: Mention): 'up' | 'down' | null {
  let before = m.first - 1;
  if (isWord(tokens[before], 'by', 'to')) before--;
  const word = tokens[before];
  const direct = word?.type === 'word' ? CHANGE_WORDS.get(word.lower) : undefined;
  if (direct) return direct;
  const after = tokens[m.last + 1];
  const noun = after?.type === 'word' && /^(?:rise|increase|fall|drop|jump|decline|cut|gain|growth|slump|surge|reduction|decrease|boost|hike|dip|climb|loss)$/.test(after.lower) ? CHANGE_WORDS.get(after.lower) : undefined;
  if (noun) return noun;
  if (isWord(tokens[m.first - 1], 'to')) return changeWordBefore(tokens, m.first - 1, CHANGE_CUE_WINDOW + 3);
  return null;
}

/** Links the new value of a change to the old one, both ways of writing it. */
function linkChanges(tokens: readonly Token[], mentions: RelatedMention[]): void {
  for (let j = 0; j < mentions.length; j++) {
    const old = mentions[j];
    if (!old || old.kind === 'date' || old.kind === 'year') continue;
    const cueLength = comparisonCueBefore(tokens, old.first);
    if (cueLength === 0) continue;
    const next = mentions[j + 1];
    // "from 6,062 to 7,319", and "from nine posts to five": the old end may carry its noun.
    const noun = nounBeforeTo(tokens, old.last + 1);
    const shifted = next && noun > 0 ? copyMention(old, { last: old.last + noun }) : old;
    const fromTo = next && isWord(tokens[old.first - 1], 'from') && isWord(tokens[shifted.last + 1], 'to') && gapAfterTo(tokens, shifted, next) >= 0 && sameUnit(old, next);
    if (fromTo && next) {
      next.changeFrom = j;
      next.direction ??= changeWordBefore(tokens, old.first - 1, CHANGE_CUE_WINDOW) ?? ((next.value ?? 0) >= (old.value ?? 0) ? 'up' : 'down');
      continue;
    }
    const target = previousSameUnit(mentions, j, old.first - cueLength - COMPARISON_WINDOW);
    const cued = target !== null && (cueLength > 1 || !isWord(tokens[old.first - 1], 'from') || isWord(tokens[old.first - 2], 'up', 'down')
      || changeWordBefore(tokens, old.first - 1, old.first - 1 - Math.max(0, (mentions[target]?.first ?? 0) - CHANGE_CUE_WINDOW)) !== null);
    if (cued && target !== null && mentions[target]?.changeFrom === null) {
      const newer = mentions[target];
      if (newer) {
        newer.changeFrom = j;
        // "7,319 – a steep increase from 6,062": the values say which way it went.
        if (newer.direction === null && newer.value !== null && old.value !== null && newer.value !== old.value) newer.direction = newer.value > old.value ? 'up' : 'down';
      }
    }
  }
}

/** Longest noun between the old end of a change and its "to": "from nine full-time posts to five". */
const MAX_NOUN_BEFORE_TO = 3;

/** Number of plain words at tokens[at] that run up to a "to" (0 when there are none or no "to" follows). */
function nounBeforeTo(tokens: readonly Token[], at: number): number {
  for (let n = 0; n < MAX_NOUN_BEFORE_TO; n++) {
    const token = tokens[at + n];
    if (!isWord(token) || isWord(token, 'from', 'and', 'or', 'but')) return 0;
    if (n > 0 && isWord(token, 'to')) return n;
  }
  return isWord(tokens[at + MAX_NOUN_BEFORE_TO], 'to') ? MAX_NOUN_BEFORE_TO : 0;
}

/** Length in tokens of a comparison cue ending right before tokens[at] ("from", "compared with"), else 0. */
function comparisonCueBefore(tokens: readonly Token[], at: number): number {
  for (const cue of COMPARISON_CUES) if (wordsBefore(tokens, at, cue)) return cue.length;
  return 0;
}

function sameUnit(a: Mention, b: Mention): boolean {
  return a.unit === b.unit && (a.measure ?? '') === (b.measure ?? '') && a.kind !== 'rank' && b.kind !== 'rank';
}

/** The nearest earlier mention of the same unit, starting no earlier than token `limit`. */
function previousSameUnit(mentions: readonly RelatedMention[], j: number, limit: number): number | null {
  const old = mentions[j];
  if (!old) return null;
  for (let k = j - 1; k >= 0; k--) {
    const candidate = mentions[k];
    if (!candidate || candidate.last < limit) return null;
    if (sameUnit(candidate, old) && candidate.kind !== 'date' && candidate.kind !== 'year') return k;
  }
  return null;
}
