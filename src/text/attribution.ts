// Speech attributions after a closing quote: in `“Why not?” Mr. Smith asked.` the question mark
// ends the quoted question but not the sentence, which goes on with its speaker and verb.

import { abbreviationKind, isSentenceStarter } from './abbreviations.js';
import { caseAt, isSpace } from './chars.js';

/** Longest speaker name read before the verb ("Senate Majority Leader Mitch McConnell" is five). */
export const MAX_SPEAKER_WORDS = 5;
/** Longest word read; names and verbs are shorter. */
const MAX_WORD_CHARS = 30;

const SPEECH_VERBS = new Set([
  'said', 'says', 'asked', 'asks', 'added', 'adds', 'wrote', 'writes', 'continued', 'continues', 'recalled',
  'replied', 'replies', 'told', 'tells', 'tweeted', 'tweets', 'explained', 'explains', 'insisted', 'insists',
  'noted', 'notes', 'argued', 'argues', 'countered', 'quipped', 'shouted', 'yelled', 'declared', 'responded',
  'answered', 'remarked', 'stated', 'exclaimed', 'joked', 'warned', 'warns', 'admitted', 'acknowledged',
  'observed', 'conceded', 'pressed', 'demanded', 'wondered', 'retorted', 'cried', 'pleaded', 'mused', 'snapped',
  'chanted', 'screamed', 'whispered', 'interjected', 'posted', 'boasted', 'claimed', 'claims', 'recounted',
]);

/**
 * True when a speaker and a speech verb start at `start` ("Mr. Smith said", "Justice Breyer asked").
 * A speaker never opens with a sentence starter ("He said", "That said", "But Mr. Smith said" start
 * new sentences). With `verbMustEnd`, the verb must also end the clause (followed by `.`, `,` or
 * the end), so that "Smith added that …" or "Smith added: “…”" after a closed quotation still starts a new sentence.
 */
export function startsAttribution(text: string, start: number, verbMustEnd: boolean): boolean {
  let i = start;
  for (let words = 0; words <= MAX_SPEAKER_WORDS; words++) {
    const end = wordEnd(text, i);
    if (end === i) return false;
    const word = text.slice(i, end);
    const bare = word.replace(/[.,;:]+$/, '');
    if (words > 0 && SPEECH_VERBS.has(bare)) return !verbMustEnd || /^[.,]$/.test(word.slice(bare.length)) || end >= text.length;
    if (caseAt(text, i) !== 'upper' || (bare !== word && !isNamePart(word))) return false;
    if (words === 0 && isSentenceStarter(bare) && abbreviationKind(bare) === null) return false;
    i = end;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  }
  return false;
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
