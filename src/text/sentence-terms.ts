// The content terms of a sentence and its word count, as termsOfWords(words(text)) gives them, but
// without a string per word: the summarizer tokenises every sentence of every article, and making
// each word a string only to look it up in a Map was its largest cost (a string, a hash, then a
// chain of dependent memory reads per word). Here the words are hashed where they stand in the
// lower-cased text and looked up in an open-addressing table; a string is made only for a word
// not seen before.

import { nextWordStart, STOPWORDS, stem, wordEnd } from './tokens.js';

export interface SentenceTerms {
  /** Stems of the content words, in order: termsOfWords(words(text)). */
  terms: string[];
  /** How many words the text has: words(text).length. */
  words: number;
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

/** Slot i holds a word (`keys[i]`, with ’ written ') and its term (a stem, or null for a stopword); hash 0 marks an empty slot. */
let hashes = new Int32Array(FIRST_CAPACITY);
let keys: Array<string | undefined> = new Array<string | undefined>(FIRST_CAPACITY);
let terms: Array<string | null> = new Array<string | null>(FIRST_CAPACITY);
let size = 0;

/** termsOfWords(words(text)) and words(text).length, in one pass. */
export function sentenceTerms(text: string): SentenceTerms {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let count = 0;
  for (let start = nextWordStart(lower, 0); start < lower.length; ) {
    const end = wordEnd(lower, start);
    count++;
    // One-letter words are never terms (termsOfWords skips them).
    const term = end - start < 2 ? null : termAt(lower, start, end);
    if (term !== null) out.push(term);
    start = nextWordStart(lower, end);
  }
  return { terms: out, words: count };
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

function sameWord(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== unitAt(text, start + k)) return false;
  return true;
}

/** The term of the word text[start, end): its stem, or null for a stopword. */
function termAt(text: string, start: number, end: number): string | null {
  const hash = hashOf(text, start, end);
  const mask = hashes.length - 1;
  let slot = hash & mask;
  for (; hashes[slot] !== 0; slot = (slot + 1) & mask) {
    if (hashes[slot] === hash && sameWord(keys[slot]!, text, start, end)) return terms[slot]!;
  }
  const raw = text.slice(start, end);
  const word = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
  const term = STOPWORDS.has(word) ? null : stem(word);
  if (size < MAX_REMEMBERED_WORDS) remember(slot, hash, word, term);
  return term;
}

function remember(slot: number, hash: number, word: string, term: string | null): void {
  hashes[slot] = hash;
  keys[slot] = word;
  terms[slot] = term;
  size++;
  if (size > hashes.length * MAX_LOAD) grow();
}

/** Doubles the table, placing every word again. */
function grow(): void {
  const oldHashes = hashes;
  const oldKeys = keys;
  const oldTerms = terms;
  hashes = new Int32Array(oldHashes.length * 2);
  keys = new Array<string | undefined>(hashes.length);
  terms = new Array<string | null>(hashes.length);
  const mask = hashes.length - 1;
  for (let old = 0; old < oldHashes.length; old++) {
    if (oldHashes[old] === 0) continue;
    let slot = oldHashes[old]! & mask;
    while (hashes[slot] !== 0) slot = (slot + 1) & mask;
    hashes[slot] = oldHashes[old]!;
    keys[slot] = oldKeys[old];
    terms[slot] = oldTerms[old]!;
  }
}
