// A name read as a speaker phrase that is really the object of a clause before it: "Mr Roe also left
// the Harbour Party saying …" names the party only as what Roe left; Roe is the one speaking.
import { IRREGULAR_PASTS, POSSESSIVE } from './cue-words.js';
import { TITLES } from './entities.js';
import { namesBetween, type PhraseContext, type SpeakerPhrase, lowerAt } from './speaker-phrases.js';

/** Adverbs between a subject and its verb ("Roe also left", "Roe then joined"). */
const CLAUSE_ADVERBS = new Set(['also', 'then', 'later', 'once', 'again', 'still', 'earlier', 'previously', 'finally']);

/** A past-tense verb by its form ("joined", "quit", "left"), not a title after it ("appointed judge"). */
function pastVerbAt(ctx: PhraseContext, i: number): boolean {
  const word = lowerAt(ctx, i);
  if (!/^\p{Ll}/u.test(ctx.tokens[i]?.text ?? '') || TITLES.has(lowerAt(ctx, i + 1))) return false;
  return IRREGULAR_PASTS.has(word) || word === 'quit' || /^\p{Ll}{3,}ed$/u.test(word);
}

/** Words a clause's subject and verb may take before the object name ("Mr Roe also left"): a name, an adverb, the verb. */
const MAX_CLAUSE_BEFORE_OBJECT = 6;

/**
 * "Mr Roe also left the Harbour Party saying …", read as the party (or as the party with the role
 * "Mr Roe also left"): a person's name (not a possessive: "Roe’s lawyer Sam Lee") and a past-tense verb
 * (an adverb may come between) right before the name, past "the", make the name the verb's object.
 */
export function isClauseObject(ctx: PhraseContext, phrase: SpeakerPhrase): boolean {
  if (phrase.kind !== 'name') return false;
  const from = Math.max(0, (phrase.role && phrase.role.last < phrase.first ? phrase.role.first : phrase.first) - MAX_CLAUSE_BEFORE_OBJECT);
  let object = phrase.first - 1;
  if (lowerAt(ctx, object) === 'the') object--;
  for (const mention of namesBetween(ctx, from, phrase.first)) {
    if (mention.kind === 'organisation' || POSSESSIVE.test(ctx.tokens[mention.lastToken]!.text)) continue;
    let v = mention.lastToken + 1;
    if (CLAUSE_ADVERBS.has(lowerAt(ctx, v))) v++;
    if (v === object && pastVerbAt(ctx, v)) return true;
  }
  return false;
}
