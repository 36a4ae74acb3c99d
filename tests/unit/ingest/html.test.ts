import { describe, expect, it } from 'vitest';
import { isProblem, parseArticleText } from '../../../src/ingest/parse.js';
import type { Article, Problem } from '../../../src/model.js';
import { jsonLd, meta, page, PROSE } from '../../helpers/html-page.js';

function article(html: string, file = 'page.html'): Article {
  const parsed = parseArticleText(file, html);
  if (isProblem(parsed)) throw new Error(`${parsed.code}: ${parsed.message}`);
  return parsed;
}

function problemOf(html: string, file = 'page.html'): Problem {
  const parsed = parseArticleText(file, html);
  if (!isProblem(parsed)) throw new Error(`expected a problem, got an article of ${parsed.paragraphs.length} paragraphs`);
  return parsed;
}

const NEWS_ARTICLE = {
  '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'From JSON-LD', datePublished: '2025-03-04T23:45:00-05:00',
  author: { '@type': 'Person', name: 'Lina Marsh' }, publisher: { '@type': 'Organization', name: 'Westcombe Courier' },
  url: 'https://example.org/ld', keywords: 'bridges, Westcombe',
};
const OPEN_GRAPH = [
  meta('og:title', 'From Open Graph'), meta('og:site_name', 'Courier (OG)'), meta('og:url', 'https://example.org/og'),
  meta('article:published_time', '2025-03-05T04:45:00+00:00'), meta('author', 'Meta Author', 'name'), meta('article:tag', 'from-og'),
].join('\n');
const TITLE = '<title>From the title tag | Site Name</title>';

describe('HTML metadata: JSON-LD, then meta tags, then <title>, field by field', () => {
  it.each<[string, string, Partial<Article>]>([
    ['all three: JSON-LD wins every field', `${TITLE}${OPEN_GRAPH}${jsonLd(NEWS_ARTICLE)}`,
      { headline: 'From JSON-LD', headlineFrom: 'json-ld', date: '2025-03-04', dateText: '2025-03-04T23:45:00-05:00', byline: 'Lina Marsh', source: 'Westcombe Courier', url: 'https://example.org/ld', tags: ['bridges', 'Westcombe'] }],
    ['meta tags and title: meta tags win', `${TITLE}${OPEN_GRAPH}`,
      { headline: 'From Open Graph', headlineFrom: 'meta', date: '2025-03-05', byline: 'Meta Author', source: 'Courier (OG)', url: 'https://example.org/og', tags: ['from-og'] }],
    ['title only: site name cut off and used as the source', TITLE,
      { headline: 'From the title tag', headlineFrom: 'title', date: null, byline: null, source: 'Site Name', url: null, tags: [] }],
    ['JSON-LD without date or author: those come from the meta tags', `${OPEN_GRAPH}${jsonLd({ '@type': 'NewsArticle', headline: 'Only a headline' })}`,
      { headline: 'Only a headline', headlineFrom: 'json-ld', date: '2025-03-05', byline: 'Meta Author', source: 'Courier (OG)' }],
    ['broken JSON-LD falls through to the meta tags', `${OPEN_GRAPH}<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>`,
      { headline: 'From Open Graph', headlineFrom: 'meta' }],
    ['an organization as author is not a byline; a profile URL is not a name', `${meta('article:author', 'https://facebook.example/courier')}${jsonLd({ '@type': 'NewsArticle', headline: 'H', author: { '@type': 'NewsMediaOrganization', name: 'WNN' } })}`,
      { byline: null }],
    ['no head at all: the first <h1> is the headline', '', { headline: 'Bridge to reopen', headlineFrom: 'heading' }],
  ])('%s', (_name, head, expected) => {
    const html = page(head, `<h1>Bridge to reopen</h1>\n${PROSE.map((p) => `<p>${p}</p>`).join('\n')}`);
    expect(article(html)).toMatchObject(expected);
  });

  it.each<[string, string | null, string | null]>([
    ['2025-03-04T23:45:00-05:00', '2025-03-04', null],
    ['2025-03-05T00:30:00+09:00', '2025-03-05', null],
    ['2025-05-20T06:12:45.000Z', '2025-05-20', null],
    ['2025-07-31', '2025-07-31', null],
    ['4 March 2025', '2025-03-04', null],
    ['2025-02-30T10:00:00Z', null, 'published date 2025-02-30T10:00:00Z is not a calendar date'],
    ['Tuesday 4 March 2025 10.30 GMT', null, 'published date "Tuesday 4 March 2025 10.30 GMT" is not in a known format'],
  ])('date %s keeps its written calendar date (%s)', (written, date, warning) => {
    const parsed = article(page(meta('article:published_time', written)));
    expect(parsed.date).toBe(date);
    expect(parsed.dateText).toBe(written);
    expect(parsed.problems.map((p) => p.message)).toEqual(warning === null ? [] : [warning]);
    if (warning !== null) expect(parsed.problems[0]?.code).toBe('HTML_METADATA');
  });
});

