// What the briefing's text, Markdown and HTML renderers say alike: outlet names, who carries a
// quote, date ranges, headings. Plain strings; each renderer escapes them for its own format.
import type { BriefArticle, BriefConflict, Briefing, BriefQuote, QuoteCarrier } from '../brief/types.js';
import { oneLine, plural } from './style.js';

export const BRIEFING_TITLE = 'News briefing';
/** Articles listed per story in text, Markdown and HTML (JSON lists all): a topic-sized story would fill the page. */
export const MAX_SHOWN_ARTICLES = 12;

/** The outlet's name, else the file's own name (no folders): what a reader recognises. */
export function outletName(carrier: { source: string | null; file: string }): string {
  return oneLine(carrier.source ?? carrier.file.split('/').pop() ?? carrier.file);
}

/** "2025-03-04", "2025-03-04 to 2025-03-05", or null when no article is dated. */
export function dateRange(from: string | null, to: string | null): string | null {
  if (from === null || to === null) return from ?? to;
  return from === to ? from : `${from} to ${to}`;
}

/** The line under the title: articles, dates, how many stories and single-source items. */
export function briefingFacts(briefing: Briefing): string {
  const stories = briefing.stories.length + briefing.moreStories;
  const single = briefing.also.length + briefing.moreAlso;
  return [
    plural(briefing.articles, 'article'),
    dateRange(briefing.from, briefing.to),
    `${plural(stories, 'story', 'stories')} from several sources`,
    plural(single, 'single-source item'),
  ].filter((p): p is string => p !== null).join(' · ');
}

/**
 * "3 sources · latest 2025-03-05 · council, review": the line under a story's label. When no article
 * names its outlet (a one-outlet archive), each counts as a source of its own for the briefing, but
 * "22 sources" would claim 22 outlets: the line says articles instead.
 */
export function storyFacts(story: Briefing['stories'][number]): string {
  const outletsNamed = story.articles.some((article) => article.source !== null);
  return [
    outletsNamed ? plural(story.sources, 'source') : `${plural(story.articles.length, 'article')}, no outlet named`,
    outletsNamed && story.articles.length > story.sources ? plural(story.articles.length, 'article') : null,
    story.latest === null ? null : `latest ${story.latest}`,
    story.keywords.map(oneLine).join(', ') || null,
  ].filter((p): p is string => p !== null).join(' · ');
}

/** "Helen Ashworth, leader of Kelsford Borough Council", or "(unattributed)". */
export function speakerLine(quote: BriefQuote): string {
  return oneLine([quote.speaker ?? '(unattributed)', quote.speakerRole].filter(Boolean).join(', '));
}

/** "Kelsford Courier", "Valley Echo (partial)", "Wendshire Live (variant)". */
export function carrierLabel(carrier: QuoteCarrier): string {
  return carrier.wording === 'same' ? outletName(carrier) : `${outletName(carrier)} (${carrier.wording})`;
}

/** The carriers whose wording differs from the shown quote, to show their words. */
export function variantCarriers(quote: BriefQuote): QuoteCarrier[] {
  return quote.carriedBy.filter((c) => c.wording === 'variant' && c.text !== null);
}

/** "$27.5bn (025.txt, 230.txt) vs $27bn (332.txt)": each value once, with the outlets that give it. */
export function conflictLine(conflict: BriefConflict): string {
  const byValue = new Map<string, { text: string; outlets: string[] }>();
  for (const c of conflict.values) {
    const key = c.value === null ? `text:${oneLine(c.text)}` : String(c.value);
    const entry = byValue.get(key) ?? { text: oneLine(c.text), outlets: [] };
    entry.outlets.push(outletName(c));
    byValue.set(key, entry);
  }
  return [...byValue.values()].map((v) => `${v.text} (${v.outlets.join(', ')})`).join(' vs ');
}

/** The articles a human format lists, and how many more there are. */
export function shownArticles(articles: readonly BriefArticle[]): { shown: BriefArticle[]; more: number } {
  return { shown: articles.slice(0, MAX_SHOWN_ARTICLES), more: Math.max(0, articles.length - MAX_SHOWN_ARTICLES) };
}

/** "and 3 more stories", "and 1 more single-source item". */
export function moreLine(count: number, one: string, many: string): string {
  return `and ${count} more ${count === 1 ? one : many}`;
}
