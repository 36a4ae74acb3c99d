// A figure's context may open with the first word of its sentence, capitalised only because it opens the
// sentence: "Turnout was 29.6 per cent" counts "turnout", not "Turnout". The article itself says which
// capitals are names: a word it also capitalises mid-sentence is one ("Kelsford"), a word it also writes in
// lower case is not ("sales").

import { isFirstName } from './first-names.js';
import { CharRuns, isAsciiLetter, NO_RUN } from '../text/char-runs.js';

/** Words as the check sees them: letters only, so "Pre-tax" is "Pre" and "tax", "Kelsford's" is "Kelsford" and "s". */
const WORDS = new CharRuns('[\\p{L}\\p{M}]', isAsciiLetter);
/** Characters after which a capital opens a sentence, a quotation or a heading, and so says nothing of a name. */
const OPENERS = new Set(['.', '!', '?', ':', ';', '"', '“', '‘', '\'', '(', '—', '–', '-', '\n', '#', '*', '>', '|']);

/** How an article writes its words: lower-case uses, and capitals away from any sentence start or owning something. */
export class ArticleCase {
  private lowerUses: Set<string> | null = null;
  private midCapitals = new Set<string>();

  /** `text` and the spans of its body sentences: a headline in Title Case or front matter say nothing of names. */
  constructor(private readonly text: string, private readonly sentences: ReadonlyArray<{ start: number; end: number }>) {}

  /** Is `word`, capitalised at a sentence start and followed in the context by `next`, a common word there? */
  isCommonOpener(word: string, next: string | undefined): boolean {
    // "Kelsford's", "McDonald", "NHS": a possessive, an inner capital or an acronym is a name.
    if (word.length < 2 || !/^\p{Lu}[\p{Ll}\p{M}]+$/u.test(word)) return false;
    const lower = word.toLowerCase();
    if (isDemonym(lower)) return false;
    this.scan();
    if (this.midCapitals.has(word)) return false;
    if (this.lowerUses?.has(lower)) return true;
    // "Swiss Re": a capital after it makes a name; so does a first name.
    if (next !== undefined && /^\p{Lu}/u.test(next)) return false;
    return !isFirstName(lower);
  }

  /** One pass over the text, on the first question only: most articles never ask. */
  private scan(): void {
    if (this.lowerUses !== null) return;
    this.lowerUses = new Set();
    for (const sentence of this.sentences) {
      const text = this.text.slice(sentence.start, sentence.end);
      for (let start = WORDS.start(text, 0), end = 0; start !== NO_RUN; start = WORDS.start(text, end)) {
        end = WORDS.end(text, start);
        const word = text.slice(start, end);
        if (startsLowerCase(word)) this.lowerUses.add(word);
        // "Labour’s Ms Cole": a capital that owns something is a name, even at a sentence start.
        else if (!opensSentence(text, start) || /^['’]s\b/u.test(text.slice(end))) this.midCapitals.add(word);
      }
    }
  }
}

/**
 * Whether the word's first code unit is its own lower case, as word[0] === word[0].toLowerCase() says; an ASCII
 * letter by its code (this asks it of every word of an article), any other character by that test.
 */
function startsLowerCase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < ASCII_END) return !(code >= 65 && code <= 90);
  return word[0] === word[0]!.toLowerCase();
}

/** Code units below this are ASCII. */
const ASCII_END = 128;

/**
 * Endings of words for peoples and their languages ("British", "Japanese", "Italian", "European", "American"),
 * capitalised wherever they stand. Common words with these endings ("rubbish", "librarian") rarely open what a
 * figure counts, and a kept capital costs less than a lowered name.
 */
const DEMONYM_ENDINGS = /(?:ish|ese|ian|ean|can)$/;
/** Demonyms with other endings. */
const DEMONYMS = new Set(['french', 'dutch', 'greek', 'thai', 'swiss', 'welsh', 'czech', 'german', 'iraqi', 'israeli', 'pakistani', 'saudi', 'afghan', 'scots']);

function isDemonym(lower: string): boolean {
  return DEMONYMS.has(lower) || (lower.length > 5 && DEMONYM_ENDINGS.test(lower));
}

/** The capital at `index` follows an opener (perhaps after spaces), or starts the text. */
function opensSentence(text: string, index: number): boolean {
  let k = index - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k--;
  return k < 0 || OPENERS.has(text[k] ?? '');
}

/**
 * The context with the sentence's first word lowered wherever it stands as a whole word, when the article
 * shows it to be a common word: "Turnout" → "turnout", "fall in Shares in …" → "fall in shares in …".
 */
export function lowerOpener(context: string, opener: string, article: ArticleCase): string {
  let out = context;
  let from = 0;
  for (let at = out.indexOf(opener, from); at >= 0; at = out.indexOf(opener, from)) {
    from = at + opener.length;
    if (isLetter(out[at - 1]) || isLetter(out[from])) continue;
    const next = out.slice(from).trim().split(/\s+/)[0];
    if (!article.isCommonOpener(opener, next === '' ? undefined : next)) return out;
    out = `${out.slice(0, at)}${opener.toLowerCase()}${out.slice(from)}`;
  }
  return out;
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{M}]/u.test(char);
}
