// compareArticles: what two or more articles share and where they differ: similarity and verdict
// per pair, quotes, figures and names.
import type { Article, Comparison, Figure, PairSimilarity, Quote } from '../model.js';
import { extractFigures } from '../extract/figures.js';
import { extractQuotes } from '../extract/quotes.js';
import { articleNames, namesOnlyIn } from './entities.js';
import { headlineQuotes } from './headline-quotes.js';
import { compareFigures, type ContextOf } from './figures.js';
import { profileArticle } from './profile.js';
import { groupQuotes, speakerCoverage } from './quotes.js';
import { toSignature } from './signature.js';
import { similarity, verdictFor } from './similarity.js';
import { Vocabulary } from './vocabulary.js';

/** Words either side of a figure that stand for its context when the extractor gave none. */
export const FIGURE_CONTEXT_WORDS = 5;

/** Quotes and figures already extracted, to skip extracting them again. */
export interface Extracted {
  quotes: Quote[];
  figures: Figure[];
}

/** Quotes and figures of each article (the headline's quoted words first), unless given. */
export function compareArticles(articles: readonly Article[], extracted?: readonly Extracted[]): Comparison {
  const parts = articles.map((article, i) => {
    const given = extracted?.[i] ?? { quotes: extractQuotes(article), figures: extractFigures(article) };
    const inHeadline = headlineQuotes(article).filter((h) => !given.quotes.some((q) => q.start === h.start));
    return { quotes: [...inHeadline, ...given.quotes], figures: given.figures };
  });
  const names = articles.map(articleNames);
  const figures = compareFigures(parts.map((p) => p.figures), figureContext(articles));
  return {
    articles: articles.map((article, i) => ({ article, quotes: parts[i]!.quotes, figures: parts[i]!.figures, names: names[i]! })),
    pairs: pairSimilarities(articles),
    quotes: groupQuotes(parts.map((p) => p.quotes)),
    speakers: speakerCoverage(parts.map((p) => p.quotes)),
    figures: figures.groups,
    conflicts: figures.conflicts,
    namesOnly: namesOnlyIn(articles, names),
  };
}

/** Every pair's similarity (a < b). With so few documents every term weighs the same (no IDF). */
export function pairSimilarities(articles: readonly Article[]): PairSimilarity[] {
  const vocabulary = new Vocabulary();
  const signatures = articles.map((article) => toSignature(profileArticle(article), vocabulary));
  const idf = (id: number) => vocabulary.idf(id);
  const pairs: PairSimilarity[] = [];
  for (let a = 0; a < signatures.length; a++) {
    for (let b = a + 1; b < signatures.length; b++) {
      const result = similarity(signatures[a]!, signatures[b]!, idf);
      pairs.push({ a, b, score: result.score, verdict: verdictFor(result.score), parts: result.parts });
    }
  }
  return pairs;
}

/** A figure's context: the extractor's, else the words around it in its sentence. */
export function figureContext(articles: readonly Article[]): ContextOf {
  return (index, figure) => {
    if (figure.context) return figure.context;
    const article = articles[index];
    const sentence = article?.sentences[figure.sentence];
    if (!article || !sentence) return '';
    const before = article.text.slice(sentence.start, Math.max(sentence.start, figure.start)).split(/\s+/).filter(Boolean).slice(-FIGURE_CONTEXT_WORDS);
    const after = article.text.slice(Math.min(figure.end, sentence.end), sentence.end).split(/\s+/).filter(Boolean).slice(0, FIGURE_CONTEXT_WORDS);
    return [...before, ...after].join(' ');
  };
}
