// HTML pages through the whole CLI, in-process: JSON that validates, lines that point into the
// extracted text, warnings for pages that are not articles, stdin named .html.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { isProblem, parseArticleText } from '../../src/ingest/parse.js';
import { LineIndex } from '../../src/text/lines.js';
import { memoryIo } from '../helpers/memory-io.js';
import { assertValidDocument, assertValidItem } from '../helpers/schema.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/html');

async function run(argv: string[], options: Parameters<typeof memoryIo>[0] = {}) {
  const io = memoryIo({ cwd: FIXTURES, ...options });
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

interface SpanJson { text: string; start: number; end: number; line: number; column: number }

describe('digest summarize page.html', () => {
  it('prints JSON that validates, with the metadata and extractedFrom "html"', async () => {
    const { code, out, err } = await run(['summarize', 'courier-ferry-fares.html', '--json']);
    expect([code, err]).toEqual([0, '']);
    const doc = JSON.parse(out);
    assertValidDocument(doc);
    expect(doc.articles[0]).toMatchObject({
      file: 'courier-ferry-fares.html', format: 'html', extractedFrom: 'html', headline: 'Ferry fares to rise 12% from April, operator confirms',
      headlineFrom: 'json-ld', date: '2025-03-04', dateText: '2025-03-04T23:45:00-05:00', source: 'Westcombe Courier', byline: 'Lina Marsh',
      frontMatter: {}, trailer: null, stats: { paragraphs: 10 },
    });
  });

  it('gives summary lines and columns in the extracted text', async () => {
    const { out } = await run(['summarize', 'ledger-school-meals.html', '--json', '--sentences', '4']);
    const summary: SpanJson[] = JSON.parse(out).articles[0].summary;
    const article = parseArticleText('ledger-school-meals.html', readFileSync(path.join(FIXTURES, 'ledger-school-meals.html'), 'utf8'));
    if (isProblem(article)) throw new Error(article.message);
    const lines = new LineIndex(article.text);
    expect(summary.length).toBe(4);
    for (const sentence of summary) {
      expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(lines.position(sentence.start)).toEqual({ line: sentence.line, column: sentence.column });
    }
  });

  it('lists quotes whose offsets and lines point into the extracted text', async () => {
    const { code, out } = await run(['quotes', 'courier-ferry-fares.html', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    assertValidDocument(doc);
    const quotes: SpanJson[] = doc.articles[0].quotes;
    const article = parseArticleText('courier-ferry-fares.html', readFileSync(path.join(FIXTURES, 'courier-ferry-fares.html'), 'utf8'));
    if (isProblem(article)) throw new Error(article.message);
    const lines = new LineIndex(article.text);
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    for (const quote of quotes) {
      expect(article.text.slice(quote.start, quote.end)).toContain(quote.text.slice(0, 20));
      expect(lines.position(quote.start)).toEqual({ line: quote.line, column: quote.column });
    }
    expect(quotes.map((q) => q.text)).toContain('Nobody likes putting prices up, and we have held off for as long as we could,');
  });

  it('reads a glob of pages: articles in path order, the pages that are not articles as warnings, exit 0', async () => {
    const { code, out, err } = await run(['summarize', '**/*.html', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    assertValidDocument(doc);
    expect(doc.articles.length).toBeGreaterThanOrEqual(8);
    expect(doc.articles.every((a: { format: string }) => a.format === 'html')).toBe(true);
    expect(doc.warnings.map((w: { file: string; code: string }) => `${w.file} ${w.code}`)).toEqual([
      'bad/empty.html EMPTY', 'bad/script-only.html EMPTY', 'bad/section-front.html NOT_AN_ARTICLE', 'bad/truncated-head.html EMPTY',
    ]);
    expect(err).toMatch(/^digest: warning: bad\/section-front\.html: no article text found/m);
  });

  it('streams NDJSON article lines that validate', async () => {
    const { out } = await run(['summarize', 'echo-market-hall.html', 'voice-parking-column.html', '--format', 'ndjson']);
    const lines = out.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.type)).toEqual(['article', 'article', 'summary']);
    for (const line of lines.slice(0, 2)) assertValidItem('article', line);
  });

  it('reads a page from stdin when --stdin-filename ends in .html', async () => {
    const stdin = readFileSync(path.join(FIXTURES, 'gazette-library-hours.html'), 'utf8');
    const { code, out } = await run(['summarize', '-', '--stdin-filename', 'saved.html', '--json'], { stdin });
    expect(code).toBe(0);
    expect(JSON.parse(out).articles[0]).toMatchObject({ file: 'saved.html', format: 'html', headline: 'Central library to close two days a week to save £85,000' });
  });

  it('renders text and markdown with the headline and none of the page furniture', async () => {
    for (const format of ['text', 'markdown']) {
      const { out } = await run(['summarize', 'voice-parking-column.html', '--format', format, '--sentences', '10']);
      expect(out).toMatch(/Doubling parking charges will not save Northmead High Street/);
      expect(out.replaceAll('\\', '')).toMatch(/voice-parking-column\.html \(extracted text\)/);
      expect(out).not.toMatch(/Leave a Reply|Share this|Recent Posts|Proudly powered/);
    }
  });
});
