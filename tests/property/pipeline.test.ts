// Property tests: whatever text comes in, the pipeline never throws, every offset points at the text
// it claims, JSON output validates against the schema, and the same input gives the same output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProblem, parseArticleText } from '../../src/ingest/parse.js';
import type { Digest } from '../../src/model.js';
import { digestArticle } from '../../src/summarize/digest.js';
import { digestJson } from '../../src/render/article-json.js';
import { digestText } from '../../src/render/digest-text.js';
import { assertValidItem } from '../helpers/schema.js';

const RUNS = Number(process.env.DIGEST_PROPERTY_RUNS ?? 300);
const OPTIONS = { sentences: 3, ratio: null, words: null, quotes: 3, figures: 3 };

/** Pieces that stress news parsing: quote marks, apostrophes, numbers, currency, controls, odd Unicode. */
const NASTY = [
  '“', '”', '‘', '’', '"', "'", '«', '»', ' said ', ' he added. ', 'Mr ', 'Dr. ', 'U.S. ', '£9.2m', '29.6 per cent', '4.1pc',
  '1,234', '5-10', '\u2212', '٣', '\n', '\n\n', '\r\n', '\t', '. ', '? ', '! ', '…', '---\n', '# ', '- ', '\u001b[31m',
  '\u200b', '\u202e', '\u0301', '😀', '\ud800', '\udc00', 'Sign-up for our newsletter', 'Published 7th July 2017', 'By Jo Bloggs',
];

const articleText = fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

const frontMatter = fc.oneof(
  fc.constant(''),
  fc.dictionary(fc.constantFrom('title', 'date', 'source', 'tags', '__proto__', 'constructor', 'x'), fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }))).map((fields) =>
    `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n`),
  fc.string({ maxLength: 40 }).map((s) => `---\n${s}\n---\n`),
);

function checkOffsets(digest: Digest): void {
  const { text } = digest.article;
  for (const unit of [...digest.article.paragraphs, ...digest.article.sentences, ...digest.summary, ...digest.figures]) {
    expect(text.slice(unit.start, unit.end)).toBe(unit.text);
  }
  for (const quote of digest.quotes) {
    expect(quote.start).toBeLessThanOrEqual(quote.end);
    expect(quote.end).toBeLessThanOrEqual(text.length);
  }
}

describe('pipeline properties', () => {
  it.each(['story.txt', 'story.md'])('never throws, offsets are right, JSON validates, output is deterministic (%s)', (file) => {
    fc.assert(fc.property(frontMatter, articleText, (front, body) => {
      const text = file.endsWith('.md') ? front + body : body;
      const parsed = parseArticleText(file, text);
      if (isProblem(parsed)) {
        expect(parsed.code).toBe('EMPTY');
        return;
      }
      const digest = digestArticle(parsed, OPTIONS);
      checkOffsets(digest);
      const json = digestJson(digest);
      assertValidItem('article', JSON.parse(JSON.stringify(json)));
      const again = digestJson(digestArticle(parseArticleText(file, text) as typeof parsed, OPTIONS));
      expect(JSON.stringify(again)).toBe(JSON.stringify(json));
      const rendered = digestText(digest, { color: false, columns: 80 });
      expect(rendered).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }), { numRuns: RUNS });
  });
});
