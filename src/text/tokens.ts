// Word tokens for scoring and matching text: lower-cased words, English stopwords, Porter stems,
// numbers. Pure helpers; the summarizer and the comparer both build on them.

import { stemmer } from 'stemmer';

/** A word: letters or digits, with inner apostrophes or hyphens kept ("don't", "mid-term", "3.5"). */
const WORD = /[\p{L}\p{N}]+(?:(?:['’\-.,][\p{L}\p{N}]+)*)/gu;

/** A standard English list of function words: they say nothing about what a sentence is about. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set((
  'a about above after again against all am an and any are as at be because been before being below ' +
  'between both but by can did do does doing down during each few for from further had has have having ' +
  'he her here hers herself him himself his how i if in into is it its itself just me more most my ' +
  'myself no nor not now of off on once only or other our ours ourselves out over own same she should ' +
  'so some such than that the their theirs them themselves then there these they this those through to ' +
  'too under until up very was we were what when where which while who whom why will with you your ' +
  "yours yourself yourselves it's she's you're won't don't doesn't didn't isn't aren't wasn't weren't " +
  "hasn't haven't hadn't wouldn't couldn't shouldn't"
).split(' '));

/**
 * Words news prose repeats in every story that a standard list counts as content: reporting words
 * ("said", "told", "mr"), modal verbs, common adverbs and determiners ("also", "still", "many") and
 * some contractions ("he's", "we're"). Most
 * features leave them out with the function words, or every attributed sentence would look central;
 * the summarizer's word-count centrality counts them (see features.ts, wordCentrality).
 */
export const NEWS_STOPWORDS: readonly string[] = (
  "almost also although among another anyone anything around became become can't cannot could done dr " +
  "either else even ever every get gets got he's however i'd i'll i'm i've least less let's like made " +
  'make many may might mr mrs ms much must neither often one others per perhaps put rather said say ' +
  "saying says since still that's there's they're they've though thus told toward towards unless upon " +
  "us via we're we've whatever whether whose within without would yet"
).split(' ');

/** Function words and news stopwords: the words left out of a sentence's content terms. */
export const STOPWORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...NEWS_STOPWORDS]);

/**
 * Lower-cased word tokens of `text`, in order; curly apostrophes become straight ones. The words
 * WORD matches, found by a hand-written scanner: this runs over every sentence of every article,
 * and a regular expression's match objects were much of the garbage.
 */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (let start = nextWordStart(lower, 0); start < lower.length; ) {
    const end = wordEnd(lower, start);
    const word = lower.slice(start, end);
    out.push(word.includes('’') ? word.replace(/’/g, "'") : word);
    start = nextWordStart(lower, end);
  }
  return out;
}

/** The first offset at or after `from` where a word starts (a letter or digit), or the text's length. */
export function nextWordStart(lower: string, from: number): number {
  let i = from;
  for (; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < ASCII_END ? isAsciiWordChar(code) : wordCharLength(lower, i) > 0) break;
  }
  return i;
}

/**
 * Where the word starting at `start` ends: runs of letters and digits joined by an inner
 * apostrophe, hyphen, dot or comma with a letter or digit right after it ("don't", "mid-term",
 * "3.5", "1,200").
 */
export function wordEnd(lower: string, start: number): number {
  let i = wordRunEnd(lower, start);
  while (i < lower.length && isJoiner(lower.charCodeAt(i))) {
    const next = i + 1 < lower.length ? wordCharLength(lower, i + 1) : 0;
    if (next === 0) break;
    i = wordRunEnd(lower, i + 1 + next);
  }
  return i;
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** Code units below this are ASCII, told apart by their code alone (nearly all of news text). */
const ASCII_END = 128;

/** An ASCII letter or digit. */
function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
}

/** Code units of the letter or digit at `i` (1, or 2 for an astral one), or 0 when there is none. */
export function wordCharLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code < ASCII_END) return isAsciiWordChar(code) ? 1 : 0;
  const point = text.codePointAt(i)!;
  if (!LETTER_OR_NUMBER.test(String.fromCodePoint(point))) return 0;
  return point > 0xffff ? 2 : 1;
}

/** Where the run of letters and digits from `from` ends; ASCII is read in the loop itself, without a call per character. */
function wordRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < ASCII_END) {
      if (!isAsciiWordChar(code)) break;
      i++;
    } else {
      const step = wordCharLength(text, i);
      if (step === 0) break;
      i += step;
    }
  }
  return i;
}

/** ' ’ - . , */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 46 || code === 44;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** The Porter stem of a lower-cased word, with a possessive "'s" dropped first. */
export function stem(word: string): string {
  const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
  return /^\p{N}/u.test(bare) ? bare : stemmer(bare);
}

/**
 * The term of each word seen so far, shared by every article a process reads: its stem, or null for
 * a stopword. News repeats the same few thousand words, and stemming is the costly part of a term;
 * one lookup per word also answers the stopword test. The summarizer's sentences go through
 * sentence-terms.ts, which keeps its own table for the same reason; this one serves contentTerms
 * (headlines, and sentences when summaries merge). Bounded, so memory stays flat over any archive; past the
 * bound new words are looked up and stemmed each time.
 */
