// `digest brief`: articles in, one briefing out. The CLI runs these steps over files in two passes
// (profile everything, then read only the briefed stories in full); buildBriefing runs them over
// articles already in memory.
import type { Article } from '../model.js';
import { profileArticle } from '../compare/profile.js';
import { StoryCollection } from '../compare/stories.js';
import { earliestDate, latestDate, membersToRead, planBriefing, type BriefingPlan, type PlanLimits } from './plan.js';
import { briefStory, type BriefOptions } from './story.js';
import type { BriefArticle, Briefing, BriefStory } from './types.js';

export type { BriefOptions } from './story.js';
export type { PlanLimits } from './plan.js';

/**
 * Most articles of one story read in full. The summary, quotes and figures come from these (every
 * source first, then the most typical). Matching quotes and pooling sentences cost time quadratic
 * in this number: on the BBC corpus 12 made the second pass about twice as slow as 8, and a
 * three-sentence summary and three quotes seldom need a ninth article.
 */
export const MAX_ARTICLES_READ_PER_STORY = 8;

export interface BriefingOptions extends BriefOptions, PlanLimits {
  /** Story threshold, or the stories default. */
  threshold: number | undefined;
}

export function briefArticle(article: Pick<Article, 'file' | 'source' | 'headline' | 'date'>): BriefArticle {
  return { file: article.file, source: article.source, headline: article.headline, date: article.date };
}

/** Puts the briefed stories and the plan's lists together. */
export function assembleBriefing(plan: BriefingPlan, stories: BriefStory[], articles: readonly BriefArticle[]): Briefing {
  return {
    from: earliestDate(articles),
    to: latestDate(articles),
    articles: articles.length,
    stories,
    moreStories: plan.moreStories,
    also: plan.also,
    moreAlso: plan.moreAlso,
  };
}

/** The whole briefing of articles held in memory (tests, small inputs). */
export function buildBriefing(articles: readonly Article[], options: BriefingOptions): Briefing {
  const collection = new StoryCollection();
  for (const article of articles) collection.add(profileArticle(article), article);
  const metas = articles.map(briefArticle);
  const plan = planBriefing(collection.stories(options.threshold), metas, options);
  const stories = plan.stories.map((story) => {
    const read = membersToRead(story, metas, MAX_ARTICLES_READ_PER_STORY).map((m) => articles[m]!);
    return briefStory(story, story.members.map((m) => metas[m]!), read, options);
  });
  return assembleBriefing(plan, stories, metas);
}
