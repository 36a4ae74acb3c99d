// Word tokens for matching text against text: lower-cased words, stop words, Porter stems and numbers.
import { stemmer } from 'stemmer';

/** Letters and digits, with inner apostrophes, dots and commas kept ("don't", "9.2", "7,319"). */
const WORD = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;
const LETTER = /\p{L}/u;

/** Function words and the commonest verbs of reporting: they say nothing about what a story is about. */
export const STOPWORDS: ReadonlySet<string> = new Set(`
a about above after again against all also although am among an and another any are around as at
be because been before being below between both but by can could did do does doing done down during
each either else ever every few for from further had has have having he her here hers herself him
himself his how however i if in into is it its itself just last least less like made make many may
me might more most much must my myself near neither never new next no nor not now of off often on
once one only or other others our ours ourselves out over own per perhaps rather really said same
say says see seen several shall she should since so some still such than that the their theirs them
themselves then there these they this those though through thus to told too two under until up upon
us very via was we were what when where whether which while who whom whose why will with within
without would yet you your yours yourself yourselves according across already always among another
anyone anything back came come comes could day days get gets getting go goes going gone got just
know known later let lot may mr mrs ms dr much need needs put set take taken takes three time times
way ways week weeks well went year years yesterday today tomorrow monday tuesday wednesday thursday
friday saturday sunday told tell tells asked added says saying`.split(/\s+/).filter(Boolean));

export interface WordToken {
  /** The word lower-cased, curly apostrophes made straight. */
  word: string;
  start: number;
  end: number;
}

/** Every word of `text` with its offsets. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0].replace(/[.,]+$/, '');
    tokens.push({ word: raw.toLowerCase().replace(/’/g, "'"), start: match.index, end: match.index + raw.length });
  }
  return tokens;
}

/** Every word of `text`, lower-cased. */
export function words(text: string): string[] {
  return wordTokens(text).map((token) => token.word);
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** The stem of a lower-cased word: possessives dropped, then Porter's stemmer. */
export function stem(word: string): string {
  return stemmer(word.replace(/'s?$/, ''));
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
  if (word.length < 2 || STOPWORDS.has(word)) return;
  const stemmed = stemOf(word);
  if (stemmed.length > 1 && !STOPWORDS.has(stemmed)) visit(stemmed, word);
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

/** How many times each item occurs. */
export function countItems(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
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