describe('HTML blocks: one paragraph per <p>, heading, list item and quoted paragraph', () => {
  const body = [
    `<p>${PROSE[0]}</p>`,
    '<h2>What <em>happens</em> next</h2>',
    '<ul><li>Lane closures from <b>May</b></li><li>A bus diversion via <a href="/x">Mill Road</a> and the ring road</li></ul>',
    `<p>${PROSE[1]}</p>`,
    '<blockquote><p>“We are sorry for the delay.</p><p>“It will be worth the wait.”</p></blockquote>',
    '<figure><img src="bridge.jpg" alt=""><figcaption>The bridge in January</figcaption></figure>',
    `<p>${PROSE[2]}</p>`,
    '<p>Harbour Office<br>Quay Street<br>Westcombe</p>',
    '<p>First part of a br-separated page.<br><br>Second part after two line breaks.</p>',
  ].join('\n');
  const parsed = article(page('<title>Swing bridge repairs</title>', body));

  it('keeps each block, in order, with inline markup flattened and captions left out', () => {
    expect(parsed.paragraphs.map((p) => p.text)).toEqual([
      PROSE[0], 'What happens next', 'Lane closures from May', 'A bus diversion via Mill Road and the ring road', PROSE[1],
      '“We are sorry for the delay.', '“It will be worth the wait.”', PROSE[2], 'Harbour Office\nQuay Street\nWestcombe',
      'First part of a br-separated page.', 'Second part after two line breaks.',
    ]);
  });

  it('lays the blocks out as plain text, one blank line apart, and says the text was extracted from HTML', () => {
    expect(parsed).toMatchObject({ format: 'html', extractedFrom: 'html', bodyStart: 0, frontMatter: {}, trailer: null });
    expect(parsed.text).toBe(`${parsed.paragraphs.map((p) => p.text).join('\n\n')}\n`);
    expect(parsed.bodyEnd).toBe(parsed.text.length - 1);
  });

  it('gives paragraphs and sentences offsets, lines and columns in the extracted text', () => {
    for (const unit of [...parsed.paragraphs, ...parsed.sentences]) {
      expect(parsed.text.slice(unit.start, unit.end)).toBe(unit.text);
      const before = parsed.text.slice(0, unit.start).split('\n');
      expect([unit.line, unit.column]).toEqual([before.length, (before.at(-1)?.length ?? 0) + 1]);
    }
    expect(parsed.paragraphs.slice(0, 3).map((p) => p.line)).toEqual([1, 3, 5]);
  });

  it('reads a paragraph swallowed by a mistyped heading end tag as a paragraph', () => {
    const html = page('<title>Roman remains found on bypass route</title>', `<h1>Roman remains found on bypass route</h2>\n${PROSE.map((p) => `<p>${p}</p>`).join('\n')}`);
    expect(article(html).paragraphs.map((p) => p.text)).toEqual(PROSE);
  });

  it('drops the headline, dateline and byline lines above the first paragraph, keeping what they say', () => {
    const html = page('<title>Swing bridge to reopen in summer | Westcombe Courier</title>',
      `<p>Swing bridge to reopen</p>\n<p>Posted: 14 January 2025</p>\n<p>By Sam Ketley</p>\n${PROSE.map((p) => `<p>${p}</p>`).join('\n')}`);
    expect(article(html)).toMatchObject({ date: '2025-01-14', dateText: '14 January 2025', byline: 'Sam Ketley', paragraphs: PROSE.map((text) => ({ text })) });
  });

  it('drops link lists, promotions, short captions beside images and everything from a comments header on', () => {
    const html = page('<title>Bridge</title>', [
      `<p>${PROSE[0]}</p>`,
      '<p><strong>Read more:</strong> <a href="/a">Quay Street traders count the cost of closure</a></p>',
      '<div class="x"><p>Advertisement</p></div>',
      `<p>${PROSE[1]}</p>`,
      '<p><img src="a.jpg"></p><p><i>The bridge seen from Quay Street</i></p>',
      `<p>${PROSE[2]}</p>`,
      '<p><b>Comments (2)</b></p><p>I have waited for this bridge since the spring and I am glad it will reopen at last.</p>',
    ].join('\n'));
    expect(article(html).paragraphs.map((p) => p.text)).toEqual(PROSE);
  });
});

