// What we can measure about each sentence of an article, every feature scaled to 0..1:
// where it stands, how central it is, how much it shares with the headline, whether it carries
// names, figures or quotes, and how long it is. Also the flags that keep a sentence out of a summary.

import type { Article, Figure, Quote } from '../model.js';
import { contentTerms, countTerms, NEWS_STOPWORDS } from '../text/tokens.js';
import { sentenceTerms, termId, type SentenceTerms } from '../text/sentence-terms.js';
import {
  cosinesWith, inverseFrequencies, sparseSimilarityMatrix, sparseVector, termBags, TermNumbers, type SparseVector, type TermBag,
} from '../text/term-bags.js';
import { pageRank, scaleToMax } from './centrality.js';
import {
  danglingOpener, hasDigits, hasQuoteMarks, isCaptionOrByline, isFragment, isHeading, isRunTogether, nameMentionCount, type Opener,
} from './signals.js';

/** Position decays as exp(-index / scale): news puts its point first, and this many sentences in it has faded to 1/e. */
export const POSITION_SCALE = 4;
/** Names in a sentence at which the people feature is full: more names are not more news. */
export const NAME_SATURATION = 3;
/** Figures in a sentence at which the figures feature is full. */
export const FIGURE_SATURATION = 2;
/** Sentences shorter than this many words are dropped: datelines, captions, quote tails. */
export const MIN_WORDS = 5;
/** Below this many words the length feature grows linearly: short sentences say little. */
export const SHORT_WORDS = 12;
/** Above this many words the length feature falls: run-ons and glued captions read badly in a summary. */
export const LONG_WORDS = 45;
/** A body sentence this similar (cosine) to the headline repeats it and is left out. */
export const HEADLINE_REPEAT = 0.85;

/**
 * Only this many sentences from the top of an article are weighed: the sentence graphs cost n² time
 * and memory, and no news summary needs a sentence past the 400th. Later sentences are never chosen.
 */
export const MAX_CANDIDATES = 400;

/** Results of other extractors the scorer can use; either list may be absent. */
export interface Extraction {
  quotes?: readonly Quote[];
  figures?: readonly Figure[];
}

export interface SentenceFeatures {
  position: number;
  paragraphLead: number;
  centrality: number;
  wordCentrality: number;
  frequency: number;
  headline: number;
  people: number;
  figures: number;
  quote: number;
  length: number;
}

export interface SentenceInfo {
  index: number;
  words: number;
  vector: SparseVector;
  opener: Opener;
  /** Why the sentence may never be chosen, or null when it may. */
  excluded: 'heading' | 'caption' | 'fragment' | 'short' | 'headline' | null;
  features: SentenceFeatures;
}

export interface ArticleAnalysis {
  /** The first MAX_CANDIDATES sentences of the article, analysed. */
  sentences: SentenceInfo[];
  /** Cosine similarity of every pair of weighed sentences (TF-IDF over the article's sentences). */
  similarity: number[][];
}

/**
 * `wordCentrality: false` leaves that feature 0 for a summary whose weights ignore it (a brief): its
 * sentence graph is one of the two costliest steps here.
 */
export function analyzeArticle(article: Article, extraction: Extraction = {}, { wordCentrality: wanted = true } = {}): ArticleAnalysis {
  const considered = article.sentences.slice(0, MAX_CANDIDATES);
  // Each sentence is tokenised once; every feature below reads these.
  const tokenised = considered.map((s) => sentenceTerms(s.text));
  const terms = tokenised.map((t) => t.terms);
  const headlineTerms = article.headline ? contentTerms(article.headline) : [];
  const numbers = new TermNumbers();
  // Terms numbered by their ids (integer keys), not by hashing each term string again.
  const bags = termBags(terms, numbers, tokenised.map((t) => t.ids));
  const idf = inverseFrequencies(bags, numbers.size);
  const headlineBag = termBags([headlineTerms], numbers, [headlineTerms.map(termId)])[0]!;
  const vectors = bags.map((bag) => sparseVector(bag, idf));
  const similarity = sparseSimilarityMatrix(vectors, numbers.size);
  const centrality = scaleToMax(pageRank(similarity));
  // Typed arrays, each feature's of one kind in every article (see scaleToMax).
  const wordCentrality = wanted ? wordCountCentrality(bags, tokenised, numbers.size) : new Float64Array(0);
  const frequency = scaleToMax(bagFrequencyScores(bags, numbers.size));
  const headlineSimilarity = article.headline ? cosinesWith(vectors, sparseVector(headlineBag, idf), numbers.size) : null;
  const headlineShare = headlineOverlap(bags, headlineBag, numbers.size);
  const quoted = quotedSentences(article, extraction.quotes);
  const figureCounts = figuresPerSentence(article, extraction.figures);
  const sentences = considered.map((sentence, i): SentenceInfo => {
    const wordCount = tokenised[i]!.words;
    return {
      index: i,
      words: wordCount,
      vector: vectors[i]!,
      opener: danglingOpener(sentence.text),
      excluded: exclusion(sentence.text, wordCount, headlineSimilarity?.[i] ?? 0),
      features: {
        position: Math.exp(-i / POSITION_SCALE),
        paragraphLead: article.sentences[i - 1]?.paragraph === sentence.paragraph ? 0 : 1,
        centrality: centrality[i] ?? 0,
        wordCentrality: wordCentrality[i] ?? 0,
        frequency: frequency[i] ?? 0,
        headline: headlineShare[i]!,
        people: Math.min(1, nameMentionCount(sentence.text) / NAME_SATURATION),
        figures: Math.min(1, (figureCounts[i] ?? 0) / FIGURE_SATURATION),
        quote: quoted.has(i) ? 1 : 0,
        length: lengthScore(wordCount),
      },
    };
  });
  return { sentences, similarity };
}

