// Checks the gold manifest of our sample articles against the files themselves: every quote and
// figure is verbatim at its line, nothing in a body is left out of the gold, each article parses as
// the manifest says, and the multi-outlet stories are rich enough for `digest compare`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadArticlesManifest, type GoldArticle, type GoldFigure, type GoldQuote, type GoldQuotePair, type QuoteRelation,
} from '../../eval/lib/articles-manifest.js';
import { isProblem, parseArticleText } from '../../src/ingest/parse.js';
import type { Article } from '../../src/model.js';
import { LineIndex } from '../../src/text/lines.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const manifest = loadArticlesManifest(ROOT);

/** The issue asks for at least 10 sample articles of 250–700 words each. */
const MIN_ARTICLES = 10;
const MIN_WORDS = 250;
const MAX_WORDS = 700;

const FIGURE_UNITS = ['GBP', 'USD', 'EUR', 'percent', 'count', 'age', 'year', 'duration', 'other'];
const FIGURE_KINDS = ['money', 'percent', 'count', 'age', 'year', 'date', 'ratio', 'range', 'rank', 'other'];
const QUOTE_KINDS = ['full', 'partial', 'term'];
const SPEAKER_KINDS = ['person', 'organisation', 'anonymous', null];
const CURLY_OPENING = ['“', '‘'];
const STRAIGHT_MARKS = ['"', "'"];
const CLOSING_MARKS = ['”', '’', '"', "'"];
/** Counting words the completeness check looks for; "one" and ordinals are left out on purpose (see conventions). */
const NUMBER_WORDS = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|hundred|thousand)\b/gi;

interface Span { start: number; end: number }
interface Loaded { gold: GoldArticle; article: Article; lines: LineIndex }

function load(gold: GoldArticle): Loaded {
  const parsed = parseArticleText(gold.file, readFileSync(path.join(ROOT, gold.file), 'utf8'));
  if (isProblem(parsed)) throw new Error(`${gold.file}: ${parsed.message}`);
  return { gold, article: parsed, lines: new LineIndex(parsed.text) };
}

const loaded = manifest.articles.map(load);

