// One story of the briefing: its articles, one merged summary, key quotes and key figures.
import type { Article } from '../model.js';
import { extractForSummary } from '../summarize/digest.js';
import { mergeSummaries } from '../summarize/merge.js';
import { keyFigures } from './figures.js';
import { keyQuotes } from './quotes.js';
import type { PlannedStory } from './plan.js';
import type { BriefArticle, BriefStory } from './types.js';

export interface BriefOptions {
  /** Sentences in each story's merged summary. */
  sentences: number;
  /** Key quotes per story. */
  quotes: number;
  /** Key figures (and at most as many conflicts) per story. */
  figures: number;
}

/**
 * `members` are all the story's articles (header fields only), `read` the ones read in full
 * (see membersToRead): the summary, quotes and figures come from those.
 */
export function briefStory(story: PlannedStory, members: readonly BriefArticle[], read: readonly Article[], options: BriefOptions): BriefStory {
  const extracted = read.map(extractForSummary);
  const articles = extracted.map((e) => e.article);
  const merged = mergeSummaries(articles, { sentences: options.sentences, ratio: null, words: null }, extracted.map((e) => ({ quotes: e.quotes, figures: e.figures })));
  const figures = keyFigures(articles, extracted.map((e) => e.figures), options.figures);
  return {
    label: story.label,
    keywords: story.keywords,
    sources: story.sources,
    latest: story.latest,
    cohesion: story.cohesion,
    articles: orderArticles(members),
    summary: merged.summary,
    quotes: keyQuotes(articles, extracted.map((e) => e.quotes), options.quotes),
    figures: figures.figures,
    conflicts: figures.conflicts,
  };
}

/** Newest first, undated last; then by file, so the list reads the same every run. */
function orderArticles(members: readonly BriefArticle[]): BriefArticle[] {
  return members.map((a) => ({ file: a.file, source: a.source, headline: a.headline, date: a.date }))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
