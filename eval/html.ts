// npm run eval:html — scores HTML extraction against the article text we wrote for each page in
// tests/fixtures/html (NAME.html beside NAME.expected.txt): word precision and recall per page and
// micro-averaged, the warnings for the pages that are not articles (tests/fixtures/html/bad), and
// the time to load the libraries and to extract a page. Writes eval/results/html.md.
// `--show-words` also prints the words each page got wrong.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isProblem, parseArticleBytes } from '../src/ingest/parse.js';
import { htmlLibraries } from '../src/ingest/dom.js';
import { collectBlocks } from '../src/ingest/html-blocks.js';
import { withDocumentShell } from '../src/ingest/html-shell.js';
import { addCounts, compareBags, difference, precision, recall, wordBag, type WordCounts } from './html-metrics.js';
import { median, table } from './lib/bench.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/html');
const BAD = path.join(FIXTURES, 'bad');
const RESULTS = path.join(ROOT, 'eval/results/html.md');
const TARGET = 0.97;
const TIMING_PASSES = 15;

/** Pages written after the extraction rules were settled, and never tuned on: reported on their own too. */
const WRITTEN_AFTER_TUNING = new Set<string>(['herald-bus-depot.html', 'print-view-flood-grants.html', 'quarterly-feature-ferry-history.html']);

/** Kept as measured: the first run on the pages written after tuning, before any rule changed for them. */
const FIRST_RUN_NOTE = [
  'The three pages marked "written after tuning" were written once the rules had been settled on the other eight, and',
  'scored before anything was changed for them: precision 0.996, 1.000 and 0.868 (micro 0.941), recall 1.000 on each.',
  'Four general rules came from reading those misses (footnote marks, a section label above the headline, a credit line',
  'after the standfirst, pull quotes that repeat body text), so those pages are no longer unseen. What the magazine page',
  '(quarterly-feature-ferry-history) still adds is its dek (a one-line summary under the headline, which its expected text',
  'leaves out, while the Herald page counts its standfirst, the first sentence of the story, as article text) and its',
  'endnotes section.',
].join('\n');

interface PageResult {
  name: string;
  metadata: string;
  articleElement: boolean;
  counts: WordCounts;
  missing: string[];
  extra: string[];
  problem: string | null;
}

function scorePage(name: string): PageResult {
  const bytes = readFileSync(path.join(FIXTURES, name));
  const source = bytes.toString('utf8');
  const expected = wordBag(readFileSync(path.join(FIXTURES, name.replace(/\.html?$/, '.expected.txt')), 'utf8'));
  const article = parseArticleBytes(name, bytes);
  const articleElement = /<article[\s>]/i.test(source.replace(/<(?:article)[^>]*class="[^"]*comment[^"]*"/gi, ''));
  if (isProblem(article)) {
    const counts = compareBags(new Map(), expected);
    return { name, metadata: '-', articleElement, counts, missing: ['(all)'], extra: [], problem: `${article.code}: ${article.message}` };
  }
  const extracted = wordBag(article.paragraphs.map((p) => p.text).join('\n'));
  const words = (pairs: Array<[string, number]>) => pairs.map(([word, n]) => (n > 1 ? `${word}×${n}` : word));
  return {
    name,
    metadata: article.headlineFrom ?? 'none',
    articleElement,
    counts: compareBags(extracted, expected),
    missing: words(difference(expected, extracted)),
    extra: words(difference(extracted, expected)),
    problem: null,
  };
}

function pageRows(results: readonly PageResult[]): string[][] {
  return results.map((r) => [
    WRITTEN_AFTER_TUNING.has(r.name) ? `${r.name} (written after tuning)` : r.name,
    r.metadata,
    r.articleElement ? 'yes' : 'no',
    String(r.counts.expected),
    String(r.counts.extracted),
    precision(r.counts).toFixed(3),
    recall(r.counts).toFixed(3),
  ]);
}

function totalRow(label: string, results: readonly PageResult[]): string[] {
  const counts = results.reduce((sum, r) => addCounts(sum, r.counts), { matched: 0, extracted: 0, expected: 0 });
  const mark = (value: number) => `${value.toFixed(3)}${value >= TARGET ? '' : ' (below target)'}`;
  return [`**${label}** (${results.length} pages)`, '', '', String(counts.expected), String(counts.extracted), mark(precision(counts)), mark(recall(counts))];
}

/** What the rules add: all the visible text of each page, and Readability's article alone, scored the same way. */
function baselineRows(names: readonly string[]): string[][] {
  const libraries = htmlLibraries();
  const variants: Array<[string, (html: string) => string]> = [
    ['the whole `<body>` (less nav, aside, footer, figures and forms)', (html) => {
      const body = libraries.parseDocument(withDocumentShell(html)).body;
      return body ? collectBlocks(body).map((b) => b.text).join('\n') : '';
    }],
    ['Readability alone (its article element, no cleaning or filters)', (html) => {
      const content = libraries.readArticle(libraries.parseDocument(withDocumentShell(html)))?.content;
      return content ? collectBlocks(content).map((b) => b.text).join('\n') : '';
    }],
  ];
  return variants.map(([label, extract]) => {
    const total = names.reduce((sum, name) => {
      const html = readFileSync(path.join(FIXTURES, name), 'utf8');
      const expected = wordBag(readFileSync(path.join(FIXTURES, name.replace(/\.html?$/, '.expected.txt')), 'utf8'));
      return addCounts(sum, compareBags(wordBag(extract(html)), expected));
    }, { matched: 0, extracted: 0, expected: 0 });
    return [label, String(total.expected), String(total.extracted), precision(total).toFixed(3), recall(total).toFixed(3)];
  });
}

