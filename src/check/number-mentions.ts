// A small reader of the numbers written in a headline or body: "7,000", "£4.2m", "50%", "1.5 billion",
// "seven". Enough to ask "is the headline's figure in the body?"; src/extract/figures.ts does the
// full job (units, kinds, context) for summaries.

export interface NumberMention {
  text: string;
  start: number;
  end: number;
  value: number;
  /** How far off the written figure may be from the exact one: "4.2m" stands for 4.15m–4.25m. */
  tolerance: number;
  /** A bare four-digit number that reads as a year (1800–2199). */
  year: boolean;
}

const MULTIPLIERS: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12,
};

const SMALL_NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, dozen: 12, hundred: 100,
};

// Not part of a word or code ("G7", "Covid-19", "5G", "mp3"), a date or time ("9/11", "10:30"), or a longer number.
const NUMBER = /(?<![\p{L}_][-‐]?|[\p{N}.,/:])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:[^\S\r\n]?(k|m|bn|tn|thousand|million|billion|trillion))?(?![\p{L}\p{N}_]|[/:]\d|[.,]\d)/giu;
const NUMBER_WORD = /\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|dozen|hundred)(?:[^\S\r\n]+(thousand|million|billion|trillion))?\b/gi;
/** A score or a pair like "0-1" or "3-2": headlines print results the body tells in words. */
const SCORE = /^\d{1,2}[-–]\d{1,2}$/;

const FIRST_YEAR = 1800;
const LAST_YEAR = 2199;

/** Every number written with digits. */
export function numberMentions(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(NUMBER)) {
    if (isInScore(text, match.index, match[0].length)) continue;
    const whole = match[1] ?? '';
    const decimals = match[2] ?? '';
    const suffix = match[3]?.toLowerCase();
    const multiplier = suffix === undefined ? 1 : MULTIPLIERS[suffix] ?? 1;
    const mantissa = Number(`${whole.replaceAll(',', '')}${decimals}`);
    const unit = decimals === '' ? 1 : 10 ** -(decimals.length - 1);
    mentions.push({
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      value: mantissa * multiplier,
      // A figure with a multiplier is rounded to its last written digit; a plain count is exact.
      tolerance: suffix === undefined ? 0 : (unit / 2) * multiplier,
      year: suffix === undefined && decimals === '' && /^\d{4}$/.test(whole) && mantissa >= FIRST_YEAR && mantissa <= LAST_YEAR,
    });
  }
  return mentions;
}

/** Values of small numbers written as words: a body saying "seven" or "four million" supports "7" or "4m". */
export function numberWordValues(text: string): NumberMention[] {
  return [...text.matchAll(NUMBER_WORD)].map((match) => {
    const base = SMALL_NUMBER_WORDS[(match[1] ?? '').toLowerCase()] ?? -1;
    const multiplier = match[2] === undefined ? 1 : MULTIPLIERS[match[2].toLowerCase()] ?? 1;
    return { text: match[0], start: match.index, end: match.index + match[0].length, value: base * multiplier, tolerance: 0, year: false };
  });
}

function isInScore(text: string, start: number, length: number): boolean {
  const around = /[\d–-]*$/.exec(text.slice(Math.max(0, start - 3), start))?.[0] ?? '';
  const after = /^[\d–-]*/.exec(text.slice(start + length, start + length + 3))?.[0] ?? '';
  return SCORE.test(`${around}${text.slice(start, start + length)}${after}`);
}

/** True when `value` is what the mention says, allowing for its rounding. */
export function matches(mention: NumberMention, value: number): boolean {
  const slack = mention.tolerance + Math.abs(mention.value) * 1e-9;
  return Math.abs(mention.value - value) <= slack;
}