function lineSpan({ article, lines }: Loaded, line: number): Span {
  const start = lines.lineStart(line);
  const next = lines.lineStart(line + 1);
  return { start, end: next > start ? next : article.text.length };
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** A surface text must not start or end inside a word or number ("12" is not in "£412.6m"). */
function isBounded(text: string, start: number, end: number): boolean {
  if (isWordChar(text[start]) && isWordChar(text[start - 1])) return false;
  if (!isWordChar(text[end - 1])) return true;
  if (isWordChar(text[end])) return false;
  return !(/[.,]/.test(text[end] ?? '') && /\d/.test(text[end + 1] ?? ''));
}

function overlaps(a: Span, spans: readonly Span[]): boolean {
  return spans.some((b) => a.start < b.end && b.start < a.end);
}

/** First bounded occurrence of `needle` starting in `within` that does not overlap `taken`. */
function findFree(text: string, needle: string, within: Span, taken: readonly Span[]): Span | null {
  for (let at = text.indexOf(needle, within.start); at !== -1 && at < within.end; at = text.indexOf(needle, at + 1)) {
    const span = { start: at, end: at + needle.length };
    if (isBounded(text, span.start, span.end) && !overlaps(span, taken)) return span;
  }
  return null;
}

/** Gives every gold figure its own occurrence on its line, longest texts first ("two years" before "two"). */
function claimFigures(entry: Loaded): { spans: Span[]; missing: string[] } {
  const spans: Span[] = [];
  const missing: string[] = [];
  const order = [...entry.gold.figures].sort((a, b) => b.text.length - a.text.length);
  for (const figure of order) {
    const span = findFree(entry.article.text, figure.text, lineSpan(entry, figure.line), spans);
    if (span) spans.push(span);
    else missing.push(`${entry.gold.file}:${figure.line} figure "${figure.text}" not found on its line (or claimed twice)`);
  }
  return { spans, missing };
}

function notFigureSpans({ gold, article }: Loaded): Span[] {
  const spans: Span[] = [];
  for (const { text } of gold.notFigures) {
    for (let at = article.text.indexOf(text); at !== -1; at = article.text.indexOf(text, at + 1)) {
      spans.push({ start: at, end: at + text.length });
    }
  }
  return spans;
}

/** Digits and counting words in the body that no gold figure or listed non-figure covers. */
function uncoveredNumbers(entry: Loaded): string[] {
  const covered = [...claimFigures(entry).spans, ...notFigureSpans(entry)];
  const { article, lines, gold } = entry;
  const body = article.text.slice(article.bodyStart, article.bodyEnd);
  const found: string[] = [];
  for (const pattern of [/\d+/g, NUMBER_WORDS]) {
    for (const match of body.matchAll(pattern)) {
      const start = article.bodyStart + match.index;
      const inside = covered.some((span) => span.start <= start && start + match[0].length <= span.end);
      if (!inside) found.push(`${gold.file}:${lines.position(start).line} "${match[0]}" is in no figure or notFigure`);
    }
  }
  return found;
}

const segmentsOf = (quote: GoldQuote): string[] => quote.parts ?? [quote.text];

function isOpeningMark(text: string, at: number): boolean {
  const ch = text[at] ?? '';
  if (CURLY_OPENING.includes(ch)) return true;
  if (!STRAIGHT_MARKS.includes(ch)) return false;
  return (at === 0 || /[\s(]/.test(text[at - 1] ?? '')) && !/\s/.test(text[at + 1] ?? ' ');
}

/**
 * Where a quote's segments start, checked against the marks: each segment follows an opening mark,
 * every segment but the last ends its paragraph, and the last is followed by a closing mark.
 */
function locateQuote(entry: Loaded, quote: GoldQuote, taken: readonly Span[]): { starts: Span[]; error: string | null } {
  const text = entry.article.text;
  const where = `${entry.gold.file}:${quote.line} quote "${quote.text.slice(0, 40)}"`;
  const segments = segmentsOf(quote);
  const starts: Span[] = [];
  let from = lineSpan(entry, quote.line);
  for (const [index, segment] of segments.entries()) {
    let at = text.indexOf(segment, from.start);
    while (at !== -1 && (!isOpeningMark(text, at - 1) || overlaps({ start: at, end: at + 1 }, taken))) at = text.indexOf(segment, at + 1);
    if (at === -1 || at >= from.end) return { starts, error: `${where}: part ${index + 1} not found after an opening mark` };
    const end = at + segment.length;
    const last = index === segments.length - 1;
    if (last && !CLOSING_MARKS.includes(text[end] ?? '')) return { starts, error: `${where}: not followed by a closing mark` };
    if (!last && !/^\r?\n/.test(text.slice(end))) return { starts, error: `${where}: part ${index + 1} does not end its paragraph` };
    starts.push({ start: at, end: at + 1 });
    from = { start: end, end: text.length };
  }
  return { starts, error: null };
}

function locateQuotes(entry: Loaded): { starts: Span[]; errors: string[] } {
  const starts: Span[] = [];
  const errors: string[] = [];
  for (const quote of entry.gold.quotes) {
    const located = locateQuote(entry, quote, starts);
    starts.push(...located.starts);
    if (located.error) errors.push(located.error);
  }
  return { starts, errors };
}

function unlistedOpeningMarks(entry: Loaded): string[] {
  const { starts } = locateQuotes(entry);
  const { article, lines, gold } = entry;
  const found: string[] = [];
  for (let at = article.bodyStart; at < article.bodyEnd; at++) {
    if (!isOpeningMark(article.text, at)) continue;
    if (!starts.some((span) => span.start === at + 1)) found.push(`${gold.file}:${lines.position(at).line} opening mark starts no listed quote`);
  }
  return found;
}

const bodyWords = ({ article }: Loaded) => article.text.slice(article.bodyStart, article.bodyEnd).split(/\s+/).filter(Boolean).length;

describe('articles manifest: files and parsing', () => {
  it('lists every sample article, and only files that exist', () => {
    const onDisk = readdirSync(path.join(ROOT, 'articles')).filter((f) => /\.(?:md|markdown|txt)$/.test(f)).map((f) => `articles/${f}`);
    expect(manifest.articles.map((a) => a.file).sort()).toEqual(onDisk.sort());
    expect(onDisk.length).toBeGreaterThanOrEqual(MIN_ARTICLES);
    for (const gold of manifest.articles) expect(existsSync(path.join(ROOT, gold.file)), gold.file).toBe(true);
  });

  it.each(loaded.map((entry) => [entry.gold.file, entry] as const))('%s parses as the manifest says', (_file, entry) => {
    const { gold, article } = entry;
    expect(article.problems).toEqual([]);
    expect(article.format).toBe(gold.format);
    expect(article.headline).toBe(gold.headline);
    if (gold.headline === null) expect(article.headlineFrom).toBeNull();
    expect(article.date).toBe(gold.date);
    expect(article.byline).toBe(gold.byline);
    expect(article.trailer?.text ?? null).toBe(gold.trailer);
    if (gold.trailer !== null) {
      const firstLine = gold.trailer.split('\n')[0] ?? '';
      expect(article.paragraphs.some((p) => p.text.includes(firstLine))).toBe(false);
      expect(article.bodyEnd).toBeLessThanOrEqual(article.trailer?.start ?? 0);
    }
    expect(bodyWords(entry)).toBeGreaterThanOrEqual(MIN_WORDS);
    expect(bodyWords(entry)).toBeLessThanOrEqual(MAX_WORDS);
  });
});

describe('articles manifest: quotes', () => {
  it.each(loaded.map((entry) => [entry.gold.file, entry] as const))('%s: every quote is verbatim between marks at its line', (_file, entry) => {
    for (const quote of entry.gold.quotes) {
      expect(QUOTE_KINDS).toContain(quote.kind);
      expect(SPEAKER_KINDS).toContain(quote.speakerKind);
      if (quote.parts !== null) {
        expect(quote.parts.length).toBeGreaterThanOrEqual(2);
        expect(quote.text).toBe(quote.parts.join('\n'));
      }
      if (quote.kind === 'term') expect([quote.speaker, quote.speakerKind]).toEqual([null, null]);
      if (quote.speakerKind === 'anonymous') expect(quote.speaker).toBeNull();
      for (const segment of segmentsOf(quote)) expect(entry.article.text).toContain(segment);
    }
    expect(locateQuotes(entry).errors).toEqual([]);
  });

  it.each(loaded.map((entry) => [entry.gold.file, entry] as const))('%s: every opening mark in the body starts a listed quote', (_file, entry) => {
    expect(unlistedOpeningMarks(entry)).toEqual([]);
  });
});

function checkFigureShape(gold: GoldArticle, figure: GoldFigure): void {
  const where = `${gold.file}:${figure.line} ${figure.text}`;
  expect(FIGURE_UNITS, where).toContain(figure.unit);
  expect(FIGURE_KINDS, where).toContain(figure.kind);
  expect(figure.iso !== null, where).toBe(figure.kind === 'date');
  if (figure.iso !== null) expect(figure.iso, where).toMatch(/^\d{4}-\d{2}(?:-\d{2})?$/);
  if (figure.changeFrom !== null) expect(gold.figures.map((f) => f.text), where).toContain(figure.changeFrom);
  if (figure.approx !== null) expect(readFileSync(path.join(ROOT, gold.file), 'utf8'), where).toContain(`${figure.approx} `);
}

describe('articles manifest: figures', () => {
  it.each(loaded.map((entry) => [entry.gold.file, entry] as const))('%s: every figure is verbatim at its line, once', (_file, entry) => {
    for (const figure of entry.gold.figures) checkFigureShape(entry.gold, figure);
    expect(claimFigures(entry).missing).toEqual([]);
  });

  it.each(loaded.map((entry) => [entry.gold.file, entry] as const))('%s: no number in the body is missing from the gold', (_file, entry) => {
    expect(uncoveredNumbers(entry)).toEqual([]);
  });
});

const normalise = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '').replace(/\s+/g, ' ');
const wordsOf = (text: string) => normalise(text).split(/[^\p{L}\p{N}']+/u).filter(Boolean);

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let at = 0;
  for (const word of long) if (word === short[at]) at++;
  return at === short.length;
}

/** What relation two quote texts really have, so a mislabelled pair fails. */
function relationOf(a: string, b: string): QuoteRelation {
  const [na, nb] = [normalise(a), normalise(b)];
  if (na === nb) return 'same-words';
  if (na.includes(nb) || nb.includes(na)) return 'truncated';
  const [wa, wb] = [wordsOf(a), wordsOf(b)];
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.length < long.length && isSubsequence(short, long) ? 'elided' : 'word-variant';
}

function quoteSegments(file: string): string[] {
  return manifest.articles.find((a) => a.file === file)?.quotes.flatMap(segmentsOf) ?? [];
}

function factValues(story: string): Map<string, Map<string, Set<string>>> {
  const facts = new Map<string, Map<string, Set<string>>>();
  for (const gold of manifest.articles.filter((a) => a.story === story)) {
    for (const figure of gold.figures.filter((f) => f.fact !== null && f.unit !== 'duration')) {
      const byFile = facts.get(figure.fact ?? '') ?? new Map<string, Set<string>>();
      byFile.set(gold.file, (byFile.get(gold.file) ?? new Set()).add(String(figure.value ?? figure.iso)));
      facts.set(figure.fact ?? '', byFile);
    }
  }
  return facts;
}

const agrees = (byFile: Map<string, Set<string>>) => {
  const sets = [...byFile.values()];
  return sets.every((set) => sets.every((other) => [...set].some((v) => other.has(v))));
};

const multiOutlet = Object.keys(manifest.stories).filter((id) =>
  manifest.stories[id]?.quotePairs.length || manifest.articles.some((a) => a.story === id && a.figures.some((f) => f.fact !== null)));

describe('articles manifest: stories for compare', () => {
  it('every article belongs to a listed story, and every story has articles', () => {
    const used = new Set(manifest.articles.map((a) => a.story));
    expect([...used].sort()).toEqual(Object.keys(manifest.stories).sort());
    expect(multiOutlet.length).toBeGreaterThanOrEqual(1);
  });

  it.each(multiOutlet)('%s is told by at least two outlets in two files', (story) => {
    const golds = manifest.articles.filter((a) => a.story === story);
    expect(golds.length).toBeGreaterThanOrEqual(2);
    expect(new Set(golds.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(2);
  });

  it.each(multiOutlet)('%s: quote pairs are verbatim and labelled with their real relation', (story) => {
    const pairs: GoldQuotePair[] = manifest.stories[story]?.quotePairs ?? [];
    for (const pair of pairs) {
      expect(quoteSegments(pair.a).some((s) => s.includes(pair.aText)), pair.aText).toBe(true);
      expect(quoteSegments(pair.b).some((s) => s.includes(pair.bText)), pair.bText).toBe(true);
      expect(relationOf(pair.aText, pair.bText), `${pair.aText} / ${pair.bText}`).toBe(pair.relation);
    }
  });

  it.each(multiOutlet)('%s: facts agree across outlets except the listed conflicts', (story) => {
    const conflicting = manifest.stories[story]?.conflictingFacts ?? [];
    for (const [fact, byFile] of factValues(story)) {
      if (byFile.size < 2) continue;
      expect(agrees(byFile), fact).toBe(!conflicting.includes(fact));
    }
    for (const fact of conflicting) expect(factValues(story).get(fact)?.size ?? 0, fact).toBeGreaterThanOrEqual(2);
  });

  it('one story has everything a compare demo needs', () => {
    const rich = multiOutlet.filter((story) => {
      const facts = [...factValues(story).values()];
      const relations = new Set(manifest.stories[story]?.quotePairs.map((p) => p.relation));
      return manifest.articles.filter((a) => a.story === story).length >= 3
        && facts.some((f) => f.size === 1) && facts.some((f) => f.size >= 2 && agrees(f)) && facts.some((f) => !agrees(f))
        && ['same-words', 'word-variant', 'truncated'].every((r) => relations.has(r as QuoteRelation));
    });
    expect(rich.length).toBeGreaterThanOrEqual(1);
  });
});

describe('articles manifest: the samples cover what the issue asks for', () => {
  const all = manifest.articles;
  const bodies = loaded.map(({ article }) => article.text.slice(article.bodyStart, article.bodyEnd)).join('\n');

  it('has both formats, a text without a headline line and a cut trailer', () => {
    expect(new Set(all.map((a) => a.format))).toEqual(new Set(['markdown', 'text']));
    expect(all.some((a) => a.format === 'text' && a.headline === null)).toBe(true);
    expect(all.some((a) => a.trailer?.startsWith('Sign-up'))).toBe(true);
    expect(all.some((a) => a.trailer?.startsWith('Share this article'))).toBe(true);
  });

  it('has multi-paragraph quotes in curly and straight marks, and anonymous speakers', () => {
    const openers = loaded.flatMap((entry) => entry.gold.quotes.filter((q) => q.parts !== null)
      .map((q) => entry.article.text[entry.article.text.indexOf(q.parts?.[0] ?? '') - 1]));
    expect(openers).toContain('“');
    expect(openers).toContain('"');
    expect(all.some((a) => a.quotes.some((q) => q.speakerKind === 'anonymous'))).toBe(true);
  });

  it('has money in pounds, pence and dollars, percentages, ages, years, dates, ratios, ranks and changes', () => {
    const figures = all.flatMap((a) => a.figures);
    for (const unit of ['GBP', 'USD', 'percent', 'age', 'year']) expect(figures.some((f) => f.unit === unit), unit).toBe(true);
    for (const kind of ['date', 'ratio', 'rank']) expect(figures.some((f) => f.kind === kind), kind).toBe(true);
    expect(figures.some((f) => f.changeFrom !== null)).toBe(true);
    for (const surface of ['per cent', 'pc', '%', 'million', 'p', 'dozen', '-year-old']) {
      expect(figures.some((f) => f.text.endsWith(surface) || f.text.includes(surface)), surface).toBe(true);
    }
  });

  it.each(['Mr.', 'Dr.', 'Cllr', 'U.S.', 'No. 10', 'a.m.', '’90s', 'don’t', 'Ms ', 'she added', 'according to', 'spokesperson'])(
    'bodies contain %s', (needle) => {
      expect(bodies.toLowerCase()).toContain(needle.toLowerCase());
    },
  );
});