const WORD_TERMS = new Map<string, string | null>();
const MAX_CACHED_TERMS = 100_000;

/** The word's stem, or null when it is a stopword; `word` has at least two characters. */
function termOf(word: string): string | null {
  let term = WORD_TERMS.get(word);
  if (term === undefined) {
    term = STOPWORDS.has(word) ? null : stem(word);
    if (WORD_TERMS.size < MAX_CACHED_TERMS) WORD_TERMS.set(word, term);
  }
  return term;
}

/** Stems of the words that carry meaning: stopwords and one-letter tokens left out. */
export function contentTerms(text: string): string[] {
  return termsOfWords(words(text));
}

/** contentTerms of a text whose words() are already known. */
export function termsOfWords(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of tokens) {
    if (word.length < 2) continue;
    const term = termOf(word);
    if (term !== null) out.push(term);
  }
  return out;
}

/** How often each item occurs. */
export function countTerms(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/**
 * Words that say little about which event a story reports, on top of STOPWORDS: calendar words,
 * vague quantities and reporting verbs. Used when matching articles against each other (compare,
 * stories), where "Tuesday" or "year" would make any two reports look alike.
 */
export const NEWS_FILLER: ReadonlySet<string> = new Set(`
according across added already always asked back came come comes day days going gone just know known
later let lot need needs set take taken takes three time times two way ways week weeks well went year
years yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday tell tells new
last next see seen shall one`.split(/\s+/).filter(Boolean));

export function isCompareStopword(word: string): boolean {
  return STOPWORDS.has(word) || NEWS_FILLER.has(word);
}

export interface StemmedWord {
  stem: string;
  /** The word as it was, lower-cased. */
  word: string;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NON_ASCII_LETTER = /\p{L}/u;

function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return NON_ASCII_LETTER.test(String.fromCharCode(code));
}

/** Apostrophes and dots that may stand inside a word: "don't", "u.s". */
function isInnerMark(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46;
}

/** The words that carry meaning, with their stems: no stop words, no numbers, no single letters. Runs once per word of every article: kept lean. */
export function contentWords(text: string, stemOf: (word: string) => string = stem): StemmedWord[] {
  const out: StemmedWord[] = [];
  forEachContentWord(text, stemOf, (stemmed, word) => out.push({ stem: stemmed, word }));
  return out;
}

/**
 * contentWords without building a list: `visit` gets each stem and word in turn. A hand-written
 * scanner, as it runs over every word of every article: a word starts with a letter and may hold
 * digits and inner apostrophes or dots.
 */
export function forEachContentWord(text: string, stemOf: (word: string) => string, visit: (stem: string, word: string) => void): void {
  const lower = text.toLowerCase();
  const length = lower.length;
  let i = 0;
  while (i < length) {
    if (!isLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && (isLetterOrDigit(lower.charCodeAt(i)) || (isInnerMark(lower.charCodeAt(i)) && i + 1 < length && isLetterOrDigit(lower.charCodeAt(i + 1))))) i++;
    visitWord(lower.slice(start, i), stemOf, visit);
  }
}

function visitWord(raw: string, stemOf: (word: string) => string, visit: (stem: string, word: string) => void): void {
  let word = raw;
  if (word.includes('.')) word = word.replace(/\./g, '');
  if (word.includes('’')) word = word.replace(/’/g, "'");
  if (word.endsWith("'s")) word = word.slice(0, -2);
  if (word.length < 2 || isCompareStopword(word)) return;
  const stemmed = stemOf(word);
  if (stemmed.length > 1 && !isCompareStopword(stemmed)) visit(stemmed, word);
}

/** Stems of the words that carry meaning. */
export function contentStems(text: string): string[] {
  return contentWords(text).map((w) => w.stem);
}

/** A number: "7,319", "9.2", "2011"; not part of a longer run of digits and separators. */
const NUMBER = /(?<![\p{N}.,])\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?(?![\p{N}])|(?<![\p{N}.,])\p{N}+(?:\.\p{N}+)?(?![\p{N}])/gu;

/**
 * Numbers written in `text`, normalised so that "7,319" and "7319" agree ("£9.2million" gives "9.2").
 * Single digits are dropped: they are too common to tell two texts apart.
 */
export function numberTokens(text: string): string[] {
  const numbers: string[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const plain = match[0].replace(/,/g, '').replace(/\.0+$/, '');
    if (plain.length >= 2) numbers.push(plain);
  }
  return numbers;
}

/**
 * Porter stems remembered per word: a collection of thousands of articles stems the same few
 * thousand words again and again. Owned by the caller (one per run), so nothing outlives it.
 */
export class StemCache {
  private readonly stems = new Map<string, string>();

  /** Words seen before this many distinct ones are remembered; later new words are stemmed each time. */
  constructor(private readonly limit = 200_000) {}

  readonly stem = (word: string): string => {
    let stemmed = this.stems.get(word);
    if (stemmed === undefined) {
      stemmed = stem(word);
      if (this.stems.size < this.limit) this.stems.set(word, stemmed);
    }
    return stemmed;
  };
}
