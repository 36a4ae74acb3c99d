// Key figures: the ones a reader most wants. A figure scores for where it stands (the lead), what it is
// (money and percentages over years and durations), how big a count it is, whether it is compared
// (a change, a direction), and whether the story comes back to it (the headline, a repeat).

import type { Figure, FigureKind } from '../model.js';

/** What a kind of figure is worth before anything else is known. Years and durations rarely carry a story. */
export const KIND_WEIGHT: Readonly<Record<FigureKind, number>> = {
  money: 1.0, percent: 0.9, count: 0.5, range: 0.6, ratio: 0.6, rank: 0.4, age: 0.3, year: 0.1, date: 0.1, other: 0,
};
/** Bonus for the first sentence; it fades over LEAD_SENTENCES sentences. Trades "news first" against figures deep in the text. */
export const LEAD_WEIGHT = 1.0;
export const LEAD_SENTENCES = 6;
/** Bonus for a change or a comparison: figures that move are the news. */
export const CHANGE_WEIGHT = 0.6;
/** Per power of ten of a count, an amount or a measure: "$3.36bn" and "464,000 subscribers" over "$1.64" and "two firms". */
export const MAGNITUDE_WEIGHT = 0.08;
/** Powers of ten past which size earns nothing more: a trillion is not worth more than a billion to a reader. */
export const MAGNITUDE_CAP = 9;
/** A conversion in brackets right after another figure ("$1.13bn (£600m)") repeats that figure. */
export const CONVERSION_PENALTY = 1.5;
/** Bonus when the headline holds the same number. */
export const HEADLINE_WEIGHT = 1.0;
/** Bonus for each later mention of the same value and unit (capped at two): the story keeps coming back to it. */
export const REPEAT_WEIGHT = 0.3;
/** Durations and measures: "three years" is seldom a key figure. */
export const DURATION_PENALTY = 0.4;

export interface RankContext {
  headline?: string | null;
  /** The article text the figures' offsets point into; lets conversions in brackets be recognised. */
  text?: string;
}

/** Indices of the figures a reader most wants, best first; figures of kind "other" never rank. */
export function rankFigures(figures: readonly Figure[], limit: number, context: RankContext = {}): number[] {
  const headlineNumbers = numbersIn(context.headline ?? '');
  const linked = new Set<number>();
  for (const f of figures) if (f.changeFrom !== null) linked.add(f.changeFrom);
  const seen = new Map<string, number>();
  const repeats = new Map<string, number>();
  // Each key once: writing a value as a string is most of the cost of a key. Pushed onto a literal, not
  // figures.map(keyOf): map's array is holey or packed, and of numbers when empty, as V8 happens to
  // run it, and each new kind deoptimised the loops over it (rankFigures was compiled 3 times a BBC run).
  const keys: string[] = [];
  for (const figure of figures) {
    const key = keyOf(figure);
    keys.push(key);
    repeats.set(key, (repeats.get(key) ?? 0) + 1);
  }
  const scored: Array<{ index: number; score: number }> = [];
  figures.forEach((figure, index) => {
    if (figure.kind === 'other' || figure.value === null) return;
    const key = keys[index]!;
    if (seen.has(key)) return;
    seen.set(key, index);
    const conversion = context.text !== undefined && isConversion(figures, index, context.text);
    scored.push({ index, score: figureScore(figure, linked.has(index), headlineNumbers, repeats.get(key) ?? 1) - (conversion ? CONVERSION_PENALTY : 0) });
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.slice(0, limit).map((s) => s.index);
}

function figureScore(figure: Figure, isOldEnd: boolean, headlineNumbers: ReadonlySet<string>, mentions: number): number {
  let score = KIND_WEIGHT[figure.kind === 'range' ? rangeKind(figure) : figure.kind];
  score += LEAD_WEIGHT * Math.max(0, 1 - figure.sentence / LEAD_SENTENCES);
  if (figure.changeFrom !== null || figure.direction !== null) score += CHANGE_WEIGHT;
  else if (isOldEnd) score += CHANGE_WEIGHT / 2;
  const sized = figure.kind === 'money' || figure.kind === 'count' || figure.kind === 'range';
  if (sized && figure.unit !== 'duration' && figure.value !== null && figure.value > 1) score += MAGNITUDE_WEIGHT * Math.min(MAGNITUDE_CAP, Math.log10(figure.value));
  if (figure.unit === 'duration') score -= DURATION_PENALTY;
  if (headlineNumbers.has(numberKey(figure.text))) score += HEADLINE_WEIGHT;
  score += REPEAT_WEIGHT * Math.min(2, mentions - 1);
  return score;
}

/** "$1.13bn (£600m)", "540bn yen ($5.2bn; £2.77bn)": the figure sits in brackets that open right after another figure. */
function isConversion(figures: readonly Figure[], index: number, text: string): boolean {
  const figure = figures[index];
  if (!figure || figure.kind !== 'money') return false;
  for (let k = index - 1; k >= 0 && k >= index - 2; k--) {
    const before = figures[k];
    if (!before || (before.kind !== 'money' && before.kind !== 'range')) return false;
    const between = text.slice(before.end, figure.start);
    if (/^\s*\(\s*$/.test(between) || (/^\s*[;,]\s*$/.test(between) && k < index - 0)) return /\(/.test(text.slice(Math.max(0, figure.start - 40), figure.start));
  }
  return false;
}

/** A range weighs what its ends are: money, a percentage or a count. */
function rangeKind(figure: Figure): FigureKind {
  if (figure.unit === 'GBP' || figure.unit === 'USD' || figure.unit === 'EUR') return 'money';
  if (figure.unit === 'percent') return 'percent';
  return figure.unit === 'age' ? 'age' : figure.unit === 'year' ? 'year' : 'range';
}

function keyOf(figure: Figure): string {
  return `${figure.unit}:${figure.value}:${figure.kind}`;
}

/** The digits of a figure's text ("£9.2m" → "9.2"), to find the same number in a headline. */
function numberKey(text: string): string {
  return (/\d[\d,.]*/.exec(text)?.[0] ?? text).replace(/,/g, '').replace(/\.$/, '');
}

function numbersIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const match of text.matchAll(/\d[\d,.]*/g)) out.add(match[0].replace(/,/g, '').replace(/\.$/, ''));
  return out;
}
