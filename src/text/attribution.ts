// Speech attributions after a closing quote: in `“Why not?” Mr. Smith asked.` the question mark
// ends the quoted question but not the sentence, which goes on with its speaker and verb.

import { abbreviationKind, isSentenceStarter } from './abbreviations.js';
import { caseAt, isSpace } from './chars.js';

/** Longest speaker name read before the verb ("County Council Leader Helen Ashworth" is five). */
export const MAX_SPEAKER_WORDS = 5;
/** Longest apposition read between a speaker and the verb ("McConnell, R-Ky., asked"; "Hale, a Democrat, said"). */
const MAX_APPOSITION_WORDS = 4;
/** Lower-case words allowed among the speaker's ("Colts interim coach Bruce Arians"); a name must still stand right before the verb. */
const MAX_DESCRIPTOR_WORDS = 2;
/** A descriptor is a plain lower-case word: "head", "interim" (not "destructive,”" closing a quotation). */
const LOWER_WORD = /^\p{Ll}+$/u;
/** Longest word read; names and verbs are shorter. */
const MAX_WORD_CHARS = 30;

const SPEECH_VERBS = new Set([
  'said', 'says', 'asked', 'asks', 'added', 'adds', 'wrote', 'writes', 'continued', 'continues', 'recalled',
  'replied', 'replies', 'told', 'tells', 'tweeted', 'tweets', 'explained', 'explains', 'insisted', 'insists',
  'noted', 'notes', 'argued', 'argues', 'countered', 'quipped', 'shouted', 'yelled', 'declared', 'responded',
  'answered', 'remarked', 'stated', 'exclaimed', 'joked', 'warned', 'warns', 'admitted', 'acknowledged',
  'observed', 'conceded', 'pressed', 'demanded', 'wondered', 'retorted', 'cried', 'pleaded', 'mused', 'snapped',
  'chanted', 'screamed', 'whispered', 'interjected', 'posted', 'boasted', 'claimed', 'claims', 'recounted',
  'reacted',
]);
/** True for a speech verb: "said", "asked", "recalled". */
export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word);
}

/**
 * Adverbs that stand between a speaker and the verb ("Hale later recalled"); words in -ly count too.
 * Not "then" or "also": "Hale then wrote back" and "Hale also said that …" tell what happened next.
 */
const VERB_ADVERBS = new Set(['later', 'once', 'again', 'often', 'recently']);
/** Auxiliaries before a speech verb: "Hale has said", "Hale had told reporters". */
const AUXILIARIES = new Set(['has', 'had', 'have']);
/** Passive attribution: "Hale was quoted as saying". */
const QUOTED_AS_SAYING = /^(?:was|is|were|has been|had been) quoted as saying/;

/**
 * True when a speaker and a speech verb start at `start` ("Mr. Smith said", "Justice Breyer asked",
 * "McConnell, R-Ky., asked", "Hale later recalled", "Leeds head coach Ann Vale said"). A speaker
 * never opens with a sentence starter, the article "A" included ("He said", "That said", "But
 * Mr. Smith said", "A tired Hale said" start new sentences); "Mr" and "I" do. With `verbMustEnd`, the verb
 * must also end the clause (followed by `.`, `,` or the end), so that "Smith added that …" or
 * "Smith added: “…”" after a closed quotation still starts a new sentence.
 */
export function startsAttribution(text: string, start: number, verbMustEnd: boolean): boolean {
  let i = start;
  let apposition = false;
  let descriptors = 0;
  let nameBefore = false;
  for (let words = 0; words <= MAX_SPEAKER_WORDS; words++) {
    const end = wordEnd(text, i);
    if (end === i) return false;
    if (nameBefore) {
      const verbEnd = speechVerbEnd(text, i);
      if (verbEnd >= 0) return !verbMustEnd || verbEnd >= text.length || /[.,]/.test(text[verbEnd] ?? '');
    }
    const word = text.slice(i, end);
    const bare = word.replace(/[.,;:]+$/, '');
    nameBefore = caseAt(text, i) === 'upper';
    if (!nameBefore && (words === 0 || !LOWER_WORD.test(word) || ++descriptors > MAX_DESCRIPTOR_WORDS)) return false;
    if (words === 0 && isSentenceStarter(bare) && (bare === 'A' || abbreviationKind(bare) === null)) return false;
    if (!apposition && word.endsWith(',') && !word.endsWith('.,') && !(words === 0 && /ly$/.test(bare))) {
      apposition = true;
      i = appositionEnd(text, skipSpaces(text, end));
      if (i < 0) return false;
      continue;
    }
    if (bare !== word && !isNamePart(word)) return false;
    i = skipSpaces(text, end);
  }
  return false;
}

/**
 * The end of the speech verb (with an adverb or auxiliary before it) starting at `start`, without
 * its trailing punctuation; -1 when no speech verb starts there.
 */
function speechVerbEnd(text: string, start: number): number {
  const passive = QUOTED_AS_SAYING.exec(text.slice(start, start + MAX_WORD_CHARS + 10));
  if (passive) return start + passive[0].length;
  let i = start;
  for (let words = 0; words < 2; words++) {
    const end = wordEnd(text, i);
    const bare = text.slice(i, end).replace(/[.,;:]+$/, '');
    if (SPEECH_VERBS.has(bare)) return i + bare.length;
    const bridges = bare === text.slice(i, end) && (VERB_ADVERBS.has(bare) || AUXILIARIES.has(bare) || /^\p{Ll}{2,}ly$/u.test(bare));
    if (!bridges) return -1;
    i = skipSpaces(text, end);
  }
  return -1;
}

/** After "Name," an apposition of a few words ends with a comma ("R-Ky.,", "a Democrat,"); -1 when none does. */
function appositionEnd(text: string, start: number): number {
  let i = start;
  for (let words = 0; words < MAX_APPOSITION_WORDS; words++) {
    const end = wordEnd(text, i);
    if (end === i) return -1;
    const word = text.slice(i, end);
    if (word.endsWith(',')) return skipSpaces(text, end);
    if (/[!?;:"“”]/.test(word) || (word.endsWith('.') && !isNamePart(word))) return -1;
    i = skipSpaces(text, end);
  }
  return -1;
}

/** "Mr." or "J." inside a speaker's name; any other full stop ends the sentence. */
function isNamePart(word: string): boolean {
  return word.endsWith('.') && !word.endsWith('..') && abbreviationKind(word.slice(0, -1)) !== null;
}

function wordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && i - start < MAX_WORD_CHARS && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}
