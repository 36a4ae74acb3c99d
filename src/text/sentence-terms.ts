// The content terms of a sentence and its word count, as termsOfWords(words(text)) gives them, but
// without a string per word: the summarizer tokenises every sentence of every article, and making
// each word a string only to look it up in a Map was its largest cost (a string, a hash, then a
// chain of dependent memory reads per word). Here the words are hashed where they stand in the
// lower-cased text and looked up in an open-addressing table; a string is made only for a word
// not seen before.

import { NEWS_STOPWORDS, nextWordStart, STOPWORDS, stem, wordEnd } from './tokens.js';

export interface SentenceTerms {
  /** Stems of the content words, in order: termsOfWords(words(text)). */
  terms: string[];
  /** For each term, its number among all terms this process has remembered (see termId), or NO_TERM_ID. */
  ids: number[];
  /** How many words the text has: words(text).length. */
  words: number;
  /** Each news stopword the text uses (see NEWS_STOPWORDS), as its index in that list, in order. */
  newsWords: number[];
}

/**
 * Distinct words remembered, shared by every article a process reads (news repeats the same few
 * thousand words). Bounded, so memory stays flat over any archive; past the bound a new word is
 * looked up in vain and stemmed each time.
 */
const MAX_REMEMBERED_WORDS = 100_000;
/** The table is at most this full, so a probe finds a hit or an empty slot within a few steps. */
const MAX_LOAD = 0.5;
const FIRST_CAPACITY = 1 << 12;
const RIGHT_SINGLE_QUOTE = 0x2019;
const APOSTROPHE = 39;

/**
 * The table, laid out so that a lookup reads few separate places in memory (each one, in a run
 * that touches a megabyte of other data between two sentences, likely a cache miss): slot i is
 * SLOT_FIELDS numbers in `slots` (the word's hash, 0 for an empty slot; where its code units start
 * in `units`; how many there are; its term's id, or STOPWORD). The word's code units (with
 * ’ written ') sit in `units`, so comparing them needs no string of their own.
 */
const SLOT_FIELDS = 4;
const HASH = 0;
const UNITS_START = 1;
const UNITS_LENGTH = 2;
const TERM = 3;
const FIRST_UNITS = 1 << 15;
let capacity = FIRST_CAPACITY;
let slots = new Int32Array(capacity * SLOT_FIELDS);
let units = new Uint16Array(FIRST_UNITS);
let unitsUsed = 0;
let size = 0;
/** slots[TERM] of a function word. */
const STOPWORD = -1;
/** slots[TERM] of the news stopword NEWS_STOPWORDS[k] is FIRST_NEWS_WORD - k (below UNNUMBERED). */
const FIRST_NEWS_WORD = -3;
const NEWS_WORD_INDEX = new Map(NEWS_STOPWORDS.map((word, k) => [word, k]));

/**
 * Every distinct term (stem) of a remembered word, numbered: a term's number lets the summarizer
 * number an article's terms with integer keys instead of hashing each term string again. At most one
 * term per remembered word, so bounded with them.
 */
const termIds = new Map<string, number>();
const termList: string[] = [];
/** The id of a term that has none: one met only after the table was full. */
export const NO_TERM_ID = -1;

/** The term's number (as in SentenceTerms.ids), or NO_TERM_ID when no remembered word has it. */
export function termId(term: string): number {
  return termIds.get(term) ?? NO_TERM_ID;
}

/** A term met after the table was full, which has no id: termAt's answer when it returns UNNUMBERED. */
let unnumbered = '';
const UNNUMBERED = -2;

/** termsOfWords(words(text)) and words(text).length, in one pass. */
export function sentenceTerms(text: string): SentenceTerms {
  const lower = text.toLowerCase();
  const terms: string[] = [];
  const ids: number[] = [];
  const newsWords: number[] = [];
  let count = 0;
  for (let start = nextWordStart(lower, 0); start < lower.length; ) {
    const end = wordEnd(lower, start);
    count++;
    // One-letter words are never terms (termsOfWords skips them).
    const id = end - start < 2 ? STOPWORD : termAt(lower, start, end);
    if (id >= 0) {
      terms.push(termList[id]!);
      ids.push(id);
    } else if (id === UNNUMBERED) {
      terms.push(unnumbered);
      ids.push(NO_TERM_ID);
    } else if (id <= FIRST_NEWS_WORD) {
      newsWords.push(FIRST_NEWS_WORD - id);
    }
    start = nextWordStart(lower, end);
  }
  return { terms, ids, words: count, newsWords };
}

