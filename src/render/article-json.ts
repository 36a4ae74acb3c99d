import type { Article, Digest, Figure, Quote, Span } from '../model.js';
import { problemJson } from './stream.js';

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
    stats: { paragraphs: article.paragraphs.length, sentences: article.sentences.length, words: wordCount(article) },
  };
}

export function articleFooterJson(article: Article): Record<string, unknown> {
  return {
    trailer: article.trailer ? { text: article.trailer.text, ...spanJson(article.trailer) } : null,
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
    ...spanJson(quote),
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
    ...spanJson(figure),
    sentence: figure.sentence,
    changeFrom: figure.changeFrom,
    high: figure.high,
    measure: figure.measure,
    direction: figure.direction,
  };
}

export function digestJson(digest: Digest): Record<string, unknown> {
  return {
    ...articleHeaderJson(digest.article),
    summary: digest.summary.map((s) => ({ text: s.text, ...spanJson(s), sentence: s.sentence, score: round(s.score), parts: roundParts(s.parts) })),
    keyQuotes: digest.keyQuotes,
    keyFigures: digest.keyFigures,
    quotes: digest.quotes.map(quoteJson),
    figures: digest.figures.map(figureJson),
    ...articleFooterJson(digest.article),
  };
}

export function wordCount(article: Article): number {
  let words = 0;
  for (const paragraph of article.paragraphs) words += paragraph.text.split(/\s+/).filter(Boolean).length;
  return words;
}

/** Scores are rounded so that output does not depend on floating-point noise. */
export function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

function roundParts(parts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(parts).map(([key, value]) => [key, round(value)]));
}
