import { fileRule, type RuleFinding } from '../rule.js';
import { matches, numberMentions, numberWordValues, type NumberMention } from '../number-mentions.js';
import { positionInHeadline } from '../locate.js';

/** A body value this close (relative) to the headline's figure is named in the message as the likely source. */
const NEAR_MISS_RATIO = 0.25;

/** Each figure in the headline appears in the body: "7,000 children" over a body that says 7,319 is flagged. */
export const titleFigureMismatch = fileRule({
  id: 'title/figure-mismatch',
  description: 'every figure in the headline is in the body ("7,000" over a body saying 7,319 is flagged; "£4.2m" matches 4,213,000)',
  defaultSeverity: 'warn',
  defaultOptions: { ignoreYears: true },
  optionSpecs: { ignoreYears: { kind: 'boolean' } },
  fixable: false,
  check: (context, options) => {
    const headline = context.article.headline;
    if (headline === null || context.article.paragraphs.length === 0) return [];
    const wanted = numberMentions(headline).filter((mention) => !(options.ignoreYears && mention.year));
    if (wanted.length === 0) return [];
    const body = context.article.paragraphs.map((paragraph) => context.masked.slice(paragraph.start, paragraph.end)).join('\n');
    const bodyValues = [...numberMentions(body).map((mention) => mention.value), ...numberWordValues(body)];
    const findings: RuleFinding[] = [];
    for (const mention of wanted) {
      if (bodyValues.some((value) => matches(mention, value))) continue;
      const at = positionInHeadline(context, mention.text);
      if (at) findings.push({ ...at, message: message(mention, bodyValues) });
    }
    return findings;
  },
});

function message(mention: NumberMention, bodyValues: readonly number[]): string {
  const near = nearest(mention.value, bodyValues);
  const hint = near === null ? '' : ` (the body has ${groupDigits(near)})`;
  return `headline figure "${mention.text}" is not in the body${hint}`;
}

function nearest(value: number, candidates: readonly number[]): number | null {
  let best: number | null = null;
  for (const candidate of candidates) {
    if (Math.abs(candidate - value) > Math.abs(value) * NEAR_MISS_RATIO) continue;
    if (best === null || Math.abs(candidate - value) < Math.abs(best - value)) best = candidate;
  }
  return best;
}

/** 7319 → "7,319", the same on every machine (no locale data involved). */
export function groupDigits(value: number): string {
  if (!Number.isInteger(value)) return String(value);
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
