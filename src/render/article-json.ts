import type { Article, Digest, Figure, Quote, Span } from '../model.js';
import { problemJson } from './stream.js';
import { isJsSpace } from '../text/chars.js';

function spanJson(span: Span): Record<string, number> {
  return { start: span.start, end: span.end, line: span.line, column: span.column };
}

/** The article fields every per-article JSON object starts with, in a fixed order. */
export function articleHeaderJson(article: Article): Record<string, unknown> {
  return {
    file: article.file,
    format: article.format,
    extractedFrom: article.extractedFrom,
    encoding: article.encoding,
    headline: article.headline,
    headlineFrom: article.headlineFrom,
    date: article.date,
    dateText: article.dateText,
    source: article.source,
    byline: article.byline,
    url: article.url,
    tags: article.tags,
    frontMatter: article.frontMatter,
    stats: articleStats(article),
  };
}

/**
 * An article's JSON object: the header's keys, then `body`'s, then the footer's, in that order.
 * Built with Object.assign, not as `{ ...header, …, ...footer }`: V8 gave each such spread a map of
 * its own, one per article, which the code writing and reading these objects then met as new every time.
 */
export function articleJson(article: Article, body: Record<string, unknown>): Record<string, unknown> {
  return Object.assign(articleHeaderJson(article), body, articleFooterJson(article));
}

function articleFooterJson(article: Article): Record<string, unknown> {
  return {
    trailer: article.trailer
      ? { text: article.trailer.text, start: article.trailer.start, end: article.trailer.end, line: article.trailer.line, column: article.trailer.column }
      : null,
    warnings: article.problems.map(problemJson),
  };
}

export function quoteJson(quote: Quote): Record<string, unknown> {
  return {
    text: quote.text,
    speaker: quote.speaker,
    speakerRole: quote.speakerRole,
    cue: quote.cue,
    kind: quote.kind,
    start: quote.start,
    end: quote.end,
    line: quote.line,
    column: quote.column,
    sentence: quote.sentence,
    paragraphs: quote.paragraphs.map(spanJson),
  };
}

export function figureJson(figure: Figure): Record<string, unknown> {
  return {
    text: figure.text,
    value: figure.value,
    unit: figure.unit,
    kind: figure.kind,
    approx: figure.approx,
    context: figure.context,
    start: figure.start,
    end: figure.end,
    line: figure.line,
    column: figure.column,
    sentence: figure.sentence,
    changeFrom: figure.changeFrom,
    high: figure.high,
    measure: figure.measure,
    direction: figure.direction,
  };
}

export function digestJson(digest: Digest): Record<string, unknown> {
  const article = digest.article;
  return articleJson(article, {
    // Span keys written out: a spread copies every key, and this runs for every sentence, quote and figure.
    summary: digest.summary.map((s) => ({
      text: s.text, start: s.start, end: s.end, line: s.line, column: s.column, sentence: s.sentence, score: round(s.score), parts: roundParts(s.parts),
    })),
    keyQuotes: digest.keyQuotes,
    keyFigures: digest.keyFigures,
    quotes: digest.quotes.map(quoteJson),
    figures: digest.figures.map(figureJson),
  });
}

function articleStats(article: Article): { paragraphs: number; sentences: number; words: number } {
  return { paragraphs: article.paragraphs.length, sentences: article.sentences.length, words: wordCount(article) };
}

/** Words as runs of non-space characters: what `text.split(/\s+/).filter(Boolean).length` counts, without the arrays. */
export function wordCount(article: Article): number {
  let words = 0;
  for (const paragraph of article.paragraphs) {
    const text = paragraph.text;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const space = isJsSpace(text.charCodeAt(i));
      if (!space && !inWord) words++;
      inWord = !space;
    }
  }
  return words;
}

/** Scores are rounded so that output does not depend on floating-point noise. */
export function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

function roundParts(parts: Record<string, number>): Record<string, number> {
  const rounded: Record<string, number> = {};
  for (const key of Object.keys(parts)) rounded[key] = round(parts[key]!);
  return rounded;
}