describe('HTML blocks: the furniture of feature pages', () => {
  it('drops footnote marks, a section label above the headline, a credit line after the standfirst, and pull quotes', () => {
    const html = page('<title>Two hundred years across the sound</title>', [
      '<p>History</p>', '<h1>Two hundred years across the sound</h1>', `<p>${PROSE[0]}</p>`,
      '<p>Words by Catriona Hale · Photographs by Jon Ellery</p>',
      `<p>${PROSE[1]}<sup><a href="#fn1">1</a></sup></p>`,
      '<blockquote>“the traders on Quay Street have lost a great deal of business”</blockquote>',
      `<p>${PROSE[2]}</p>`,
    ].join('\n'));
    expect(article(html).paragraphs.map((p) => p.text)).toEqual(PROSE);
  });

  it('keeps a quotation that repeats nothing, and a short first line that is a sentence', () => {
    const html = page('<title>Bridge</title>', [
      '<p>It is open.</p>', `<p>${PROSE[0]}</p>`, '<blockquote><p>“We will not close it again,” the council said.</p></blockquote>', `<p>${PROSE[1]}</p>`,
    ].join('\n'));
    expect(article(html).paragraphs.map((p) => p.text)).toEqual(['It is open.', PROSE[0], '“We will not close it again,” the council said.', PROSE[1]]);
  });
});

describe('HTML pages that are not articles: a warning, never a crash', () => {
  const sectionFront = page('<title>News | Echo</title>', `<h1>News</h1><ul>${Array.from({ length: 12 }, (_, i) =>
    `<li><a href="/${i}"><h3>Council story number ${i} about roads and bridges</h3></a><p>Short teaser ${i}.</p></li>`).join('')}</ul>`);
  it.each<[string, string, Problem['code'], RegExp]>([
    ['a 0-byte file', '', 'EMPTY', /file is empty/],
    ['markup with no text', '<!DOCTYPE html><html><head><title></title></head><body> </body></html>', 'EMPTY', /no visible text/],
    ['a page drawn by JavaScript', '<html><body><div id="root"></div><script>render("story")</script><noscript>Enable JavaScript</noscript></body></html>', 'EMPTY', /JavaScript/],
    ['a download cut off in the head', '<!DOCTYPE html>\n<html>\n<head>\n<title>Kelsford Echo', 'EMPTY', /no visible text/],
    ['a section front of headline links', sectionFront, 'NOT_AN_ARTICLE', /section front/],
    ['one line of text', '<p>Just a line.</p>', 'NOT_AN_ARTICLE', /no article text/],
    ['a page of stray "<"', '<'.repeat(60_000), 'NOT_AN_ARTICLE', /stray "<"/],
    ['twenty thousand unclosed tags', `<html><body>${'<div><span>'.repeat(10_000)}<p>${PROSE[0]}</p>`, 'NOT_AN_ARTICLE', /elements open at once/],
    ['binary noise', String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 65_000 + 1)), 'NOT_AN_ARTICLE', /./],
  ])('%s', (_name, html, code, message) => {
    const found = problemOf(html);
    expect(found).toMatchObject({ path: 'page.html', code, severity: 'warning' });
    expect(found.message).toMatch(message);
  });

  it('still reads an article nested far deeper than any real page', () => {
    const html = `<html><body>${'<div>'.repeat(3000)}${PROSE.map((p) => `<p>${p}</p>`).join('')}${'</div>'.repeat(3000)}</body></html>`;
    expect(article(html).paragraphs.map((p) => p.text)).toEqual(PROSE);
  });

  it('never runs the page’s scripts or event handlers', () => {
    const html = page('<script>globalThis.digestHtmlPwned = 1</script>', `<img src="x" onerror="globalThis.digestHtmlPwned = 2">${PROSE.map((p) => `<p>${p}</p>`).join('')}`);
    article(html);
    expect((globalThis as Record<string, unknown>).digestHtmlPwned).toBeUndefined();
  });

  it('picks HTML by extension only: the same page named .txt is plain text', () => {
    expect(article(page(TITLE), 'page.txt')).toMatchObject({ format: 'text', extractedFrom: null });
    expect(article(page(TITLE), 'PAGE.HTM')).toMatchObject({ format: 'html', extractedFrom: 'html' });
  });
});
