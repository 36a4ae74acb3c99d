// Property tests for HTML input: whatever markup comes in, parsing never throws, a page that is not
// read is a warning with a known code, and every offset of an article points at the text it claims.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProblem, parseArticleText } from '../../src/ingest/parse.js';
import { digestArticle } from '../../src/summarize/digest.js';
import { digestJson } from '../../src/render/article-json.js';
import { assertValidItem } from '../helpers/schema.js';
import { PROSE } from '../helpers/html-page.js';

const RUNS = Math.max(20, Math.floor(Number(process.env.DIGEST_PROPERTY_RUNS ?? 300) / 3));
const OPTIONS = { sentences: 3, ratio: null, words: null, quotes: 3, figures: 3 };

const TAGS = ['p', 'div', 'span', 'h1', 'h2', 'ul', 'li', 'blockquote', 'a', 'b', 'figure', 'figcaption', 'img', 'br', 'table', 'tr', 'td', 'nav', 'article', 'script', 'style', 'pre', 'body', 'html', 'head', 'title'];
const PIECES = [
  ...PROSE, ...TAGS.flatMap((tag) => [`<${tag}>`, `</${tag}>`]), '<p class="share">Share this</p>', '<div class="comments">',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2025-02-30"}</script>',
  '<meta property="article:published_time" content="2025-01-02T23:00:00-08:00">', '&amp;', '&nbsp;', '&#8217;', '&bogus;', '<', '>',
  '<!--', '-->', '<![CDATA[', '"', '\u0000', '\ud800', '😀', '\u202e', '\r\n', '\n\n', 'Advertisement', 'By Jo Bloggs', 'Comments (3)',
];

const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 10 }));
/** An element around prose or junk: often enough a paragraph that many inputs are articles. */
const element = fc.tuple(fc.constantFrom('p', 'p', 'p', ...TAGS), fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PROSE) }, { weight: 1, arbitrary: piece }), fc.boolean())
  .map(([tag, text, closed]) => `<${tag}>${text}${closed ? `</${tag}>` : ''}`);
const markup = fc.array(fc.oneof(element, piece), { maxLength: 40 }).map((parts) => parts.join(''));

describe('HTML properties', () => {
  it('never throws; a problem is a warning; offsets, JSON and output are right and repeatable', () => {
    fc.assert(fc.property(markup, (html) => {
      const parsed = parseArticleText('page.html', html);
      if (isProblem(parsed)) {
        expect(['EMPTY', 'NOT_AN_ARTICLE']).toContain(parsed.code);
        expect(parsed.severity).toBe('warning');
        return;
      }
      for (const unit of [...parsed.paragraphs, ...parsed.sentences]) expect(parsed.text.slice(unit.start, unit.end)).toBe(unit.text);
      const json = digestJson(digestArticle(parsed, OPTIONS));
      assertValidItem('article', JSON.parse(JSON.stringify(json)));
      const again = parseArticleText('page.html', html);
      expect(JSON.stringify(again)).toBe(JSON.stringify(parsed));
    }), { numRuns: RUNS });
  }, 120_000);
});
