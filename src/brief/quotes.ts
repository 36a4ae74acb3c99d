// A story's key quotes: the quotes of all its articles matched across outlets (compare's quote
// groups), each with its speaker and the outlets that carry it, the ones most outlets carry first.
import type { Article, Quote, QuoteGroup, QuoteGroupMember, QuoteMatch } from '../model.js';
import { groupQuotes, speakerKey } from '../compare/quotes.js';
import { quoteScore, REPEAT_SPEAKER_FACTOR } from '../extract/quote-rank.js';
import { countSources } from './plan.js';
import type { BriefQuote, QuoteCarrier, QuoteWording } from './types.js';

/**
 * What each further source carrying a quote adds to its score (a quote's own score is 0-1). At 0.5 a
 * quote two outlets carry beats a single outlet's unless that one is much the better quote.
 */
export const QUOTE_SOURCE_WEIGHT = 0.5;

interface ScoredGroup {
  group: QuoteGroup;
  score: number;
  speaker: string | null;
}

/** The `limit` key quotes of a story, best first; greedy, so that speakers vary. */
export function keyQuotes(articles: readonly Article[], quotesPerArticle: readonly (readonly Quote[])[], limit: number): BriefQuote[] {
  const scored = groupQuotes(quotesPerArticle)
    .map((group) => scoreGroup(group, articles, quotesPerArticle))
    .filter((g) => g.score > 0);
  const chosen: ScoredGroup[] = [];
  const spoken = new Map<string, number>();
  while (chosen.length < limit) {
    let best: ScoredGroup | null = null;
    let bestScore = 0;
    for (const g of scored) {
      if (chosen.includes(g)) continue;
      const adjusted = g.score * REPEAT_SPEAKER_FACTOR ** (spoken.get(speakerOf(g)) ?? 0);
      if (adjusted > bestScore) { best = g; bestScore = adjusted; }
    }
    if (best === null) break;
    chosen.push(best);
    spoken.set(speakerOf(best), (spoken.get(speakerOf(best)) ?? 0) + 1);
  }
  return chosen.map((g) => toBriefQuote(g, articles));
}

function speakerOf(g: ScoredGroup): string {
  return g.speaker === null ? '' : speakerKey(g.speaker);
}

function scoreGroup(group: QuoteGroup, articles: readonly Article[], quotesPerArticle: readonly (readonly Quote[])[]): ScoredGroup {
  const own = Math.max(...group.members.map((m) => {
    const quotes = quotesPerArticle[m.article]!;
    return quoteScore(m.quote, quotes.indexOf(m.quote), quotes.length);
  }));
  const sources = countSources(distinctArticles(group).map((i) => articles[i]!));
  return { group, score: own > 0 ? own + QUOTE_SOURCE_WEIGHT * (sources - 1) : 0, speaker: groupSpeaker(group.members) };
}

function distinctArticles(group: QuoteGroup): number[] {
  return [...new Set(group.members.map((m) => m.article))];
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

function toBriefQuote(scored: ScoredGroup, articles: readonly Article[]): BriefQuote {
  const seen = new Set<number>();
  const carriedBy: QuoteCarrier[] = [];
  for (const m of scored.group.members) {
    if (seen.has(m.article)) continue;
    seen.add(m.article);
    const article = articles[m.article]!;
    const wording = wordingOf(m.match);
    carriedBy.push({ file: article.file, source: article.source, line: m.quote.line, wording, match: m.match, text: wording === 'same' ? null : m.quote.text });
  }
  const reference = scored.group.members[0]!.quote;
  const role = scored.group.members.find((m) => m.quote.speakerRole !== null)?.quote.speakerRole ?? null;
  return {
    text: reference.text,
    speaker: scored.speaker,
    speakerRole: role,
    sources: countSources(carriedBy),
    variants: carriedBy.some((c) => c.wording === 'variant'),
    carriedBy,
  };
}
