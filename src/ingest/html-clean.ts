// Removes the parts of a news page that are never the article before Readability scores it:
// navigation, cookie banners, share bars, ads, related-story lists, comments, newsletter and
// paywall boxes. Readability alone keeps some of these when they sit inside the article element.
import type { DomDocument, DomElement } from './dom.js';

/** Elements that are never article text, whatever their class. */
const REMOVED_ELEMENTS = 'nav, aside, footer, form, button, dialog, iframe, noscript, template, svg, [hidden], [aria-hidden="true"]';

/** ARIA roles of page furniture. */
const REMOVED_ROLES = /^(?:navigation|banner|contentinfo|complementary|dialog|alertdialog|search|menu|menubar|toolbar)$/i;

/**
 * Words in class names and ids (split at spaces, "-" and "_") that news sites give to furniture.
 * Whole parts only: "ad" matches "ad-slot" and "inline-ad", not "shadow" or "header".
 */
const FURNITURE_PARTS = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'adslot', 'dfp', 'gpt', 'mpu', 'leaderboard', 'outbrain', 'taboola',
  'promo', 'promotion', 'sponsor', 'sponsored',
  'share', 'sharing', 'sharedaddy', 'social', 'sociallinks',
  'related', 'relatedposts', 'recommended', 'recommendations', 'recirc', 'trending', 'popular', 'mostread',
  'comment', 'comments', 'disqus', 'respond', 'replies',
  'cookie', 'cookies', 'consent', 'gdpr',
  'newsletter', 'signup', 'subscribe', 'subscription', 'paywall', 'donate', 'donation',
  'breadcrumb', 'breadcrumbs', 'links', 'caption', 'gallery', 'carousel', 'pullquote', 'bio', 'tags', 'topics',
  'sidebar', 'widget', 'masthead', 'skip', 'screen', 'visually', 'sr',
]);
/** Two-part names whose parts alone mean little: "most-read", "more-stories", "author-bio". */
const FURNITURE_PAIRS = /(?:^|[\s_-])(?:most[-_]read|more[-_](?:stories|news|from)|read[-_]more|author[-_](?:bio|box|card)|tag[-_]list|pull[-_]quote|sr[-_]only)(?:$|[\s_-])/i;

/** A furniture element holding more than this share of the page's paragraph text is kept: it is a wrapper. */
export const MAX_REMOVED_TEXT_SHARE = 0.5;

export function removeBoilerplate(document: DomDocument): void {
  const body = document.body;
  if (!body) return;
  const pageText = paragraphChars(body);
  const headline = document.querySelector('h1');
  const candidates = [
    ...Array.from(body.querySelectorAll(REMOVED_ELEMENTS)),
    ...Array.from(body.querySelectorAll('[class], [id], [role], [data-component]')).filter(isFurniture),
  ];
  for (const element of [...candidates, ...footnoteMarks(body)]) {
    if (!body.contains(element)) continue; // already gone with an ancestor
    if (headline && element.contains(headline)) continue;
    if (paragraphChars(element) > MAX_REMOVED_TEXT_SHARE * pageText) continue;
    element.remove();
  }
}

/** Footnote and reference marks ("¹", "[2]"): a superscript number linking to a note on the same page. */
function footnoteMarks(body: DomElement): DomElement[] {
  return Array.from(body.querySelectorAll('sup')).filter((sup) =>
    /^\s*\[?\d{1,3}\]?\s*$/.test(sup.textContent ?? '') && (sup.querySelector('a[href^="#"]') !== null || /^#/.test(sup.getAttribute('href') ?? '')));
}

function isFurniture(element: DomElement): boolean {
  if (REMOVED_ROLES.test(element.getAttribute('role') ?? '')) return true;
  const names = [element.getAttribute('class'), element.getAttribute('id'), element.getAttribute('data-component')].filter(Boolean).join(' ');
  if (names === '') return false;
  if (FURNITURE_PAIRS.test(names)) return true;
  return names.toLowerCase().split(/[\s_-]+/).some((part) => FURNITURE_PARTS.has(part));
}

function paragraphChars(root: DomElement): number {
  let chars = 0;
  for (const paragraph of Array.from(root.querySelectorAll('p'))) chars += (paragraph.textContent ?? '').length;
  return chars;
}
