// "A lawyer for Jo Roe, the former mayor, said": an appositive after a described speaker describes
// that speaker or the person or body it names ("the former mayor" is Roe), so it never speaks itself.
import { DETERMINERS, FINITE_HELPERS, POSSESSIVE, SOURCE_NOUNS, SPEECH_VERBS } from './cue-words.js';
import { ORGANISATION_WORDS } from './entities.js';
import { namesOnePerson } from './description-anaphora.js';
import type { PhraseContext, SpeakerPhrase } from './speaker-phrases.js';
import { lowerAt } from './speaker-phrases.js';

/**
 * An appositive is at most this many tokens ("the country's biggest public sector union"). More
 * reaches longer ones; fewer keeps a clause that happens to sit between commas out.
 */
const MAX_APPOSITIVE = 8;

/** Words after which a described speaker's head has ended ("a spokesman for …", "a lawyer at …"). */
const HEAD_ENDS = new Set(['for', 'of', 'at', 'from', 'with', 'in', 'on']);

/** The head noun of a described speaker: the word before its first preposition, or its last word. */
function headOf(ctx: PhraseContext, phrase: SpeakerPhrase): string {
  for (let i = phrase.first + 1; i <= phrase.last; i++) if (HEAD_ENDS.has(lowerAt(ctx, i))) return lowerAt(ctx, i - 1);
  return lowerAt(ctx, phrase.last);
}

/** Conjunctions that may open a sentence before its subject ("But a spokesman for …"). */
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet']);

/** Token `i` opens its sentence (past an opening conjunction): the phrase there is the sentence's, not a clause's inside it. */
function opensSentence(ctx: PhraseContext, i: number): boolean {
  const before = (k: number) => k < 0 || /^[.!?;:—–]$/.test(ctx.tokens[k]!.text) || ctx.tokens[k]!.kind === 'quote';
  return before(i - 1) || (OPENING_CONJUNCTIONS.has(lowerAt(ctx, i - 1)) && before(i - 2));
}

/** "the biggest union", "Britain's biggest union": a determiner or a possessive, then plain words. */
function isAppositive(ctx: PhraseContext, seg: readonly number[]): boolean {
  if (seg.length < 2 || seg.length > MAX_APPOSITIVE) return false;
  const opener = ctx.tokens[seg[0]!]!.text;
  if (!DETERMINERS.has(opener.toLowerCase()) && !POSSESSIVE.test(opener)) return false;
  return seg.every((k) => ctx.tokens[k]!.kind === 'word' && !FINITE_HELPERS.has(lowerAt(ctx, k)) && !SPEECH_VERBS.has(lowerAt(ctx, k)));
}

/**
 * "A spokesman for Unitra, the biggest union, said": when the segment before the verb's subject is, from
 * its first word, a described person or body (opened by a determiner, headed by a word for people or a body) and the
 * subject read is an appositive, the described speaker is the subject.
 */
export function describedBeforeAppositive(ctx: PhraseContext, segment: readonly number[], described: SpeakerPhrase | null, appositive: readonly number[]): SpeakerPhrase | null {
  // The whole segment must be the described speaker: not "Looking back on her years as a ship pilot, the harbour master said".
  if (!described || described.kind !== 'phrase' || described.first !== segment[0] || !opensSentence(ctx, described.first)) return null;
  if (!DETERMINERS.has(lowerAt(ctx, described.first))) return null;
  const head = headOf(ctx, described);
  if (!namesOnePerson(head) && !SOURCE_NOUNS.has(head) && !ORGANISATION_WORDS.has(head)) return null;
  return isAppositive(ctx, appositive) ? described : null;
}
