// A page's article metadata, each field taken from the first source that has it: JSON-LD
// NewsArticle, then meta tags (Open Graph, article:published_time, author, keywords), then the
// <title> (with the site name cut off) and the page's first <h1> or <time>.
import type { DomDocument } from './dom.js';
import { collapseSpace, linkedDataMeta, type LinkedDataMeta } from './json-ld.js';

export type HtmlMetaSource = 'json-ld' | 'meta' | 'title' | 'heading';

export interface HtmlMeta extends LinkedDataMeta {
  /** Where the headline came from. */
  headlineFrom: HtmlMetaSource | null;
}

/** A title part after a separator is a site name only when it is this short. */
export const MAX_SITE_NAME_WORDS = 5;
/** …and the part before it is a headline only when it has at least this many words. */
export const MIN_TITLE_HEADLINE_WORDS = 3;

const META_KEYS = {
  headline: ['og:title', 'twitter:title', 'headline'],
  dateText: ['article:published_time', 'og:article:published_time', 'datepublished', 'article.published', 'pubdate', 'publish-date', 'date', 'dc.date.issued', 'dc.date', 'parsely-pub-date', 'sailthru.date'],
  byline: ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl'],
  source: ['og:site_name', 'application-name', 'publisher'],
  url: ['og:url'],
  tags: ['article:tag', 'news_keywords', 'keywords'],
} as const;

/** Title separators: " | ", " - ", " – ", " — ", " :: ", " · ". */
const TITLE_SEPARATOR = /\s+(?:[|\-–—·]|::)\s+/g;

export function readHtmlMeta(document: DomDocument): HtmlMeta {
  const layers: Array<[HtmlMetaSource, Partial<LinkedDataMeta>]> = [
    ['json-ld', linkedDataMeta(jsonLdBlocks(document)) ?? {}],
    ['meta', metaTagMeta(document)],
    ['title', titleMeta(document)],
    ['heading', fallbackMeta(document)],
  ];
  const first = <K extends keyof LinkedDataMeta>(key: K): [HtmlMetaSource, NonNullable<LinkedDataMeta[K]>] | null => {
    for (const [from, layer] of layers) {
      const value = layer[key];
      if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) return [from, value as NonNullable<LinkedDataMeta[K]>];
    }
    return null;
  };
  const headline = first('headline');
  return {
    headline: headline?.[1] ?? null,
    headlineFrom: headline?.[0] ?? null,
    dateText: first('dateText')?.[1] ?? null,
    byline: first('byline')?.[1] ?? null,
    source: first('source')?.[1] ?? null,
    url: first('url')?.[1] ?? null,
    tags: first('tags')?.[1] ?? [],
  };
}

function jsonLdBlocks(document: DomDocument): unknown[] {
  const blocks: unknown[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type]'))) {
    if (!/^application\/ld\+json$/i.test((script.getAttribute('type') ?? '').trim())) continue;
    try {
      blocks.push(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common on real pages; the meta tags and <title> still give the metadata.
    }
  }
  return blocks;
}

function metaTagMeta(document: DomDocument): Partial<LinkedDataMeta> {
  const values = new Map<string, string[]>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const value = collapseSpace(meta.getAttribute('content') ?? '');
    if (key !== '' && value !== '') values.set(key, [...(values.get(key) ?? []), value]);
  }
  const firstOf = (keys: readonly string[], accept: (value: string) => boolean = () => true): string | null => {
    for (const key of keys) for (const value of values.get(key) ?? []) if (accept(value)) return value;
    return null;
  };
  const tagKey = META_KEYS.tags.find((key) => values.has(key));
  return {
    headline: firstOf(META_KEYS.headline),
    dateText: firstOf(META_KEYS.dateText),
    // article:author is often a profile URL, which names nobody.
    byline: firstOf(META_KEYS.byline, (value) => !/^(?:https?:)?\/\//i.test(value)),
    source: firstOf(META_KEYS.source),
    url: firstOf(META_KEYS.url) ?? canonicalUrl(document),
    tags: tagKey === undefined ? [] : (values.get(tagKey) ?? []).flatMap((value) => value.split(',')).map((tag) => tag.trim()).filter(Boolean),
  };
}

function canonicalUrl(document: DomDocument): string | null {
  const href = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return href ? collapseSpace(href) || null : null;
}

/** The <title>, split into headline and site name when it ends in " | Site Name". */
function titleMeta(document: DomDocument): Partial<LinkedDataMeta> {
  const title = collapseSpace(document.querySelector('title')?.textContent ?? '');
  if (title === '') return {};
  return splitTitle(title);
}

export function splitTitle(title: string): { headline: string; source: string | null } {
  const separators = [...title.matchAll(TITLE_SEPARATOR)];
  const last = separators.at(-1);
  if (!last) return { headline: title, source: null };
  const headline = title.slice(0, last.index).trim();
  const site = title.slice(last.index + last[0].length).trim();
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  if (words(site) > MAX_SITE_NAME_WORDS || words(headline) < MIN_TITLE_HEADLINE_WORDS) return { headline: title, source: null };
  return { headline, source: site };
}

/** Last resorts: the first <h1> for a headline, the first <time datetime> for a date. */
function fallbackMeta(document: DomDocument): Partial<LinkedDataMeta> {
  const heading = collapseSpace(document.querySelector('h1')?.textContent ?? '');
  const time = collapseSpace(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? '');
  return { headline: heading || null, dateText: time || null };
}
