// Which stories a briefing shows and in what order, from the story groups and a few header fields
// per article: no article text is needed, so this runs on tens of thousands of articles.
import type { StoryGroup } from '../compare/stories.js';
import type { AlsoItem, BriefArticle } from './types.js';

/** A story needs this many distinct sources to be briefed; fewer goes to the "also" list. */
export const MIN_SOURCES = 2;

export interface PlannedStory {
  /** Indices into the article list, in input order. */
  members: number[];
  /** Each member's mean similarity to the rest (same order as members). */
  scores: number[];
  label: string;
  keywords: string[];
  cohesion: number;
  sources: number;
  latest: string | null;
}

export interface BriefingPlan {
  /** Stories with at least MIN_SOURCES sources, most sources first, then the most recent. */
  stories: PlannedStory[];
  moreStories: number;
  also: AlsoItem[];
  moreAlso: number;
}

export interface PlanLimits {
  /** Most stories briefed in full. */
  stories: number;
  /** Most single-source items listed. */
  also: number;
}

/** Two articles share a source when they name the same outlet; one with no outlet is a source of its own. */
export function sourceKey(article: Pick<BriefArticle, 'file' | 'source'>): string {
  const outlet = article.source?.trim().replace(/\s+/g, ' ').toLowerCase();
  return outlet ? `outlet:${outlet}` : `file:${article.file}`;
}

export function countSources(articles: readonly Pick<BriefArticle, 'file' | 'source'>[]): number {
  return new Set(articles.map(sourceKey)).size;
}

/** The latest ISO date of the articles (ISO dates sort as strings), else null. */
export function latestDate(articles: readonly BriefArticle[]): string | null {
  let latest: string | null = null;
  for (const a of articles) if (a.date !== null && (latest === null || a.date > latest)) latest = a.date;
  return latest;
}

export function earliestDate(articles: readonly BriefArticle[]): string | null {
  let earliest: string | null = null;
  for (const a of articles) if (a.date !== null && (earliest === null || a.date < earliest)) earliest = a.date;
  return earliest;
}

/**
 * A story's label: the headline of its most typical article (the central one, then the next most
 * alike), else its keywords, else the central article's file.
 */
export function storyLabel(group: StoryGroup, articles: readonly BriefArticle[]): string {
  const central = articles[group.members[group.central]!]!;
  const byScore = group.members.map((m, i) => ({ m, score: i === group.central ? Number.POSITIVE_INFINITY : group.scores[i]! }))
    .sort((a, b) => b.score - a.score || a.m - b.m);
  const headline = byScore.map(({ m }) => articles[m]!.headline).find((h): h is string => h !== null);
  return headline ?? (group.keywords.join(' · ') || central.file);
}

export function planStory(group: StoryGroup, articles: readonly BriefArticle[]): PlannedStory {
  const members = group.members.map((m) => articles[m]!);
  return {
    members: [...group.members],
    scores: [...group.scores],
    label: storyLabel(group, articles),
    keywords: [...group.keywords],
    cohesion: group.cohesion,
    sources: countSources(members),
    latest: latestDate(members),
  };
}

/** Newer first; undated after dated. */
function byRecency(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a > b ? -1 : 1;
}

/** Most sources, then most recent, then most articles, then input order (so the same input gives the same briefing). */
export function compareStories(a: PlannedStory, b: PlannedStory): number {
  return b.sources - a.sources || byRecency(a.latest, b.latest) || b.members.length - a.members.length || a.members[0]! - b.members[0]!;
}

export function planBriefing(groups: readonly StoryGroup[], articles: readonly BriefArticle[], limits: PlanLimits): BriefingPlan {
  const planned = groups.map((g) => planStory(g, articles));
  const multi = planned.filter((s) => s.sources >= MIN_SOURCES).sort(compareStories);
  const single = planned.filter((s) => s.sources < MIN_SOURCES)
    .sort((a, b) => byRecency(a.latest, b.latest) || a.members[0]! - b.members[0]!);
  return {
    stories: multi.slice(0, limits.stories),
    moreStories: Math.max(0, multi.length - limits.stories),
    also: single.slice(0, limits.also).map((s) => alsoItem(s, articles)),
    moreAlso: Math.max(0, single.length - limits.also),
  };
}

function alsoItem(story: PlannedStory, articles: readonly BriefArticle[]): AlsoItem {
  const members = story.members.map((m) => articles[m]!);
  return { label: story.label, source: members.find((a) => a.source !== null)?.source ?? null, date: story.latest, files: members.map((a) => a.file) };
}

/**
 * The members read in full for the summary, quotes and figures: the best-placed article of each
 * source first (every outlet gets a voice), then the most typical others, at most `limit`; in input order.
 */
export function membersToRead(story: PlannedStory, articles: readonly BriefArticle[], limit: number): number[] {
  const ranked = story.members.map((m, i) => ({ m, score: story.scores[i]! })).sort((a, b) => b.score - a.score || a.m - b.m);
  const chosen: number[] = [];
  const seen = new Set<string>();
  for (const { m } of ranked) {
    const key = sourceKey(articles[m]!);
    if (!seen.has(key) && chosen.length < limit) chosen.push(m);
    seen.add(key);
  }
  for (const { m } of ranked) if (chosen.length < limit && !chosen.includes(m)) chosen.push(m);
  return chosen.sort((a, b) => a - b);
}
