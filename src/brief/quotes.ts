// A story's key quotes: the quotes of all its articles matched across outlets (compare's quote
// groups), each with its speaker and the outlets that carry it, the ones most outlets carry first.
import type { Article, Quote, QuoteGroup, QuoteGroupMember, QuoteMatch } from '../model.js';
import { groupQuotes, matchQuotes, speakerKey } from '../compare/quotes.js';
import { alignWords, quoteWords } from '../compare/wording.js';
import { quoteScore, REPEAT_SPEAKER_FACTOR } from '../extract/quote-rank.js';
import { countSources } from './plan.js';
import type { BriefQuote, QuoteCarrier, QuoteWording } from './types.js';

/**
 * How much being carried by more sources multiplies a quote's own score (0-1): by 1 + weight × log2(sources).
 * At 0.5 a quote two outlets carry counts 1.5 times; a multiplier, so a two-word fragment every
 * outlet repeats does not outrank a whole statement, and a logarithm, so twenty copies are not twenty votes.
 */
export const QUOTE_SOURCE_WEIGHT = 0.5;
/**
 * A reworded quote counts as another outlet's version only when this share of both quotes' words
 * align (Dice). Compare's near-identical test looks at the shorter quote alone, so a short remark
 * of the same speaker can "match" a long quote; shown as a variant, it would misquote the outlet.
 */
export const VARIANT_MIN_OVERLAP = 0.5;

interface Candidate {
  quote: BriefQuote;
  score: number;
}

/** The `limit` key quotes of a story, best first; greedy, so that speakers vary. */
export function keyQuotes(articles: readonly Article[], quotesPerArticle: readonly (readonly Quote[])[], limit: number): BriefQuote[] {
  const candidates = groupQuotes(quotesPerArticle)
    .map((group) => candidate(group, articles, quotesPerArticle))
    .filter((c) => c.score > 0);
  const chosen: Candidate[] = [];
  const spoken = new Map<string, number>();
  const speakerOf = (c: Candidate) => (c.quote.speaker === null ? '' : speakerKey(c.quote.speaker));
  while (chosen.length < limit) {
    let best: Candidate | null = null;
    let bestScore = 0;
    for (const c of candidates) {
      if (chosen.includes(c)) continue;
      const adjusted = c.score * REPEAT_SPEAKER_FACTOR ** (spoken.get(speakerOf(c)) ?? 0);
      if (adjusted > bestScore) { best = c; bestScore = adjusted; }
    }
    if (best === null) break;
    chosen.push(best);
    spoken.set(speakerOf(best), (spoken.get(speakerOf(best)) ?? 0) + 1);
  }
  return chosen.map((c) => c.quote);
}

/**
 * The members that match the group's reference quote themselves. A group is joined link by link,
 * so its far ends can be different quotes of one speaker: those are not "the same quote".
 */
export function carryingMembers(group: QuoteGroup): QuoteGroupMember[] {
  const [reference, ...rest] = group.members;
  if (!reference) return [];
  const seen = new Set([reference.article]);
  const out = [reference];
  for (const m of rest) {
    const match = matchQuotes(reference.quote, m.quote);
    if (seen.has(m.article) || match === null || (match === 'reworded' && overlap(reference.quote, m.quote) < VARIANT_MIN_OVERLAP)) continue;
    seen.add(m.article);
    out.push(m);
  }
  return out;
}

/** Dice coefficient of the two quotes' aligned words. */
export function overlap(a: Quote, b: Quote): number {
  const [wa, wb] = [quoteWords(a.text), quoteWords(b.text)];
  return wa.length + wb.length === 0 ? 0 : (2 * alignWords(wa, wb).length) / (wa.length + wb.length);
}

function candidate(group: QuoteGroup, articles: readonly Article[], quotesPerArticle: readonly (readonly Quote[])[]): Candidate {
  const members = carryingMembers(group);
  const own = Math.max(...members.map((m) => {
    const quotes = quotesPerArticle[m.article]!;
    return quoteScore(m.quote, quotes.indexOf(m.quote), quotes.length);
  }));
  const quote = toBriefQuote(members, articles);
  return { quote, score: own * (1 + QUOTE_SOURCE_WEIGHT * Math.log2(quote.sources)) };
}

/** The name most members give the speaker (matched by surname), as written at its longest: "Cllr Helen Ashworth" over "Ms Ashworth". */
export function groupSpeaker(members: readonly QuoteGroupMember[]): string | null {
  const byKey = new Map<string, string[]>();
  for (const m of members) {
    if (m.quote.speaker === null) continue;
    const key = speakerKey(m.quote.speaker);
    byKey.set(key, [...(byKey.get(key) ?? []), m.quote.speaker]);
  }
  let names: string[] = [];
  for (const candidate of byKey.values()) if (candidate.length > names.length) names = candidate;
  return names.reduce<string | null>((longest, name) => (longest === null || name.length > longest.length ? name : longest), null);
}

export function wordingOf(match: QuoteMatch | null): QuoteWording {
  if (match === null || match === 'same') return 'same';
  return match === 'reworded' ? 'variant' : 'partial';
}

function toBriefQuote(members: readonly QuoteGroupMember[], articles: readonly Article[]): BriefQuote {
  const carriedBy: QuoteCarrier[] = members.map((m) => {
    const article = articles[m.article]!;
    const wording = wordingOf(m.match);
    return { file: article.file, source: article.source, line: m.quote.line, wording, match: m.match, text: wording === 'same' ? null : m.quote.text };
  });
  const speaker = groupSpeaker(members);
  const ofSpeaker = members.filter((m) => m.quote.speaker !== null && speaker !== null && speakerKey(m.quote.speaker) === speakerKey(speaker));
  return {
    text: members[0]!.quote.text,
    speaker,
    speakerRole: ofSpeaker.find((m) => m.quote.speakerRole !== null)?.quote.speakerRole ?? null,
    sources: countSources(carriedBy),
    variants: carriedBy.some((c) => c.wording === 'variant'),
    carriedBy,
  };
}