/** The code unit at `i` with ’ read as ', as words() writes it. */
function unitAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code === RIGHT_SINGLE_QUOTE ? APOSTROPHE : code;
}

/** FNV-1a over the word's code units; never 0, which marks an empty slot. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ unitAt(text, i), 0x01000193);
  return hash === 0 ? 1 : hash;
}

/** Whether the word in slot `at` (its offset in `slots`) is text[start, end). */
function sameWord(at: number, text: string, start: number, end: number): boolean {
  const length = slots[at + UNITS_LENGTH]!;
  if (length !== end - start) return false;
  const from = slots[at + UNITS_START]!;
  for (let k = 0; k < length; k++) if (units[from + k] !== unitAt(text, start + k)) return false;
  return true;
}

/**
 * The term of the word text[start, end) as its id; STOPWORD for a function word; FIRST_NEWS_WORD - k
 * for NEWS_STOPWORDS[k]; UNNUMBERED for a term without an id, which is then in `unnumbered`.
 */
function termAt(text: string, start: number, end: number): number {
  const hash = hashOf(text, start, end);
  const mask = capacity - 1;
  let slot = hash & mask;
  for (; slots[slot * SLOT_FIELDS + HASH] !== 0; slot = (slot + 1) & mask) {
    const at = slot * SLOT_FIELDS;
    if (slots[at + HASH] === hash && sameWord(at, text, start, end)) return slots[at + TERM]!;
  }
  const raw = text.slice(start, end);
  const word = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
  if (STOPWORDS.has(word)) {
    const news = NEWS_WORD_INDEX.get(word);
    const code = news === undefined ? STOPWORD : FIRST_NEWS_WORD - news;
    if (size < MAX_REMEMBERED_WORDS) remember(slot, hash, word, code);
    return code;
  }
  const term = stem(word);
  if (size < MAX_REMEMBERED_WORDS) {
    const id = idFor(term);
    remember(slot, hash, word, id);
    return id;
  }
  const id = termId(term);
  if (id !== NO_TERM_ID) return id;
  unnumbered = term;
  return UNNUMBERED;
}

/** The term's id, numbering it when new. */
function idFor(term: string): number {
  let id = termIds.get(term);
  if (id === undefined) {
    id = termList.length;
    termIds.set(term, id);
    termList.push(term);
  }
  return id;
}

function remember(slot: number, hash: number, word: string, term: number): void {
  if (unitsUsed + word.length > units.length) {
    const grown = new Uint16Array(Math.max(units.length * 2, unitsUsed + word.length));
    grown.set(units);
    units = grown;
  }
  for (let k = 0; k < word.length; k++) units[unitsUsed + k] = word.charCodeAt(k);
  const at = slot * SLOT_FIELDS;
  slots[at + HASH] = hash;
  slots[at + UNITS_START] = unitsUsed;
  slots[at + UNITS_LENGTH] = word.length;
  slots[at + TERM] = term;
  unitsUsed += word.length;
  size++;
  if (size > capacity * MAX_LOAD) grow();
}

/** Doubles the table, placing every word again (its code units and term stay where they are). */
function grow(): void {
  const old = slots;
  capacity *= 2;
  slots = new Int32Array(capacity * SLOT_FIELDS);
  const mask = capacity - 1;
  for (let from = 0; from < old.length; from += SLOT_FIELDS) {
    if (old[from + HASH] === 0) continue;
    let slot = old[from + HASH]! & mask;
    while (slots[slot * SLOT_FIELDS + HASH] !== 0) slot = (slot + 1) & mask;
    slots.set(old.subarray(from, from + SLOT_FIELDS), slot * SLOT_FIELDS);
  }
}