const PROSE = '<p>The council said on Monday that it would spend more on roads and on the repair of bridges across the county this year.</p>';

/** Pages built to hurt: what each costs and what comes out (see src/ingest/html-limits.ts). */
function hostileRows(): string[][] {
  const pages: Array<[string, string]> = [
    ['1 MB of paragraphs in one `<article>`', `<html><body><article>${PROSE.repeat(8000)}</article></body></html>`],
    ['3,000 nested `<div>`s around the article', `<html><body>${'<div>'.repeat(3000)}${PROSE.repeat(20)}${'</div>'.repeat(3000)}</body></html>`],
    ['9,999 unclosed `<span>`s before the article', `<html><body>${'<span>'.repeat(9999)}${PROSE.repeat(20)}</body></html>`],
    ['100,000 unclosed `<div><span>` pairs', `<html><body>${'<div><span>'.repeat(100_000)}${PROSE.repeat(5)}`],
    ['500,000 stray `<`', '<'.repeat(500_000)],
    ['40,000 character references in the text', `<html><body><article>${`<p>${'Fish &amp; chips &nbsp; '.repeat(20)}end.</p>`.repeat(1000)}</article></body></html>`],
  ];
  return pages.map(([label, html]) => {
    const started = performance.now();
    const result = parseArticleBytes('hostile.html', Buffer.from(html));
    const ms = performance.now() - started;
    const outcome = isProblem(result) ? `${result.code}: ${result.message.replaceAll('"<"', '`<`')}` : `article, ${result.paragraphs.length} paragraphs`;
    return [label, `${(html.length / 1e6).toFixed(2)} MB`, `${ms.toFixed(0)} ms`, outcome];
  });
}

function badRows(): string[][] {
  if (!existsSync(BAD)) return [];
  return readdirSync(BAD).filter((f) => /\.html?$/.test(f)).sort().map((name) => {
    const result = parseArticleBytes(name, readFileSync(path.join(BAD, name)));
    return [name, isProblem(result) ? result.code : 'article (no warning)', isProblem(result) ? result.message : `${result.paragraphs.length} paragraphs`];
  });
}

/** First call pays for loading linkedom and Readability; later calls show the cost of one page. */
function timing(names: readonly string[]): string[][] {
  const pages = names.map((name) => readFileSync(path.join(FIXTURES, name)));
  const times: number[] = [];
  for (let pass = 0; pass < TIMING_PASSES; pass++) {
    for (const [i, bytes] of pages.entries()) {
      const started = performance.now();
      parseArticleBytes(names[i] ?? 'page.html', bytes);
      times.push(performance.now() - started);
    }
  }
  const kb = pages.reduce((sum, page) => sum + page.length, 0) / pages.length / 1024;
  return [[`median per page (${pages.length} pages × ${TIMING_PASSES}, ${kb.toFixed(1)} KB on average)`, `${median(times).toFixed(1)} ms`]];
}

function main(): void {
  const started = performance.now();
  parseArticleBytes('warm-up.html', Buffer.from('<p>x</p>'));
  const loadMs = performance.now() - started;
  const names = readdirSync(FIXTURES).filter((f) => /\.html?$/.test(f) && existsSync(path.join(FIXTURES, f.replace(/\.html?$/, '.expected.txt')))).sort();
  const results = names.map(scorePage);
  const tuned = results.filter((r) => !WRITTEN_AFTER_TUNING.has(r.name));
  const fresh = results.filter((r) => WRITTEN_AFTER_TUNING.has(r.name));
  const totals = [totalRow('micro-average, all', results)];
  if (fresh.length > 0) totals.push(totalRow('pages tuned on', tuned), totalRow('pages written after tuning', fresh));
  const out: string[] = [
    '# HTML extraction', '',
    'Measured by `npm run eval:html`: each page in `tests/fixtures/html` (pages we wrote ourselves in the styles of real news sites, with',
    'navigation, cookie banners, share buttons, ads, captions, related-story lists, comments and paywall or newsletter boxes) is read',
    'by `digest`, and the words of the extracted paragraphs are compared with the article text we wrote for it (`NAME.expected.txt`):',
    'bags of words with counts, lowercased. Precision: share of extracted words that are article words; recall: share of article',
    `words extracted. Target: ${TARGET} each.`, '',
    table(['page', 'headline from', '`<article>`', 'words expected', 'words extracted', 'precision', 'recall'], [...pageRows(results), ...totals]),
    '',
    FIRST_RUN_NOTE, '',
    '## Baselines on the same pages (micro-averaged)', '',
    table(['extraction', 'words expected', 'words extracted', 'precision', 'recall'], baselineRows(names)),
    '',
    '## Pages that are not articles', '',
    table(['page', 'result', 'message'], badRows()),
    '',
    '## Hostile pages', '',
    table(['page', 'size', 'time', 'result'], hostileRows()),
    '',
    '## Speed', '',
    table(['step', 'time'], [['loading linkedom and Readability (first HTML file of a run)', `${loadMs.toFixed(0)} ms`], ...timing(names)]),
    '',
    `Timings: Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores when measured.`,
  ];
  const text = `${out.join('\n')}\n`;
  process.stdout.write(text);
  if (process.argv.includes('--show-words')) {
    for (const r of results) process.stdout.write(`\n${r.name}${r.problem ? ` ${r.problem}` : ''}\n  missing: ${r.missing.join(' ') || '-'}\n  extra:   ${r.extra.join(' ') || '-'}\n`);
  }
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, text);
}

main();
