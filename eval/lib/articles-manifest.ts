// The gold for our own sample articles (articles/): quotes, figures and cross-outlet facts written by
// the articles' author, in tests/fixtures/articles-manifest.json. Evaluation scripts and tests load it
// from here so they share one typed reading of it; tests/unit/articles-manifest.test.ts checks it
// against the files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FigureKind, FigureUnit, QuoteKind } from '../../src/model.js';

export const ARTICLES_MANIFEST = 'tests/fixtures/articles-manifest.json';

export interface GoldQuote {
  /** The words inside the marks, verbatim; paragraphs of a multi-paragraph quote joined by "\n". */
  text: string;
  /** One verbatim string per paragraph for a multi-paragraph quote, else null. */
  parts: string[] | null;
  /** 1-based file line where the quote's text starts. */
  line: number;
  speaker: string | null;
  speakerKind: 'person' | 'organisation' | 'anonymous' | null;
  role: string | null;
  kind: QuoteKind;
}

export interface GoldFigure {
  /** Surface text, verbatim (numeral with currency, magnitude and unit words; no approximator). */
  text: string;
  line: number;
  value: number | null;
  unit: FigureUnit;
  kind: FigureKind;
  /** The approximator as written ("about", "more than"), or null. */
  approx: string | null;
  /** What the figure counts, in words. */
  counts: string;
  /** Belongs in the article's key figures. */
  key: boolean;
  /** Same fact across outlets of one story, or null. */
  fact: string | null;
  /** For the later end of a change: the text of the earlier end, listed in the same article. */
  changeFrom: string | null;
  /** For dates only: YYYY-MM or YYYY-MM-DD. */
  iso: string | null;
}

export interface GoldNotFigure {
  text: string;
  why: string;
}

export interface GoldArticle {
  file: string;
  outlet: string;
  story: string;
  format: 'markdown' | 'text';
  headline: string | null;
  date: string | null;
  byline: string | null;
  /** Boilerplate the parser must cut from the end of the body, verbatim, or null. */
  trailer: string | null;
  quotes: GoldQuote[];
  figures: GoldFigure[];
  notFigures: GoldNotFigure[];
}

export type QuoteRelation = 'same-words' | 'word-variant' | 'truncated' | 'elided';

export interface GoldQuotePair {
  a: string;
  aText: string;
  b: string;
  bText: string;
  relation: QuoteRelation;
}

export interface GoldStory {
  summary: string;
  notes: string | null;
  /** Facts (GoldFigure.fact) that the outlets give with different values. */
  conflictingFacts: string[];
  quotePairs: GoldQuotePair[];
}

export interface ArticlesManifest {
  description: string;
  conventions: { quotes: string[]; figures: string[] };
  stories: Record<string, GoldStory>;
  articles: GoldArticle[];
}

/** Reads the manifest; `root` is the repository root (article paths in it are relative to that). */
export function loadArticlesManifest(root: string): ArticlesManifest {
  return JSON.parse(readFileSync(path.join(root, ARTICLES_MANIFEST), 'utf8')) as ArticlesManifest;
}