/** PageRank over the cosine of the sentences' word counts, news stopwords included, scaled to 1. */
function wordCountCentrality(bags: readonly TermBag[], tokenised: readonly SentenceTerms[], termCount: number): Float64Array {
  const vectors = bags.map((bag, i) => wordCountVector(bag, tokenised[i]!.newsWords, termCount));
  return scaleToMax(pageRank(sparseSimilarityMatrix(vectors, termCount + NEWS_STOPWORDS.length)));
}

/**
 * The sentence's term counts, no idf (a word the whole article repeats counts fully), and its news
 * stopwords, numbered from `firstNewsTerm` on.
 */
function wordCountVector(bag: TermBag, newsWords: readonly number[], firstNewsTerm: number): SparseVector {
  const counts = new Map<number, number>();
  for (const k of newsWords) counts.set(firstNewsTerm + k, (counts.get(firstNewsTerm + k) ?? 0) + 1);
  const terms = [...bag.terms, ...counts.keys()];
  const weights = [...bag.counts, ...counts.values()];
  return { terms, weights, norm: Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0)) };
}

function exclusion(text: string, wordCount: number, headlineSimilarity: number): SentenceInfo['excluded'] {
  if (isHeading(text)) return 'heading';
  if (isCaptionOrByline(text) || isRunTogether(text)) return 'caption';
  if (isFragment(text)) return 'fragment';
  if (wordCount < MIN_WORDS) return 'short';
  if (headlineSimilarity >= HEADLINE_REPEAT) return 'headline';
  return null;
}

/** Luhn / SumBasic: the mean article frequency of a sentence's content terms. */
export function termFrequencyScores(terms: readonly (readonly string[])[]): number[] {
  const counts = countTerms(terms.flat());
  return terms.map((list) => (list.length === 0 ? 0 : list.reduce((sum, t) => sum + (counts.get(t) ?? 0), 0) / list.length));
}

/** termFrequencyScores over numbered bags: the same integer sums, so the same scores. */
function bagFrequencyScores(bags: readonly TermBag[], termCount: number): Float64Array {
  const counts = new Int32Array(termCount);
  for (const bag of bags) for (let k = 0; k < bag.terms.length; k++) counts[bag.terms[k]!]! += bag.counts[k]!;
  const scores = new Float64Array(bags.length);
  bags.forEach((bag, i) => {
    let sum = 0;
    let length = 0;
    for (let k = 0; k < bag.terms.length; k++) {
      sum += bag.counts[k]! * counts[bag.terms[k]!]!;
      length += bag.counts[k]!;
    }
    scores[i] = length === 0 ? 0 : sum / length;
  });
  return scores;
}

/**
 * The share of the headline's distinct terms each sentence uses. A Float64Array: every read is a double,
 * where a plain array holds small integers in one article (all 0) and fractions in the next, and the
 * feature loop that reads it was recompiled for each kind of array it met.
 */
function headlineOverlap(bags: readonly TermBag[], headline: TermBag, termCount: number): Float64Array {
  const shares = new Float64Array(bags.length);
  if (headline.terms.length === 0) return shares;
  const inHeadline = new Uint8Array(termCount);
  for (const term of headline.terms) inHeadline[term] = 1;
  bags.forEach((bag, i) => {
    let shared = 0;
    for (const term of bag.terms) shared += inHeadline[term]!;
    shares[i] = shared / headline.terms.length;
  });
  return shares;
}

export function lengthScore(wordCount: number): number {
  if (wordCount < SHORT_WORDS) return wordCount / SHORT_WORDS;
  if (wordCount > LONG_WORDS) return LONG_WORDS / wordCount;
  return 1;
}

/** Sentences that carry a direct quote: from the quote extractor when it found any, else by quote marks. */
function quotedSentences(article: Article, quotes: readonly Quote[] | undefined): Set<number> {
  if (quotes && quotes.length > 0) return new Set(quotes.map((q) => q.sentence));
  const found = new Set<number>();
  article.sentences.forEach((s, i) => { if (hasQuoteMarks(s.text)) found.add(i); });
  return found;
}

/** Figures per sentence: from the figure extractor when it found any, else one for any digit. */
function figuresPerSentence(article: Article, figures: readonly Figure[] | undefined): number[] {
  const counts = new Array<number>(article.sentences.length).fill(0);
  if (figures && figures.length > 0) {
    for (const figure of figures) if (figure.sentence < counts.length) counts[figure.sentence]!++;
  } else {
    article.sentences.forEach((s, i) => { counts[i] = hasDigits(s.text) ? 1 : 0; });
  }
  return counts;
}
