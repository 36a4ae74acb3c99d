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
    const bodyValues = [...numberMentions(body), ...numberWordValues(body)];
    const findings: RuleFinding[] = [];
    for (const mention of wanted) {
      if (bodyValues.some((candidate) => matches(mention, candidate.value))) continue;
      const at = positionInHeadline(context, mention.text);
      if (at) findings.push({ ...at, message: message(mention, bodyValues) });
    }
    return findings;
  },
});

function message(mention: NumberMention, bodyValues: readonly NumberMention[]): string {
  const near = nearest(mention.value, bodyValues);
  const hint = near === null ? '' : ` (the body has ${near.text})`;
  return `headline figure "${mention.text}" is not in the body${hint}`;
}

/** The body figure nearest in value, when it is close enough to be the one the headline rounded. */
function nearest(value: number, candidates: readonly NumberMention[]): NumberMention | null {
  let best: NumberMention | null = null;
  for (const candidate of candidates) {
    if (Math.abs(candidate.value - value) > Math.abs(value) * NEAR_MISS_RATIO) continue;
    if (best === null || Math.abs(candidate.value - value) < Math.abs(best.value - value)) best = candidate;
  }
  return best;
}

