// A short quotation can sit inside a sentence that goes on after it: `they chanted “Hands up! Don’t
// shoot!” and marched on`. Its exclamation and question marks end nothing: the sentence carries on.
// The same holds when the quotation is opened by the sentence's own words, with no comma or colon
// (`the crowd chanted “Stop! Go home!” Then it rained`): the sentence ends at the closing mark.

import { isSpeechVerb } from './attribution.js';
import { caseAt, isCloser, isSpace, isTerminal, isWordChar } from './chars.js';

/** Longest run read ahead for the closing quote: chants and cries are short, quoted speech is longer. */
const MAX_EMBEDDED_LENGTH = 28;
const CLOSING_QUOTES = new Set(['”', '"']);
/** Lower-case words that open an attribution after a quotation: `“Why? Why not?” he asked.` */
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'you', 'it', 'i']);

/**
 * True when the `!` or `?` run from `marksStart` to `marksEnd` stands inside a short quotation whose
 * closing mark is followed by a lower-case word that carries the sentence on (not "he said" or "asked
 * Hale"), or that a lower-case word of the sentence opens (`chanted “Stop!`). A comma before the closing
 * mark (`“Go! Now,” read the sign`) leads to an attribution: the marks inside end sentences as in any
 * quotation of several sentences.
 */
export function insideEmbeddedQuote(text: string, marksStart: number, marksEnd: number): boolean {
  const limit = Math.min(text.length, marksEnd + MAX_EMBEDDED_LENGTH);
  for (let i = marksEnd; i < limit; i++) {
    const char = text[i] ?? '';
    const afterSpace = isSpace(text.charCodeAt(i - 1));
    if (CLOSING_QUOTES.has(char) && !afterSpace) return text[i - 1] !== ',' && (carriesOn(text, i + 1) || openedMidSentence(text, marksStart));
    // a full stop ends the sentence first; an opening quote means the mark stood outside any quotation
    if (char === '.' || char === '“' || char === '\n' || (char === '"' && afterSpace)) return false;
  }
  return false;
}

/**
 * The quotation holding `index` opened within MAX_EMBEDDED_LENGTH characters before it, right after a
 * lower-case word and a space (`chanted “Stop!`), not after a comma, colon or full stop (`said, “Go!`).
 */
function openedMidSentence(text: string, index: number): boolean {
  const limit = Math.max(0, index - MAX_EMBEDDED_LENGTH);
  for (let i = index - 1; i >= limit; i--) {
    const char = text[i] ?? '';
    if (char === '.' || char === '”' || char === '\n') return false;
    if (char === '“' || (char === '"' && (i === 0 || isSpace(text.charCodeAt(i - 1))))) {
      return i >= 2 && text[i - 1] === ' ' && caseAt(text, i - 2) === 'lower';
    }
  }
  return false;
}

function carriesOn(text: string, afterQuote: number): boolean {
  let i = afterQuote;
  while (i < text.length && (isTerminal(text.charCodeAt(i)) || isCloser(text.charCodeAt(i)))) i++;
  if (i === afterQuote && i < text.length && !isSpace(text.charCodeAt(i))) return false;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (caseAt(text, i) !== 'lower') return false;
  const first = wordAt(text, i);
  if (isSpeechVerb(first)) return false;
  return !(PRONOUNS.has(first) && isSpeechVerb(wordAt(text, i + first.length + 1)));
}

function wordAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && isWordChar(text, end)) end++;
  return text.slice(start, end);
}
