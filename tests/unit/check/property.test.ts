// `check` must never throw, whatever the article: random front matter and random bodies.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArticleText, isProblem } from '../../../src/ingest/parse.js';
import { addSetFindings, checkArticle, finishFile } from '../../../src/check/index.js';
import { applyEdits, keepsBody } from '../../../src/check/fix.js';
import { defaultSettings } from '../../../src/check/config.js';
import { LineIndex } from '../../../src/text/lines.js';
import { TODAY } from '../../helpers/check.js';

const PIECES = ['“', '”', '‘', '’', '"', "'", '«', '»', '#', '---', '<!--', '-->', 'digest-disable', 'digest-enable', 'digest-disable-next-line',
  ' quotes/unbalanced', ' -- ', '```', '`', '\n', '\r\n', '\r', '\n\n', '7,000', '£4.2m', '2024-02-30', 'Click here', 'Sign up for our newsletter',
  '\u0007', '\u202e', '\uFFFD', 'â€™', '😀', '\ud800', ': ', '- ', '[', ']', '{', '}', '&a', '*a', 'title', 'date', ' '];

const textPiece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }));
const randomText = fc.array(textPiece, { maxLength: 40 }).map((parts) => parts.join(''));
const key = fc.oneof(fc.constantFrom('title', 'date', 'tags', 'url', 'slug', 'titel', 'updated', 'author', '# digest-disable-file', '# digest-disable-next-line date/future'), fc.string({ maxLength: 8 }));
const value = fc.oneof(randomText, fc.constantFrom('2024-02-30', '7 July 2017', '[a, b', '{ x: 1 }', '"quoted', '2099-01-01', 'https://x.org', '&a [1]', '*a'), fc.integer().map(String));
const frontMatter = fc.array(fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`), { maxLength: 8 });
const articleText = fc.tuple(fc.boolean(), frontMatter, randomText, fc.boolean())
  .map(([hasFront, lines, body, closed]) => (hasFront ? `---\n${lines.join('\n')}\n${closed ? '---\n' : ''}` : '') + body);

function check(file: string, text: string) {
  const article = parseArticleText(file, text);
  if (isProblem(article)) return null;
  const fileCheck = checkArticle(article, { rules: defaultSettings(), today: TODAY, inlineConfig: true });
  addSetFindings([fileCheck]);
  return { article, result: finishFile(fileCheck) };
}

describe('check on random articles', () => {
  it('never throws, no rule crashes, and every finding points inside the file', () => {
    fc.assert(fc.property(articleText, fc.constantFrom('a.md', 'a.txt'), (text, file) => {
      const checked = check(file, text);
      if (!checked) return;
      expect(checked.result.crashes).toEqual([]);
      const lineCount = new LineIndex(text).lineCount;
      for (const finding of checked.result.findings) {
        expect(finding.line).toBeGreaterThanOrEqual(1);
        expect(finding.line).toBeLessThanOrEqual(lineCount);
        expect(finding.column).toBeGreaterThanOrEqual(1);
      }
    }), { numRuns: 1500 });
  });

  it('fixes never change the body, and a fixed file has nothing left to fix', () => {
    let fixedFiles = 0;
    const withTrailer = fc.tuple(articleText, fc.constantFrom('', '\n\nSign up for our newsletter', '\n\nRead more\n\nShare this'))
      .map(([text, trailer]) => text + trailer);
    fc.assert(fc.property(withTrailer, (text) => {
      const checked = check('a.md', text);
      if (!checked || checked.result.fixes.length === 0) return;
      fixedFiles++;
      const fixedText = applyEdits(text, checked.result.fixes).text;
      const fixed = parseArticleText('a.md', fixedText);
      if (isProblem(fixed)) throw new Error(`a fix emptied the file: ${JSON.stringify(text)}`);
      expect(keepsBody(checked.article, fixedText)).toBe(true);
      expect(check('a.md', fixedText)?.result.fixes).toEqual([]);
    }), { numRuns: 1500 });
    expect(fixedFiles).toBeGreaterThan(50);
  });
});
