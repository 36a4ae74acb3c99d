// The patterns that tie one quote to a speech verb and a speaker phrase, tried in order of how
// much they say: right after the quote ("…,” he said", "…,” said X", "…,” according to X"), before
// it in the same sentence ("X said: “…", "X said the plan was “…”"), a comma-tail at the end of
// its sentence ("… “…”, he said."), and a passive agent ("… identified by Ofsted inspectors").
import type { ParagraphContext } from './quote-context.js';
import { sentenceRange } from './quote-context.js';
import { CLAUSE_BOUNDARIES, IRREGULAR_PASTS, POSSESSIVE, SOURCE_NOUNS, STRONG_SPEECH_VERBS, AUXILIARIES, DETERMINERS, LABEL_VERBS, MEDIUM_NOUNS, NOUN_LIKE_CUES, PASSIVE_CUES, PLACE_PREPOSITIONS, SAYING_NOUNS, SPEECH_VERBS } from './cue-words.js';
import { ORGANISATION_WORDS, type NameMention } from './entities.js';
import { isSpanOfTime, timePhraseStart } from './time-phrases.js';
import { longDescriptorBefore, nameWithBareRole } from './trailing-descriptors.js';
import { isClauseObject } from './object-names.js';
import { FOCUS_ADVERBS, isAuxiliary, isQuotedTitle, isTitleInPhrase, nounAfterModifier, PARTY_TAG, namesBetween, pastBracket, phraseAfter, phraseOf, subjectBefore, withRole, type PhraseContext, type SpeakerPhrase, lowerAt, pastPlaceOfName } from './speaker-phrases.js';

/** How far after a quote the verb of "…,” X, the …, said" may be. */

export const MAX_TRAILING_GAP = 24;
/** How far before a quote its speech verb may be ("X said on Tuesday that … “…”"); also caps work on run-on text. */
export const MAX_LEADING_GAP = 60;

/** An opening phrase before the subject ("In his fourth term as prime minister, X …") is at most this long. */
export const MAX_OPENING_PHRASE = 20;

/** An attribution sentence after a quote ("Trump asked reporters at the rally.") is at most this long. */
export const MAX_ATTRIBUTION_TAIL = 10;

/** A colon clause ("Rubio fired back forcefully:") is looked at back to this many words. */
const MAX_COLON_CLAUSE = 10;

/** A described sentence subject ("A Clinton campaign official") is at most this many words. */
const MAX_DESCRIBED_SUBJECT = 6;

export type AttributionRule = 'trailing' | 'leading' | 'colon' | 'tail' | 'passive' | 'subject' | 'signature' | 'statement';

export interface RuleMatch {
  rule: AttributionRule;
  /** Token index of the verb (or of "according"); -1 for a colon introduction. */
  cueToken: number;
  cue: string | null;
  speaker: SpeakerPhrase | null;
}

/** Is token i a speech verb (not a noun: "the report", "his comments")? */
export function isCue(ctx: PhraseContext, i: number): boolean {
  const token = ctx.tokens[i];
  if (!token || token.kind !== 'word') return false;
  const word = token.text.toLowerCase();
  if (word === 'according') return lowerAt(ctx, i + 1) === 'to';
  if (word === 'put' || word === 'puts') return lowerAt(ctx, i + 1) === 'it'; // "as X put it, “…”"
  if (POINT_FORMS.has(word)) return lowerAt(ctx, i + 1) === 'out'; // "as X pointed out, “…”"
  // "…,” Trump went on." / "Roe went on: “…”" / "went on about “…”": only with no other word after "on";
  // "the band went on stage" went somewhere.
  if (word === 'went' || word === 'goes') return lowerAt(ctx, i + 1) === 'on' && (ctx.tokens[i + 2]?.kind !== 'word' || lowerAt(ctx, i + 2) === 'about');
  if (word === 'shot' || word === 'fired' || word === 'hit') return lowerAt(ctx, i + 1) === 'back'; // "…,” Smith shot back"
  if (!SPEECH_VERBS.has(word)) return false;
  // "The harbour trade will continue to face “grave strains”": "continue to" goes on doing, not saying,
  // unless a speech verb follows ("continues to insist that …").
  if (CONTINUE_FORMS.has(word) && lowerAt(ctx, i + 1) === 'to') return SPEECH_VERBS.has(lowerAt(ctx, i + 2));
  // "the United States", "Islamic State": a capitalised word is a name, unless it opens the sentence.
  // "…,” Roe Tweeted on Friday": some papers capitalise the verb of Twitter.
  if (/^\p{Lu}/u.test(token.text) && !/^tweet/.test(word) && i > 0 && !/^[.!?:;“"]$/.test(ctx.tokens[i - 1]!.text) && ctx.tokens[i - 1]!.kind !== 'quote') return false;
  if ((word === 'state' || word === 'states') && !stateIsVerb(ctx, i)) return false;
  const before = lowerAt(ctx, i - 1);
  // "offered a Trump-style retort", "the congressional report said", "Clinton’s stock answer": a verb that is also a
  // noun, two words after a determiner or a possessive, is the noun (not "the Democrats claim", a plural subject).
  if (NOUN_LIKE_CUES.has(word) && nounAfterModifier(ctx, i)) return false;
  if (pluralNounCue(ctx, i, word)) return false;
  // "to give the party claim to the document": a claim to something is held, not made.
  if (word === 'claim' && lowerAt(ctx, i + 1) === 'to' && DETERMINERS.has(lowerAt(ctx, i + 2))) return false;
  if (before === 'to' && !INFINITIVE_CUES.has(word)) return false; // "right to urge", but "went on to say"
  if (NOUN_BEFORE.has(before) && !STRONG_SPEECH_VERBS.has(word)) return false; // "secretary of state"
  if (DETERMINERS.has(before)) return pronominalSubject(ctx, i);
  // "Roe’s comments", "Sanders’ comments" (the mark a token of its own): a possessive makes the word a noun.
  return !/[’']s$/.test(before) && !/^[’']$/.test(before);
}

/** Words after which a verb takes an object ("shrugged off claims", "brushed aside claims"). */
const PARTICLES = new Set(['off', 'aside', 'away', 'up', 'down', 'out']);

/**
 * "The mayor shrugged off claims …", "attacked the six new pledges as …": the plural of a speech
 * verb that is also a noun is the noun after a past verb or its particle, or after a number and an
 * adjective; "Democrats claim" keeps a plural subject's verb.
 */
function pluralNounCue(ctx: PhraseContext, i: number, word: string): boolean {
  if (!/s$/.test(word) || !(NOUN_LIKE_CUES.has(word.slice(0, -1)) || NOUN_LIKE_CUES.has(word.slice(0, -2)))) return false;
  const before = lowerAt(ctx, i - 1);
  if (PARTICLES.has(before) || /^\p{Ll}+ed$/u.test(before) || IRREGULAR_PASTS.has(before)) return true;
  return /^\d|^(?:two|three|four|five|six|seven|eight|nine|ten)$/.test(lowerAt(ctx, i - 2)) && /^\p{Ll}+$/u.test(before);
}

/**
 * "primary contests in states with …": "state" is a verb only before what is stated, or before a
 * comma, or before a period or "in" closing an attribution right after a quote ("…,” the councillors
 * state in the report"). After a number, "states" ends a place ("in 12 states."); so it does before a
 * comma after a preposition ("in many northern states, and …"), unless a quote follows.
 */
function stateIsVerb(ctx: PhraseContext, i: number): boolean {
  const next = lowerAt(ctx, i + 1);
  if (ctx.tokens[i + 1]?.kind === 'quote' || /^(?:that|the|a|an|his|her|their|its|:)$/.test(next)) return true;
  if (!/^(?:,|\.|in)$/.test(next)) return false;
  if (next === ',' && ctx.tokens[i + 2]?.kind === 'quote') return true;
  if (next !== ',' && !quoteJustBefore(ctx, i)) return false;
  return (next !== ',' || !prepositionBefore(ctx, i)) && !/^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|many|several|all|other|some)$/.test(lowerAt(ctx, i - 1));
}

/** A subject between a quote and its verb is at most this many tokens ("…,” a voice-over in the new ad states."). */
const MAX_SUBJECT_AFTER_QUOTE = 8;

/** Is there a quote just before token i, in its sentence, with only a short subject between? */
function quoteJustBefore(ctx: PhraseContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - MAX_SUBJECT_AFTER_QUOTE); k--) {
    if (ctx.tokens[k]!.kind === 'quote') return true;
    if (/^[.!?;:]$/.test(ctx.tokens[k]!.text)) return false;
  }
  return false;
}

/** Determiners that stand alone as a subject: "Many said …", "Another tweeted, “…”". */
const PRONOMINAL_DETERMINERS = new Set(['another', 'many', 'some', 'several', 'most', 'both', 'few', 'all', 'each', 'one', 'others']);

/**
 * "Many said the plan …", "Another tweeted, “…”": a determiner opening its clause is the subject of a
 * speech verb right after it when what follows reads as what was said (a comma, colon, quote, "that",
 * a pronoun or a determiner), not a noun ("one noted historian", "another report").
 */
function pronominalSubject(ctx: PhraseContext, i: number): boolean {
  const determiner = ctx.tokens[i - 1]!;
  const opener = ctx.tokens[i - 2];
  if (!PRONOMINAL_DETERMINERS.has(determiner.text.toLowerCase())) return false;
  // Not "what some call the “… loophole”": that names a thing, it reports no speech.
  if (opener !== undefined && opener.kind === 'word' && (!CLAUSE_BOUNDARIES.has(opener.text.toLowerCase()) || opener.text.toLowerCase() === 'what')) return false;
  const next = ctx.tokens[i + 1];
  if (!next) return false;
  const word = next.text.toLowerCase();
  return next.kind === 'quote' || /^[,:]$/.test(word) || word === 'that' || REPORTED_SUBJECTS.has(word) || DETERMINERS.has(word);
}

/** A noun phrase after a preposition is at most this many words before its head ("in many northern states"). */
const MAX_PREPOSITION_REACH = 3;

function prepositionBefore(ctx: PhraseContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - MAX_PREPOSITION_REACH); k--) if (NOUN_BEFORE.has(lowerAt(ctx, k))) return true;
  return false;
}

function cueText(ctx: PhraseContext, i: number): string {
  const word = lowerAt(ctx, i);
  if (word === 'according') return 'according to';
  if (word === 'went' || word === 'goes') return `${word} on`;
  if (word === 'put' || word === 'puts') return `${word} it`;
  if (POINT_FORMS.has(word)) return `${word} out`;
  if (word === 'shot' || word === 'fired' || word === 'hit') return `${word} back`;
  return word;
}

const CONTINUE_FORMS = new Set(['continue', 'continues', 'continued', 'continuing']);

/** "point out" is a speech verb with its particle: "as Roe pointed out, “…”". */
const POINT_FORMS = new Set(['point', 'points', 'pointed', 'pointing']);

/** After these a weak cue word is a noun: "secretary of state", "in reports". */
const NOUN_BEFORE = new Set(['of', 'for', 'in', 'on', 'at', 'with', 'by', 'from', 'about']);
/** "Americans will say “no”": a verb after a modal reports what may be said, not what was. */
const MODALS = new Set(['will', 'would', 'could', 'should', 'might', 'may', 'can', 'must', 'to']);

/** Verbs that still report speech after "to" ("went on to say", "took to Twitter to write"). */
const INFINITIVE_CUES = new Set(['say', 'tell', 'add', 'write', 'tweet', 'ask', 'declare', 'note', 'explain', 'argue', 'insist', 'warn', 'announce', 'state']);

/** A verb's speaker: the phrase after "according to", else the subject, else the phrase after the verb. */
function speakerOfCue(ctx: PhraseContext, floor: number, ceiling: number, cue: number): SpeakerPhrase | null {
  if (lowerAt(ctx, cue) === 'according') return phraseAfter(ctx, cue + 2, ceiling);
  // "…, calling it “…”": a participle after a comma belongs to the clause subject, found by the caller.
  if (/ing$/.test(lowerAt(ctx, cue)) && ctx.tokens[cue - 1]?.text === ',') return null;
  const subject = subjectBefore(ctx, floor, cue) ?? mediumOwner(ctx, floor, cue);
  // "Roe left the Harbour Party saying …": a "role" that is a name and its verb is a clause; its subject speaks.
  // "He ran an ad in Kelsford describing himself …": a place's name before a participle is no one either.
  if (subject && (isClauseObject(ctx, subject) || placeBeforeParticiple(ctx, subject, cue))) return null;
  if (!subject || !(subject.kind === 'phrase' && MEDIUM_NOUNS.has(lowerAt(ctx, subject.last)))) return subject;
  // "The club’s email said, “…”": a statement is the subject of a finite verb, and the speaker the text gives;
  // but "issued a statement saying “…”" leaves the speaker to the clause subject.
  return /ing$/.test(lowerAt(ctx, cue)) ? null : subject;
}

/** A name right after "in", "near" … before a participle cue: where the words were put out, not who said them. */
function placeBeforeParticiple(ctx: PhraseContext, subject: SpeakerPhrase, cue: number): boolean {
  return subject.kind === 'name' && /ing$/.test(lowerAt(ctx, cue)) && PLACE_PREPOSITIONS.has(lowerAt(ctx, subject.first - 1));
}

/** Texts someone puts out that speak for them: the statement nouns, and pieces and ads. */
const OWNED_MEDIA = new Set([...MEDIUM_NOUNS, 'piece', 'ad', 'ads', 'article', 'editorial', 'advertisement', 'commercial', 'mailer', 'flyer',
  'submission', 'filing', 'report', 'document']);
/** Words between a determiner and the medium noun ("a new 30-second ad"). */
const MAX_MEDIUM_MODIFIERS = 4;

/**
 * "Roe released a video that said, “…”", "The Gazette ran a piece that noted “…”": the verb of a
 * "that" or "which" clause on a statement, video or piece speaks for whoever put it out, the subject
 * of the verb before it.
 */
function mediumOwner(ctx: PhraseContext, floor: number, cue: number): SpeakerPhrase | null {
  let i = cue - 1;
  while (i > floor && isAuxiliary(ctx.tokens[i]!)) i--;
  if (!/^(?:that|which)$/.test(lowerAt(ctx, i)) || !OWNED_MEDIA.has(lowerAt(ctx, i - 1))) return null;
  let det = i - 2;
  while (det > floor && det > i - 2 - MAX_MEDIUM_MODIFIERS && ctx.tokens[det]!.kind === 'word' && !DETERMINERS.has(lowerAt(ctx, det))) det--;
  if (!DETERMINERS.has(lowerAt(ctx, det)) && !/[’']s$/.test(ctx.tokens[det]?.text ?? '')) return null;
  const verb = det - 1;
  // "Acme summed up the view in its submission which states …": the sentence's named subject put it out
  // (not "It …": which body "it" is goes unread here).
  if (lowerAt(ctx, verb) === 'in' && POSSESSIVE_DETERMINERS.has(lowerAt(ctx, det))) {
    const subject = sentenceSubject(ctx, floor, verb);
    return subject?.kind === 'name' ? subject : null;
  }
  if (verb <= floor || ctx.tokens[verb]!.kind !== 'word' || !/^\p{Ll}/u.test(ctx.tokens[verb]!.text)) return null;
  return subjectBefore(ctx, floor, verb);
}

/** Determiners that say whose a text is ("its submission", "her letter"). */
const POSSESSIVE_DETERMINERS = new Set(['its', 'his', 'her', 'their']);

/** "…,” he said" / "…,” said X" / "…,” X, the …, told Y" / "…,” according to X". */
export function trailingRule(context: ParagraphContext, ctx: PhraseContext, quoteToken: number): RuleMatch | null {
  const signed = dashSignature(ctx, quoteToken) ?? quoteNounAfter(ctx, quoteToken);
  if (signed) return signed;
  let k = quoteToken + 1;
  if (ctx.tokens[k]?.text === ',' || ctx.tokens[k]?.text === '—' || ctx.tokens[k]?.text === '–') k++;
  // "…,” as a council memo put it." / "…,” as Roe noted.": "as" opens the clause whose subject spoke.
  // Not "as “dramatic” as Roe believed": that "as" compares.
  if (lowerAt(ctx, k) === 'as' && lowerAt(ctx, quoteToken - 1) !== 'as' && asClauseCue(ctx, k + 1)) k++;
  const first = ctx.tokens[k];
  // "…,” echoing critics who have said …": a participle after the quote opens no subject; the sentence's subject spoke.
  if (!first || first.kind !== 'word' || /^\p{Ll}{2,}ing$/u.test(first.text) && !isCue(ctx, k)) return null;
  const limit = Math.min(ctx.tokens.length, k + MAX_TRAILING_GAP);
  // "…,” said X" needs its comma (inside or after the marks): "an ‘inadequate’ report into …" is no attribution.
  // A whole sentence in marks followed by "said X" is attributed even when the comma was dropped.
  const separated = k > quoteToken + 1 || /[,.!?—–-]['"’”]?$/.test(ctx.tokens[quoteToken]!.text)
    || (STRONG_SPEECH_VERBS.has(lowerAt(ctx, k)) && wordsIn(ctx.tokens[quoteToken]!.text) >= MIN_UNPUNCTUATED_QUOTE_WORDS);
  if (isCue(ctx, k) && separated) {
    // "…,” telling reporters", "…,” told the crowd": the phrase after "tell" or a participle is who heard it.
    if (TELL_FORMS.has(lowerAt(ctx, k)) || (lowerAt(ctx, k) !== 'according' && /ing$/.test(lowerAt(ctx, k)))) return null;
    // "The advert, titled “Unity?”, concludes that …": a verb before "that" has a clause after it, no speaker.
    if (lowerAt(ctx, k + 1) === 'that') return null;
    // "…doors.” Asked which ward he liked, Roe …": a capitalised verb after a quote that ends its sentence opens the next one.
    if (k === quoteToken + 1 && opensNewSentence(ctx, quoteToken)) return null;
    // "according to X", "points out X", "went on X": the cue's second word comes before the speaker.
    const particle = cueText(ctx, k).split(' ')[1];
    const skip = particle !== undefined && lowerAt(ctx, k + 1) === particle ? 2 : 1;
    const speaker = phraseAfter(ctx, k + skip, limit);
    if (speaker) return { rule: 'trailing', cueToken: k, cue: cueText(ctx, k), speaker };
    return null;
  }
  for (let v = k + 1; v < limit; v++) {
    const token = ctx.tokens[v]!;
    // "…,” Rep. Jane Roe, R-Pa., said": the period of a party tag ends no sentence.
    // "…,” Tom Berg, holding a “Save the Pier” banner, said": a title inside the speaker's aside is no new quote.
    if ((token.kind === 'quote' && !isTitleInPhrase(token, ctx.tokens[v - 1])) || (/^[.!?;:]$/.test(token.text) && !partyTagPeriod(ctx, v))) return null;
    if (!isCue(ctx, v) || nameModifiesCue(ctx, k, v)) continue;
    const speaker = trailingSpeaker(ctx, quoteToken, k, v);
    if (!speaker) return null;
    if (opensNewSentence(ctx, quoteToken) && !reportsQuoteBefore(ctx, quoteToken, k, v, speaker)) return null;
    return { rule: 'trailing', cueToken: v, cue: cueText(ctx, v), speaker };
  }
  return null;
}

/** "as Roe believed" weighs a view; it quotes nobody. */
const BELIEF_VERBS = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared', 'expect', 'expected', 'expects']);

/** Words "as" may take before its speech verb ("as a council memo put it"). */
const MAX_AS_CLAUSE_TOKENS = 6;

/** A speech verb within a few words from `from`, all plain words, and the clause ends with it (or "it"/"out" after it). */
function asClauseCue(ctx: PhraseContext, from: number): boolean {
  for (let v = from + 1; v < Math.min(ctx.tokens.length, from + MAX_AS_CLAUSE_TOKENS + 1); v++) {
    if (ctx.tokens[v]!.kind !== 'word') return false;
    if (!isCue(ctx, v)) continue;
    if (BELIEF_VERBS.has(lowerAt(ctx, v))) return false;
    const end = /^(?:it|out)$/.test(lowerAt(ctx, v + 1)) ? v + 2 : v + 1;
    return ctx.tokens[end] === undefined || /^[.,;!?]$/.test(ctx.tokens[end]!.text);
  }
  return false;
}

/** "…“reckless” an Ivo Lind tweet …": after "a"/"an" and a name, the cue word is a noun the name modifies. */
function nameModifiesCue(ctx: PhraseContext, k: number, v: number): boolean {
  if (!/^an?$/.test(lowerAt(ctx, k)) || v === k + 1) return false;
  for (let i = k + 1; i < v; i++) if (!/^\p{Lu}/u.test(ctx.tokens[i]!.text)) return false;
  return true;
}

/**
 * The subject of the verb at `v` after a quote, starting at `k` or after a short descriptor there; after a
 * quote closed by its comma, also past a long descriptor ("…,” director of rugby Jo Roe said") or
 * before a job written without commas ("…,” Dr Jo Roe head of research said").
 */
function trailingSpeaker(ctx: PhraseContext, quoteToken: number, k: number, v: number): SpeakerPhrase | null {
  const found = subjectBefore(ctx, k, passiveQuotedAt(ctx, v));
  const speaker = found && bodyTitleFrom(ctx, found, k);
  if (speaker && startsAt(ctx, speaker, k)) return speaker;
  if (!/,['"’”]?$/.test(ctx.tokens[quoteToken]!.text) && ctx.tokens[quoteToken + 1]?.text !== ',') return null;
  if (speaker && longDescriptorBefore(ctx, k, speaker, v)) return speaker;
  return nameWithBareRole(ctx, k, v);
}

/** "Sen. Ada Brook, D-Leeds, wrote", "…, R-Ky., said": past a party tag set off by commas at `i` (else `i`). */
function afterPartyTag(ctx: PhraseContext, i: number): number {
  if (ctx.tokens[i]?.text !== ',' || !PARTY_TAG.test(ctx.tokens[i + 1]?.text ?? '')) return i;
  const close = ctx.tokens[i + 2]?.text === '.' ? i + 3 : i + 2;
  return ctx.tokens[close]?.text === ',' ? close + 1 : i;
}

/** Nouns for quoted words that a sentence after the quote may name the source of ("That quote from X …"). */
const QUOTE_NOUNS = new Set(['quote', 'remark', 'remarks', 'line', 'words', 'comment', 'comments', 'statement', 'message']);

/**
 * "“…” That quote from councillor Ada Brook appeared on posters.": the sentence after a quote that
 * ends its sentence opens with "That/This/The" + a noun for quoted words + "from/by" and its source.
 */
function quoteNounAfter(ctx: PhraseContext, quoteToken: number): RuleMatch | null {
  const k = quoteToken + 1;
  if (!/[.!?]['"’”]?$/.test(ctx.tokens[quoteToken]!.text) || !/^(?:That|This|The)$/.test(ctx.tokens[k]?.text ?? '')) return null;
  if (!QUOTE_NOUNS.has(lowerAt(ctx, k + 1)) || !/^(?:from|by)$/.test(lowerAt(ctx, k + 2))) return null;
  const speaker = phraseAfter(ctx, k + 3, Math.min(ctx.tokens.length, k + 3 + MAX_TRAILING_GAP));
  return speaker && speaker.kind !== 'pronoun' ? { rule: 'trailing', cueToken: k + 1, cue: null, speaker } : null;
}

/** Verbs that report someone else's words through a medium ("the agency quoted Roe as saying"). */
const QUOTING_VERBS = new Set(['quoted', 'quotes', 'quoting']);
/** Words after "as" that close the quoted person ("as saying", "as telling", "as having said"). */
const AS_SAYING = new Set(['saying', 'telling', 'having', 'writing', 'stating']);
/** Words a quoted person's phrase may run to between "quoted" and "as" ("quoted the former chief executive Ivo Marek as"). */
const MAX_QUOTED_PERSON_TOKENS = 8;

/**
 * "“…,” the news agency quoted Mr Marek as saying." / "The Post quoted Ivo Marek as saying: “…”": in the
 * quote's sentence, the person between "quoted" and "as saying" spoke, not the medium that quoted them.
 */
export function quotedAsSayingRule(context: ParagraphContext, ctx: PhraseContext, quoteToken: number): RuleMatch | null {
  const [s0, s1] = sentenceRange(context, quoteToken);
  for (let v = s0; v < s1; v++) {
    // "Dixon was quoted by the paper as saying": the passive's subject spoke; the other rules read it.
    if (!QUOTING_VERBS.has(lowerAt(ctx, v)) || PASSIVE_BEFORE.has(lowerAt(ctx, v - 1))) continue;
    for (let a = v + 2; a < Math.min(s1, v + 2 + MAX_QUOTED_PERSON_TOKENS); a++) {
      if (ctx.tokens[a]!.kind !== 'word') break;
      if (lowerAt(ctx, a) !== 'as' || !AS_SAYING.has(lowerAt(ctx, a + 1))) continue;
      const speaker = phraseAfter(ctx, v + 1, a, false);
      if (!speaker) return null;
      return { rule: v < quoteToken ? 'leading' : 'trailing', cueToken: a + 1, cue: ctx.tokens[a + 1]!.text, speaker };
    }
  }
  return null;
}

/** "“…,” she was quoted as saying": the verb whose subject spoke is "quoted" (its index), else the cue at `v` itself. */
function passiveQuotedAt(ctx: PhraseContext, v: number): number {
  const passive = AS_SAYING.has(lowerAt(ctx, v)) && lowerAt(ctx, v - 1) === 'as' && QUOTING_VERBS.has(lowerAt(ctx, v - 2)) && PASSIVE_BEFORE.has(lowerAt(ctx, v - 3));
  return passive ? v - 2 : v;
}

/** `match` under another rule's name. Written out, not spread: a spread gives the copy a map of its own, met late in a run by code optimised without it. */
function withRule(match: RuleMatch, rule: AttributionRule): RuleMatch {
  return { rule, cueToken: match.cueToken, cue: match.cue, speaker: match.speaker };
}

function partyTagPeriod(ctx: PhraseContext, i: number): boolean {
  return ctx.tokens[i]!.text === '.' && PARTY_TAG.test(ctx.tokens[i - 1]?.text ?? '');
}

/** A name signing a quote after a dash is at most this many tokens ("- Sen. Jane Roe"). */
const MAX_SIGNATURE_TOKENS = 5;

/**
 * "“… the top 1 percent.” - Jane Roe." / "“…” —Jane Roe, Leeds.": a dash right after a quote that ends
 * its sentence, then a name closed by a period or comma, signs the quote (no verb).
 */
function dashSignature(ctx: PhraseContext, quoteToken: number): RuleMatch | null {
  if (!/[.!?]['"’”]?$/.test(ctx.tokens[quoteToken]!.text)) return null;
  const signed = signatureAt(ctx, quoteToken + 1, true);
  return signed && withRule(signed, 'trailing');
}

/** Dashes that sign a quote: hyphen, en and em dash, and the horizontal bar that some styles set before a quote's source ("”― Jane Roe."). */
const SIGNATURE_DASH = /^(?:-|—|–|―)$/;

/**
 * A dash at `dash`, then a name closed by a period, a comma or the paragraph end; after a quote on the
 * same line, also by the next quote ("“…”― Jane Roe “…”― Ivo Lind"). A dash opening a paragraph or a
 * line introduces a quote after the name ("- Rovers boss Ivo Lind “We were poor.”") and signs none before.
 */
function signatureAt(ctx: PhraseContext, dash: number, afterQuote: boolean): RuleMatch | null {
  if (!SIGNATURE_DASH.test(ctx.tokens[dash]?.text ?? '')) return null;
  const from = dash + 1;
  const speaker = phraseAfter(ctx, from, Math.min(ctx.tokens.length, from + MAX_SIGNATURE_TOKENS));
  if (!speaker || speaker.kind !== 'name' || speaker.first !== from && speaker.role?.first !== from) return null;
  const after = ctx.tokens[speaker.last + 1];
  const runOn = afterQuote && after?.kind === 'quote' && !ctx.lineStarts.includes(dash);
  const closed = after === undefined || /^[.,]$/.test(after.text) || runOn;
  return closed ? { rule: 'signature', cueToken: -1, cue: null, speaker } : null;
}

/** "“… the top 1 percent.”¶- Jane Roe.": a paragraph that opens with a dash and a name signs the quote ending the one before. */
export function signatureParagraphRule(ctx: PhraseContext): RuleMatch | null {
  return signatureAt(ctx, 0, false);
}

/**
 * After a quote that ends its sentence, does the next sentence (subject from `k`, verb at `v`) report it
 * ("“…” Roe said.", "“…?” Roe asked at the meeting.")? Not when a modal puts the verb in what may
 * happen ("“…” A quarter of the board can ask …"): that sentence goes on with the story.
 */
function reportsQuoteBefore(ctx: PhraseContext, quoteToken: number, k: number, v: number, speaker: SpeakerPhrase): boolean {
  // "“…” The alliance said misunderstandings had to be cleared up.": a noun after "said" opens what it says now.
  if (MODALS.has(lowerAt(ctx, v - 1)) || opensReportedClause(ctx, v)) return false;
  return endsAttribution(ctx, v) || (speaker.first === k && speaker.kind === 'name' && reportsBack(ctx, v, /\?['"’”]?$/.test(ctx.tokens[quoteToken]!.text)));
}

/** "“… death.” Bernie Sanders called …": the quote ended its sentence and a capital starts the next. */
function opensNewSentence(ctx: PhraseContext, quoteToken: number): boolean {
  const quote = ctx.tokens[quoteToken]!;
  const next = ctx.tokens[quoteToken + 1];
  return /[.!?]['"’”]?$/.test(quote.text) && next !== undefined && /^\p{Lu}/u.test(next.text);
}

/**
 * "… Smith said." / "… Trump asked reporters." — the verb's sentence only attributes: it ends soon,
 * with no "that" clause and no quote of its own (not "Smith said, “…" or "Smith said that …").
 */
function endsAttribution(ctx: PhraseContext, v: number): boolean {
  if (lowerAt(ctx, v + 1) === 'that') return false;
  // "…?” Roe remarked, alluding to …": a participle clause after the verb only comments on the quote.
  if (ctx.tokens[v + 1]?.text === ',' && /^\p{Ll}+ing$/u.test(ctx.tokens[v + 2]?.text ?? '')) return true;
  for (let i = v + 1; i < Math.min(ctx.tokens.length, v + 1 + MAX_ATTRIBUTION_TAIL); i++) {
    const token = ctx.tokens[i]!;
    if (token.kind === 'quote') return false;
    if (/^[.!?]$/.test(token.text)) return true;
  }
  return v + 1 >= ctx.tokens.length;
}

/** A quote without a closing comma is still attributed by a strong verb after it when it has this many words. */
const MIN_UNPUNCTUATED_QUOTE_WORDS = 4;

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * "“…?” O’Neill said at a public meeting in Harrogate." — after a quote that ends its sentence, a
 * name and a strong speech verb with no "that" and no new quote of its own reports the quote before.
 */
function reportsBack(ctx: PhraseContext, v: number, question: boolean): boolean {
  if (!STRONG_SPEECH_VERBS.has(lowerAt(ctx, v)) || lowerAt(ctx, v + 1) === 'that') return false;
  // "Jane Roe said he would have …": a pronoun after the verb opens what is reported now, not a report of the quote before.
  if (REPORTED_SUBJECTS.has(lowerAt(ctx, v + 1)) && !LISTENER_CUES.has(lowerAt(ctx, v))) return false;
  for (let i = v + 1; i < ctx.tokens.length; i++) {
    const token = ctx.tokens[i]!;
    if (token.kind === 'quote') return false;
    if (/^[.!?]$/.test(token.text)) return true;
    // "“…?” Roe asks as a waiter walks in, saying he is “…”": after a question, a participle clause quotes on its own
    // (not "“…” Romney fired back, attacking Roe for “…”", which answers the quote).
    if (question && token.text === ',' && /^\p{Ll}{2,}ing$/u.test(ctx.tokens[i + 1]?.text ?? '')) return true;
  }
  return true;
}

/** "… that Rivo told a French magazine: “…”": a name, its strong speech verb, and a colon right before the quote. */
function namedColonSpeaker(ctx: PhraseContext, match: RuleMatch, v: number, quoteToken: number): boolean {
  return ctx.tokens[quoteToken - 1]?.text === ':' && match.speaker?.kind === 'name' && STRONG_SPEECH_VERBS.has(lowerAt(ctx, v));
}

/**
 * Words that may follow a verb reporting back the quote before it ("Roe said at a meeting", "Roe said
 * on Monday", "Roe said yesterday"): a preposition, a time word or an adverb.
 */
const AFTER_REPORTING_VERB = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'while', 'when', 'as', 'to', 'of', 'about', 'from',
  'with', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'last', 'this', 'recently', 'afterwards', 'then', 'also', 'again',
  'simply', 'only', 'quietly', 'firmly', 'flatly', 'bluntly', 'candidly', 'privately', 'publicly', 'repeatedly', 'once']);

/**
 * After "said" or "says" (not "told") or a verb of belief ("Roe believes legal migration is …"), a
 * lower-case word that is no preposition, time word or adverb opens new reported words.
 */
function opensReportedClause(ctx: PhraseContext, v: number): boolean {
  const next = ctx.tokens[v + 1];
  if (!CLAUSE_OPENING_VERBS.has(lowerAt(ctx, v)) || next === undefined || next.kind !== 'word') return false;
  return /^\p{Ll}/u.test(next.text) && !AFTER_REPORTING_VERB.has(next.text) && !/ly$/.test(next.text);
}

/** Verbs after which a clause of new reported words may start without "that". */
const CLAUSE_OPENING_VERBS = new Set(['said', 'says', 'believes', 'believed', 'thinks', 'thought', 'feels', 'felt', 'reckons', 'reckoned']);

/** Subject pronouns that open a reported clause after "said". */
const REPORTED_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/**
 * "…,” National Bureau of Statistics chief Ivo Marek told": a role read from after the "of" of a body's
 * name starts at the body's name when only capitalised words and "of"/"for" stand between.
 */
function bodyTitleFrom(ctx: PhraseContext, speaker: SpeakerPhrase, k: number): SpeakerPhrase {
  const begin = speaker.role?.first ?? speaker.first;
  if (speaker.kind !== 'name' || begin <= k) return speaker;
  const capitalised = (i: number) => ctx.tokens[i]!.kind === 'word' && /^\p{Lu}/u.test(ctx.tokens[i]!.text);
  // The title's own lower-case words end the run ("… Statistics chief", "… of England deputy governor").
  let end = begin;
  while (end > k && ctx.tokens[end - 1]!.kind === 'word' && /^\p{Ll}/u.test(ctx.tokens[end - 1]!.text) && !BODY_CONNECTORS.has(lowerAt(ctx, end - 1))) end--;
  if (end === begin && !speaker.role) return speaker;
  let connectors = 0;
  for (let i = k; i < end; i++) {
    if (capitalised(i)) continue;
    if (!BODY_CONNECTORS.has(lowerAt(ctx, i)) || !capitalised(i - 1) || !capitalised(i + 1)) return speaker;
    connectors++;
  }
  return connectors > 0 ? withRole(speaker, { first: k, last: speaker.role?.last ?? speaker.first - 1 }) : speaker;
}

/** Small words inside a body's name before a title ("Bank of England governor", "Department for Work minister"). */
const BODY_CONNECTORS = new Set(['of', 'for']);

/** The speaker phrase (with its appositive) must begin right after the quote. */
function startsAt(ctx: PhraseContext, speaker: SpeakerPhrase, k: number): boolean {
  const begin = Math.min(speaker.first, speaker.role?.first ?? speaker.first);
  if (begin === k) return true;
  // "…,” Republican nominee Donald Trump said": a short descriptor before the name (not "…”, while the X said").
  // Nor "…” for the EU, said X": a preposition opens a phrase of its own, no descriptor of the speaker.
  for (let i = k; i < begin; i++) if (ctx.tokens[i]!.kind !== 'word' || CLAUSE_BOUNDARIES.has(lowerAt(ctx, i)) || NOUN_BEFORE.has(lowerAt(ctx, i))) return false;
  // Past the usual short title, only descriptor words: no preposition, helper or participle ("…,” citing a case in which a Marine was found").
  if (begin - k > SHORT_TRAILING_DESCRIPTOR && !allWords(ctx, k, begin)) return false;
  return begin - k <= MAX_TRAILING_DESCRIPTOR;
}

/**
 * Words a descriptor may put between a quote and the name after it ("…,” former city planning
 * policy director Jane Roe wrote"). More reaches longer job titles; fewer keeps a clause after the
 * quote ("…” and the board of the X Trust met Jane Roe") from passing for one.
 */
const MAX_TRAILING_DESCRIPTOR = 6;
/** A descriptor up to this long may hold any words but clause openers ("…,” the head of IT Jane Roe said"). */
const SHORT_TRAILING_DESCRIPTOR = 4;

/** "X said: “…" / "X said that … “…”" / "According to X, “…": the nearest verb before the quote in its sentence. */
export function leadingRule(context: ParagraphContext, ctx: PhraseContext, quoteToken: number): RuleMatch | null {
  const s0 = Math.max(sentenceRange(context, quoteToken)[0], quoteToken - MAX_LEADING_GAP);
  let nearest: RuleMatch | null = null;
  let weak: RuleMatch | null = null;
  let strong: RuleMatch | null = null;
  let crossed = false;
  let farWeak: RuleMatch | null = null;
  for (let v = quoteToken - 1; v >= s0; v--) {
    if (ctx.tokens[v]!.kind === 'quote') crossed = true;
    if (!isCue(ctx, v)) continue;
    const passive = PASSIVE_BEFORE.has(lowerAt(ctx, v - 1)) && PARTICIPLE.test(lowerAt(ctx, v));
    const match = passive ? passiveAt(context, ctx, v) : activeAt(ctx, s0, v, quoteToken);
    // "Roe's decision to reveal it early was a “smart move”, Lind said": an abstract noun's infinitive quotes no one.
    if (match.speaker && lowerAt(ctx, v - 1) === 'to' && abstractHead(ctx, match.speaker)) continue;
    nearest ??= match;
    if (!match.speaker) continue; // "X said the town lost a paper that said “…”": no subject here; look further back.
    // "X seized on it, arguing that it showed “…”": a verb inside a "that" clause reports what is said, not who says it.
    // But "The Post reports that Rivo told a magazine: “…”": a named speaker whose strong verb the colon ends speaks it.
    if (lowerAt(ctx, match.speaker.first - 1) === 'that' && !namedColonSpeaker(ctx, match, v, quoteToken)) continue;
    if (relativeClosedBefore(ctx, match.speaker, v, quoteToken)) continue;
    // The nearest strong verb ("said", "told") wins over weaker ones ("continue", "show") nearer the quote.
    if (STRONG_SPEECH_VERBS.has(lowerAt(ctx, v)) && !MODALS.has(lowerAt(ctx, v - 1))) { strong = match; break; }
    if (crossed) farWeak ??= match;
    else weak ??= match;
  }
  // "Roe saying he was “…” and Jones calling it a “…”": past an earlier quote, a strong verb reported that one.
  if (strong && !(crossed && weak)) return strong;
  return dashedColonName(ctx, s0, quoteToken) ?? colonVerbRule(ctx, s0, quoteToken) ?? weak ?? strong ?? farWeak ?? nearest
    ?? colonSubjectRule(context, ctx, quoteToken) ?? fromColonRule(ctx, s0, quoteToken) ?? colonRule(ctx, s0, quoteToken);
}

/** Relative pronouns that may open an object relative clause ("which Roe called “…”"). */
const OBJECT_RELATIVES = new Set(['which', 'who', 'whom']);

/**
 * "the plan, which some have argued was meant to win votes, was an “insult”": the subject of an
 * object relative clause speaks only within it; a comma between its verb and the quote shows the
 * clause ended before the quote (not "which the inquiry said was “careless”").
 */
function relativeClosedBefore(ctx: PhraseContext, speaker: SpeakerPhrase, v: number, quoteToken: number): boolean {
  const begin = Math.min(speaker.first, speaker.role?.first ?? speaker.first);
  if (!OBJECT_RELATIVES.has(lowerAt(ctx, begin - 1))) return false;
  for (let i = v + 1; i < quoteToken; i++) if (ctx.tokens[i]!.text === ',') return true;
  return false;
}

function activeAt(ctx: PhraseContext, s0: number, v: number, quoteToken: number): RuleMatch {
  // "A day after saying …,” Roe …": an opening participle clause's subject comes after it, not before the participle.
  const opening = opensWithParticiple(ctx, s0, v) ? subjectAfterOpening(ctx, quoteToken) : null;
  let speaker = parentheticalSpeaker(ctx, v, quoteToken) ?? opening ?? speakerOfCue(ctx, s0, quoteToken, v);
  if (!speaker && (/ing$/.test(lowerAt(ctx, v)) || coordinated(ctx, s0, v))) speaker = earlierSubject(ctx, s0, v);
  if (!speaker && (v === s0 || invertedAt(ctx, v))) speaker = speakerAfterVerb(ctx, v, quoteToken) ?? (v === s0 ? openingVerbSpeaker(ctx, v, quoteToken) : null);
  return { rule: 'leading', cueToken: v, cue: cueText(ctx, v), speaker };
}

/** Words that may open a sentence before its participle clause ("After saying …, Roe left"). */
const PARTICIPLE_OPENERS = new Set(['after', 'before', 'while', 'since', 'when', 'upon', 'despite', 'without']);

/** "Saying …", "After saying …" or "A day after saying …" opens the sentence at `s0`, with the participle at `v`. */
function opensWithParticiple(ctx: PhraseContext, s0: number, v: number): boolean {
  if (!/ing$/.test(lowerAt(ctx, v))) return false;
  return v === s0 || (PARTICIPLE_OPENERS.has(lowerAt(ctx, v - 1)) && (v - 1 === s0 || isSpanOfTime(ctx.tokens, s0, v - 1)));
}

/** Words after a quote before the comma that closes an opening participle clause ("…,” though, Roe …"). */
const MAX_OPENING_CLAUSE_TAIL = 6;
/** Adverbs set off by commas between an opening clause and the subject ("…,” though, Roe did say"). */
const LINKING_ADVERBS = new Set(['though', 'however', 'still', 'nonetheless', 'meanwhile', 'also']);

/**
 * "Acknowledging that the mayor “says silly things,” Roe did suggest …": a participle opening the
 * sentence belongs to the main clause's subject, named after the comma that closes the participle
 * clause (past the quote, and past an aside adverb), when a verb follows it.
 */
function subjectAfterOpening(ctx: PhraseContext, quoteToken: number): SpeakerPhrase | null {
  let k = /,['"’”]?$/.test(ctx.tokens[quoteToken]!.text) ? quoteToken : -1;
  for (let i = quoteToken + 1; k === -1 && i < Math.min(ctx.tokens.length, quoteToken + MAX_OPENING_CLAUSE_TAIL); i++) {
    if (/^[.!?;:]$/.test(ctx.tokens[i]!.text) || ctx.tokens[i]!.kind === 'quote') return null;
    if (ctx.tokens[i]!.text === ',') k = i;
  }
  if (k === -1) return null;
  if (LINKING_ADVERBS.has(lowerAt(ctx, k + 1)) && ctx.tokens[k + 2]?.text === ',') k += 2;
  const subject = subjectAt(ctx, k + 1, Math.min(ctx.tokens.length, k + 1 + MAX_OPENING_PHRASE));
  if (!subject || subject.kind === 'phrase') return null;
  const verb = ctx.tokens[pastBracket(ctx, subject.last + 1)];
  return verb?.kind === 'word' && /^\p{Ll}/u.test(verb.text) ? subject : null;
}

/**
 * "The paradox of it, says Carl Anthony, a historian, is that she was “…”": an inverted verb set off
 * by commas, with a name right after it closed by a comma, names its speaker after it.
 */
function parentheticalSpeaker(ctx: PhraseContext, v: number, quoteToken: number): SpeakerPhrase | null {
  if (ctx.tokens[v - 1]?.text !== ',' || !invertedAt(ctx, v)) return null;
  const speaker = speakerAfterVerb(ctx, v, quoteToken);
  return speaker?.kind === 'name' && ctx.tokens[speaker.last + 1]?.text === ',' ? speaker : null;
}

/** "…, explained Rosenberg, “…" / "“…,” said Smith, “…": a verb right after a comma or a quote, its speaker after it. */
function invertedAt(ctx: PhraseContext, v: number): boolean {
  const before = ctx.tokens[v - 1];
  return before !== undefined && (before.kind === 'quote' || before.text === ',') && !/ing$/.test(lowerAt(ctx, v)) && !LISTENER_CUES.has(lowerAt(ctx, v));
}

/** Verbs whose object is the listener ("told Smith"), not the speaker. */
const LISTENER_CUES = new Set(['tell', 'tells', 'told', 'ask', 'asks', 'asked', 'urge', 'urged', 'urges', 'warn', 'warned', 'warns']);

/** "… labelled them and questioned …": the verb shares the subject of the verb before "and". */
function coordinated(ctx: PhraseContext, s0: number, v: number): boolean {
  let i = v - 1;
  while (i >= s0 && AUXILIARIES.has(lowerAt(ctx, i))) i--;
  return /^(?:and|but|or)$/.test(lowerAt(ctx, i));
}

/** "…, as well as finding …": a participle or coordinated verb shares the subject of an earlier verb. */
function earlierSubject(ctx: PhraseContext, s0: number, participle: number): SpeakerPhrase | null {
  const clause = clauseSubjectBefore(ctx, s0, participle);
  for (let v = participle - 1; v >= s0; v--) {
    if (clause && v < clause.at) return clause.speaker;
    if (!isCue(ctx, v) && !LABEL_VERBS.has(lowerAt(ctx, v))) continue;
    const speaker = speakerOfCue(ctx, s0, participle, v);
    if (speaker) return speaker;
  }
  const subject = sentenceSubject(ctx, s0, participle);
  if (subject?.kind === 'pronoun' && lowerAt(ctx, subject.first) === 'it') return clauseAfterItSubject(ctx, subject.first, participle) ?? subject;
  return subject ?? subordinateSubject(ctx, s0, participle);
}

/** Words after "It came" that open a clause whose subject did what the sentence reports. */
const IT_CLAUSE_OPENERS = new Set(['after', 'as', 'when', 'because', 'since']);

/**
 * "It came after Marek chided Lind on Friday, accusing him of …": "it" speaks nothing, so a participle
 * goes with the named subject of the "after" (or "as", "when") clause the sentence goes on with.
 */
function clauseAfterItSubject(ctx: PhraseContext, it: number, participle: number): SpeakerPhrase | null {
  for (let k = it + 1; k < participle; k++) {
    if (ctx.tokens[k]!.kind !== 'word') return null;
    if (!IT_CLAUSE_OPENERS.has(lowerAt(ctx, k))) continue;
    const subject = subjectAt(ctx, k + 1, participle);
    return subject?.kind === 'name' && subject.mention?.kind !== 'organisation' ? subject : null;
  }
  return null;
}

/** Words opening a clause inside a sentence whose own subject a participle after it may share. */
const CLAUSE_OPENERS = new Set(['when', 'where']);

/**
 * "Roe gave her talk near the depot, where union members had been waiting, chanting “…”": a participle right
 * after a comma that closes a "when"/"where" clause goes with that clause's subject when it is people
 * (a person's name, or a group: "local residents"), not with a verb before the clause.
 */
function clauseSubjectBefore(ctx: PhraseContext, s0: number, participle: number): { at: number; speaker: SpeakerPhrase } | null {
  if (ctx.tokens[participle - 1]?.text !== ',') return null;
  for (let k = participle - 2; k > s0; k--) {
    if (ctx.tokens[k]!.kind !== 'word') return null;
    if (!CLAUSE_OPENERS.has(lowerAt(ctx, k))) continue;
    const speaker = subjectAt(ctx, k + 1, participle - 1) ?? describedSubject(ctx, k + 1, participle - 1);
    const people = speaker && (speaker.kind === 'name' ? speaker.mention?.kind !== 'organisation' : speaker.kind === 'phrase' && SOURCE_NOUNS.has(lowerAt(ctx, speaker.last)));
    return people ? { at: k, speaker: speaker! } : null;
  }
  return null;
}

/** Words that open a sentence with a subordinate clause: "When Roe referred to … and said …". */
const SUBORDINATORS = new Set(['when', 'as', 'after', 'before', 'while', 'once', 'since', 'if', 'although', 'though', 'because']);

/**
 * "When Roe later referred to the flood and said he would “…”": a coordinated verb inside a
 * subordinate clause that opens the sentence shares that clause's subject, named right after the
 * subordinator, when no comma (the end of that clause) comes before the verb.
 */
function subordinateSubject(ctx: PhraseContext, s0: number, verb: number): SpeakerPhrase | null {
  if (!SUBORDINATORS.has(lowerAt(ctx, s0))) return null;
  for (let i = s0 + 1; i < verb; i++) if (ctx.tokens[i]!.text === ',') return null;
  const subject = subjectAt(ctx, s0 + 1, verb);
  return subject && subject.kind === 'name' && subject.role === null ? subject : null;
}

/** "Romney went after Trump …, calling it “…”": the name or pronoun opening the sentence. */
function sentenceSubject(ctx: PhraseContext, sentenceStart: number, before: number): SpeakerPhrase | null {
  // "WASHINGTON (AP) — In response to …, Roe rallied …": after a dateline, the sentence starts again.
  const dateline = datelineEnd(ctx, sentenceStart, before);
  const s0 = dateline === -1 ? sentenceStart : dateline + 1;
  const direct = opensWithTime(ctx, s0, before) ? null : subjectAt(ctx, s0, before) ?? afterOpeningAdverb(ctx, s0, before);
  if (direct) return direct;
  // After an opening phrase set off by commas ("On Tuesday, …", "Speaking in Salem, New Hampshire, Smith …"),
  // the first name followed by its verb.
  for (let k = s0; k < Math.min(before, s0 + MAX_OPENING_PHRASE); k++) {
    if (ctx.tokens[k]!.text !== ',') continue;
    const subject = subjectAt(ctx, k + 1, before);
    if (subject && /^(?:\p{Ll}|\()/u.test(ctx.tokens[subject.last + 1]?.text ?? '')) return subject;
  }
  return afterOpeningPlacePhrase(ctx, s0, before);
}

/** "Several hours earlier, a port official said": the sentence opens with a time phrase closed by a comma. */
function opensWithTime(ctx: PhraseContext, s0: number, before: number): boolean {
  for (let k = s0 + 1; k < Math.min(before, s0 + MAX_OPENING_PHRASE); k++) {
    if (ctx.tokens[k]!.kind === 'word') continue;
    return ctx.tokens[k]!.text === ',' && timePhraseStart(ctx.tokens, s0, k - 1) === s0;
  }
  return false;
}

/** Prepositions opening a short time or place phrase with no comma after it ("In Friday's talk the mayor …"). */
const OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during']);
/** Words of such a phrase after its preposition ("Friday's speech"); more would pass over a clause. */
const MAX_OPENING_PLACE_WORDS = 4;

/**
 * "In Friday's talk the mayor went on …", "On Friday she went …": after a short opening phrase
 * with no comma, a subject that a determiner or a pronoun opens, followed by its verb (a lower-case
 * word that opens no second noun phrase).
 */
function afterOpeningPlacePhrase(ctx: PhraseContext, s0: number, before: number): SpeakerPhrase | null {
  if (!OPENING_PREPOSITIONS.has(lowerAt(ctx, s0))) return null;
  for (let k = s0 + 2; k < Math.min(before, s0 + 2 + MAX_OPENING_PLACE_WORDS); k++) {
    if (ctx.tokens[k]!.kind !== 'word') return null;
    const word = lowerAt(ctx, k);
    if (!DETERMINERS.has(word) && !SUBJECT_PRONOUNS.has(word)) continue;
    const subject = subjectAt(ctx, k, before);
    const next = ctx.tokens[(subject?.last ?? before) + 1];
    const verbNext = next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && !DETERMINERS.has(next.text) && !NOUN_BEFORE.has(next.text);
    return subject && verbNext ? subject : null;
  }
  return null;
}

/** Pronouns that may be a sentence's subject after an opening phrase. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);

/** "Then he cut into …", "But Roe said …": a word opening the sentence before its subject, with no comma. */
const OPENING_ADVERBS = new Set(['then', 'but', 'and', 'so', 'yet', 'still', 'later', 'earlier', 'separately', 'now', 'instead', 'meanwhile', 'also', 'finally', 'again', 'afterward', 'afterwards']);

/** "Then he cut into …": a name or pronoun after an opening adverb (not "But a few days later …", a time). */
function afterOpeningAdverb(ctx: PhraseContext, s0: number, before: number): SpeakerPhrase | null {
  let i = s0;
  // "And then Roe went on the attack, saying …": up to two such words.
  while (i < s0 + MAX_OPENING_ADVERBS && OPENING_ADVERBS.has(lowerAt(ctx, i))) i++;
  if (i === s0) return null;
  const subject = subjectAt(ctx, i, before);
  return subject && subject.kind !== 'phrase' ? subject : null;
}

/** Opening adverbs skipped before a subject: "And then", "But now"; more would pass over a clause. */
const MAX_OPENING_ADVERBS = 2;

/** A dateline ("LONDON —", "DES MOINES, Iowa (AP) —") is at most this many tokens before its dash. */
const MAX_DATELINE_TOKENS = 8;

/**
 * "WASHINGTON — Sen. Jane Roe on Monday rejected the bill and said …": a sentence that opens with a
 * dateline (an all-capitals place, perhaps a state and an agency, then a dash) has its subject after
 * the dash. The index of that dash, or -1.
 */
function datelineEnd(ctx: PhraseContext, s0: number, before: number): number {
  const first = ctx.tokens[s0]?.text ?? '';
  // "Washington (AFP) –": a place not in capitals is a dateline only with an agency in brackets.
  if (!/^\p{Lu}/u.test(first)) return -1;
  let agency = /^\p{Lu}{2,}$/u.test(first);
  for (let k = s0 + 1; k < Math.min(before, s0 + MAX_DATELINE_TOKENS); k++) {
    const text = ctx.tokens[k]!.text;
    if (/^(?:—|–|--)$/.test(text)) return agency ? k : -1;
    // "WASHINGTON, Dec. 8 (UPI) —": place, state, date and agency words.
    if (!/^(?:\p{Lu}[\p{L}.]*|\d{1,4}|[,()])$/u.test(text)) return -1;
    agency ||= text === '(' && /^\p{Lu}{2,}$|^Reuters$/u.test(ctx.tokens[k + 1]?.text ?? '') && ctx.tokens[k + 2]?.text === ')';
  }
  return -1;
}

function subjectAt(ctx: PhraseContext, i: number, before: number): SpeakerPhrase | null {
  const token = ctx.tokens[i];
  if (!token || token.kind !== 'word' || i >= before) return null;
  const word = token.text.toLowerCase();
  // "About 80 dockers gathered …": a hedge before a number opens a counted group.
  if (DETERMINERS.has(word) || (HEDGE_OPENERS.has(word) && /^\d/.test(ctx.tokens[i + 1]?.text ?? ''))) return describedSubject(ctx, i, before);
  // "Attorneys for Roe appeared …": a noun for people opens a described subject (else "Republicans" is read as a name below).
  const group = SOURCE_NOUNS.has(word) ? describedSubject(ctx, i, before) : null;
  if (group) return group;
  if (word === 'he' || word === 'she' || word === 'they' || word === 'it') return { kind: 'pronoun', first: i, last: i, mention: null, role: null, partner: null };
  const names = namesBetween(ctx, i, Math.min(before, i + 8));
  // "Democratic presidential candidate Sen. Jane Roe …": a short descriptor may come before the name.
  const reachable = names.filter((n) => n.firstToken - i <= MAX_SUBJECT_DESCRIPTOR && allWords(ctx, i, n.firstToken));
  const name = personAfterOrganisation(ctx, reachable) ?? reachable[0];
  if (!name) return null;
  // "Ryan’s campaign shrugged off …": the possessed thing speaks, not the person.
  if (POSSESSIVE.test(ctx.tokens[name.lastToken]!.text)) return describedSubject(ctx, i, before);
  // "Sanders supporters are crying “…”", "Clinton aides said": the name modifies a listed noun for people
  // (a list, not a "-ers" ending: "Christie refers to …" has its verb there).
  const head = name.lastToken + 1;
  if (head < before && SOURCE_NOUNS.has(ctx.tokens[head]!.text)) return { kind: 'phrase', first: i, last: head, mention: null, role: null, partner: null };
  const role = name.firstToken > i ? { first: i, last: name.firstToken - 1 } : null;
  return withJoinedAfter(ctx, { kind: 'name', first: name.firstToken, last: name.lastToken, mention: name, role, partner: null }, before);
}

/**
 * "Labour election chief Ivo Lind denied …": a name that is not a person's (found at the sentence's
 * start because the article names it elsewhere) and a job in lower case describe the person after them.
 * Not "Labour accuses Ivo Lind …" or "Acme hired Ivo Lind": a verb stands between.
 */
function personAfterOrganisation(ctx: PhraseContext, reachable: readonly NameMention[]): NameMention | undefined {
  const [organisation, person] = reachable;
  if (!organisation || organisation.kind === 'person' || person?.kind !== 'person' || person.firstToken === organisation.lastToken + 1) return undefined;
  for (let k = organisation.lastToken + 1; k < person.firstToken; k++) {
    if (!/^\p{Ll}+$/u.test(ctx.tokens[k]!.text) || /(?:ed|ing|[^s]s)$/.test(lowerAt(ctx, k)) || isCue(ctx, k)) return undefined;
  }
  return person;
}

/**
 * "Ivo Marek and other harbour leaders snubbed …, claiming …", "Ada Brook and Ivo Marek toured …,
 * saying …": a sentence-opening name joined by "and" to a described group or a second name right
 * after it: both are the subject.
 */
function withJoinedAfter(ctx: PhraseContext, subject: SpeakerPhrase, before: number): SpeakerPhrase {
  const and = subject.last + 1;
  const person = subject.mention?.kind !== 'organisation' && !POSSESSIVE.test(ctx.tokens[subject.last]!.text);
  if (!person || lowerAt(ctx, and) !== 'and' || and + 1 >= before) return subject;
  const next = lowerAt(ctx, and + 1);
  // "Labour and the Greens are …": only a person's name joins a group here (the names index is not at hand).
  if ((DETERMINERS.has(next) || SOURCE_NOUNS.has(next)) && subject.mention?.kind === 'person') {
    const group = describedSubject(ctx, and + 1, before);
    // "Roe and others seeking a …": a group cut off inside a clause (on a determiner, preposition or participle) is no subject.
    const cut = group && (DETERMINERS.has(lowerAt(ctx, group.last)) || NOUN_BEFORE.has(lowerAt(ctx, group.last)) || /ing$/.test(lowerAt(ctx, group.last)));
    return group && !cut ? { kind: 'phrase', first: subject.first, last: group.last, mention: null, role: null, partner: subject.mention! } : subject;
  }
  const second = namesBetween(ctx, and + 1, Math.min(before, and + 5))[0];
  if (!second || second.firstToken !== and + 1 || second.kind === 'organisation' || !/^\p{Ll}/u.test(ctx.tokens[second.lastToken + 1]?.text ?? '')) return subject;
  return { kind: 'name', first: subject.first, last: second.lastToken, mention: second, role: null, partner: subject.mention! };
}

/** Hedges that open a counted group of people before its number ("about 80 dockers", "nearly 40 nurses"). */
const HEDGE_OPENERS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'over']);

/** Words a descriptor may put before a sentence-opening name ("presidential candidate"). */
const MAX_SUBJECT_DESCRIPTOR = 3;

/** Descriptor words before a name: words, but no preposition, conjunction or helper ("after Clinton …" is no subject). */
function allWords(ctx: PhraseContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = lowerAt(ctx, k);
    if (ctx.tokens[k]!.kind !== 'word' || CLAUSE_BOUNDARIES.has(word) || NOUN_BEFORE.has(word) || AUXILIARIES.has(word) || DESCRIPTOR_STOPS.has(word)) return false;
    if (k > from && pastAfterCapital(ctx, k)) return false;
  }
  return true;
}

/** "Marek chided Lind …": a past tense in lower case after a capitalised word is that word's verb, not a descriptor. */
function pastAfterCapital(ctx: PhraseContext, k: number): boolean {
  const word = ctx.tokens[k]!.text;
  return (/^\p{Ll}+ed$/u.test(word) || IRREGULAR_PASTS.has(word)) && /^\p{Lu}/u.test(ctx.tokens[k - 1]!.text);
}

/** More words that never describe the name after them. */
const DESCRIPTOR_STOPS = new Set(['to', 'during', 'under', 'over', 'into', 'than', 'not', 'no', 'said', 'says', 'told', 'like', 'unlike']);

/**
 * "Said Smith: “…" — rare, but the phrase after a sentence-initial verb names the speaker; and
 * "“…,” said a council spokesman, “…”": between two quotes, a described speaker after the verb too.
 */
function speakerAfterVerb(ctx: PhraseContext, v: number, ceiling: number): SpeakerPhrase | null {
  const next = ctx.tokens[v + 1];
  if (!next || next.kind !== 'word') return null;
  const betweenQuotes = ctx.tokens[v - 1]?.kind === 'quote' && DETERMINERS.has(next.text);
  if (!/^\p{Lu}/u.test(next.text) && !betweenQuotes) return null;
  return phraseAfter(ctx, v + 1, ceiling);
}

/**
 * "Said the survey report: “…”", "Said assistant coach Jo Roe: “…”": a speech verb opening the
 * sentence, then a lower-case phrase that runs up to the colon or comma before the quote, names its
 * speaker there (not "Said to be worth …", whose phrase stops short of the quote).
 */
function openingVerbSpeaker(ctx: PhraseContext, v: number, quoteToken: number): SpeakerPhrase | null {
  if (!/^\p{Lu}/u.test(ctx.tokens[v]!.text) || !/^[:,]$/.test(ctx.tokens[quoteToken - 1]?.text ?? '')) return null;
  const phrase = phraseAfter(ctx, v + 1, quoteToken - 1);
  return phrase && phrase.last === quoteToken - 2 ? phrase : null;
}

/** Words after a noun phrase that show it is no subject with its verb: prepositions and conjunctions. */
const NOT_COLON_VERBS = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'to', 'among', 'about', 'into', 'over', 'under',
  'across', 'through', 'during', 'after', 'before', 'than', 'as', 'and', 'or', 'but']);

/** "Rubio fired back forcefully: “…": a clause that opens with its subject and ends in a colon before the quote. */
function colonVerbRule(ctx: PhraseContext, s0: number, quoteToken: number): RuleMatch | null {
  if (ctx.tokens[quoteToken - 1]?.text !== ':') return null;
  let start = quoteToken - 2;
  while (start > s0 && ctx.tokens[start - 1]!.kind === 'word' && quoteToken - start < MAX_COLON_CLAUSE) start--;
  // "Even the club captain spoke: “…”": the subject starts after the focus adverb.
  if (FOCUS_ADVERBS.has(lowerAt(ctx, start))) start++;
  const subject = subjectAt(ctx, start, quoteToken - 1);
  const verb = subject ? ctx.tokens[subject.last + 1] : undefined;
  if (!subject || !verb || verb.kind !== 'word' || !/^\p{Ll}/u.test(verb.text)) return null;
  // "Roe has long taken up the position common among older growers in the valley:": a clause cut off by
  // the limit may start at an object ("the position …"), whose next word is a preposition, no verb
  // (but "Here’s Roe in May 1992:", read from the sentence start, gives Roe).
  if (start > s0 && ctx.tokens[start - 1]!.kind === 'word' && NOT_COLON_VERBS.has(verb.text)) return null;
  return { rule: 'colon', cueToken: subject.last + 1, cue: verb.text, speaker: subject };
}

/**
 * "Council leader Ada Brook, D-Leeds, handed a short letter to Ivo Marek: “…”": a quote after a
 * colon, in a sentence whose subject opens it with a verb right after it (the subject rule's test),
 * is that subject's, not the name or noun just before the colon (the object of "to", "with" …).
 */
function colonSubjectRule(context: ParagraphContext, ctx: PhraseContext, quoteToken: number): RuleMatch | null {
  if (ctx.tokens[quoteToken - 1]?.text !== ':') return null;
  const match = subjectRule(context, ctx, quoteToken);
  return match && match.speaker ? withRule(match, 'colon') : null;
}

/**
 * "Lind's crew battled to win the cup, but back home the first words on the quay were: “…”": a comma
 * and a clause opener between the subject's verb and the colon start a clause of their own.
 */
function newClauseBetween(ctx: PhraseContext, verb: number, colon: number): boolean {
  for (let k = verb + 1; k < colon; k++) if (ctx.tokens[k - 1]!.text === ',' && CLAUSE_BOUNDARIES.has(lowerAt(ctx, k))) return true;
  return false;
}

/**
 * "From Ivo Marek’s blog post: “…”", "From the ruling: “…”": a sentence that opens with "From" and
 * ends in a colon right before the quote names its source after "From": the person whose post or
 * statement it is (a possessive name), else the text itself.
 */
function fromColonRule(ctx: PhraseContext, s0: number, quoteToken: number): RuleMatch | null {
  const colon = quoteToken - 1;
  if (ctx.tokens[colon]?.text !== ':' || lowerAt(ctx, s0) !== 'from' || colon - s0 < 2 || colon - s0 > MAX_COLON_CLAUSE) return null;
  const seg: number[] = [];
  for (let i = s0 + 1; i < colon; i++) {
    if (ctx.tokens[i]!.kind !== 'word') return null;
    seg.push(i);
  }
  const owner = namesBetween(ctx, s0 + 1, colon)[0];
  if (owner && owner.firstToken === s0 + 1 && owner.lastToken < colon - 1 && POSSESSIVE.test(ctx.tokens[owner.lastToken]!.text)) {
    return { rule: 'colon', cueToken: -1, cue: null, speaker: { kind: 'name', first: owner.firstToken, last: owner.lastToken, mention: owner, role: null, partner: null } };
  }
  const text = phraseOf(ctx, seg);
  return text?.kind === 'phrase' ? { rule: 'colon', cueToken: -1, cue: null, speaker: text } : null;
}

/**
 * "Gardeners agree - Nina Osei: “…”": a name right before the colon, set off by a dash or opening
 * the sentence, introduces the quote, whatever verb stands before the dash.
 */
function dashedColonName(ctx: PhraseContext, s0: number, quoteToken: number): RuleMatch | null {
  const colon = colonRule(ctx, s0, quoteToken);
  if (!colon || colon.speaker?.kind !== 'name') return null;
  const begin = Math.min(colon.speaker.first, colon.speaker.role?.first ?? colon.speaker.first);
  if (colon.speaker.last !== quoteToken - 2) return null;
  return begin === s0 || /^(?:-|—|–|--)$/.test(ctx.tokens[begin - 1]?.text ?? '') ? colon : null;
}

/** "Mr Smith: “…" — a name and a colon, no verb. */
function colonRule(ctx: PhraseContext, s0: number, quoteToken: number): RuleMatch | null {
  // "… bear out the old maxim: “…”": a saying, not the subject's words.
  if (ctx.tokens[quoteToken - 1]?.text !== ':' || SAYING_NOUNS.has(lowerAt(ctx, quoteToken - 2))) return null;
  const speaker = subjectBefore(ctx, s0, quoteToken - 1);
  if (!speaker || speaker.kind === 'phrase' && speaker.last - speaker.first > 3) return null;
  // "Observes Mr Lind: “…”": a speech verb opening the sentence is the cue, not a title of the name after it.
  if (speaker.role?.first === s0 && speaker.role.last === s0 && /^\p{Lu}/u.test(ctx.tokens[s0]!.text) && SPEECH_VERBS.has(lowerAt(ctx, s0))) {
    return { rule: 'colon', cueToken: s0, cue: cueText(ctx, s0), speaker: withRole(speaker, null) };
  }
  return { rule: 'colon', cueToken: -1, cue: null, speaker };
}

/** "Cruz continued:¶“You look …”": a paragraph ending in a colon introduces the quote opening the next. */
export function colonParagraphRule(previous: ParagraphContext, ctx: PhraseContext): RuleMatch | null {
  const end = ctx.tokens.length;
  if (end === 0 || ctx.tokens[end - 1]!.text !== ':') return null;
  const [s0] = sentenceRange(previous, end - 1);
  for (let v = end - 2; v >= s0; v--) {
    if (!isCue(ctx, v)) continue;
    const speaker = speakerOfCue(ctx, s0, end, v) ?? speakerAfterVerb(ctx, v, end);
    return { rule: 'colon', cueToken: v, cue: cueText(ctx, v), speaker };
  }
  // "Then-Senator Marek used the same words against his rival, Jo Roe:": the sentence's subject, not the object before the colon.
  const subject = subjectRule(previous, ctx, end - 1);
  if (subject?.speaker) return withRule(subject, 'colon');
  const speaker = subjectBefore(ctx, s0, end - 1);
  if (!speaker || speaker.kind === 'phrase' && speaker.last - speaker.first > 3) return null;
  return { rule: 'colon', cueToken: -1, cue: null, speaker };
}

/** "told the crowd": the phrase after a form of "tell" is who heard the words, never who said them. */
const TELL_FORMS = new Set(['tell', 'tells', 'told']);

/**
 * "“…,” Rep. Ivo Lind, D-Pa., head of the port board, told reporters.": a name right after the quote, set
 * off by a comma, whose asides run to the verb, is who spoke.
 */
function nameBeforeAsides(ctx: PhraseContext, quoteToken: number, verb: number): SpeakerPhrase | null {
  const k = ctx.tokens[quoteToken + 1]?.text === ',' ? quoteToken + 2 : quoteToken + 1;
  const mention = namesBetween(ctx, k, verb)[0];
  if (!mention || mention.firstToken !== k || mention.kind === 'organisation' || ctx.tokens[mention.lastToken + 1]?.text !== ',') return null;
  return { kind: 'name', first: k, last: mention.lastToken, mention, role: null, partner: null };
}

/** "“…,” Harbour Trust's chief, Ivo Lind, told …": the subject before the verb, when it is a known person. */
function personBefore(ctx: PhraseContext, quoteToken: number, verb: number): SpeakerPhrase | null {
  const subject = subjectBefore(ctx, quoteToken + 1, verb);
  return subject?.kind === 'name' && subject.mention?.kind === 'person' ? subject : null;
}

/** "… “a disaster”, he said." — a speech verb in a comma-tail that ends the quote's sentence. */
export function tailRule(context: ParagraphContext, ctx: PhraseContext, quoteToken: number): RuleMatch | null {
  return lastCommaTail(context, ctx, quoteToken) ?? invertedTail(context, ctx, quoteToken);
}

/**
 * "“We are delighted” about the result, said Jane Roe, director of …" — the first comma after the
 * quote in its sentence is followed by a speech verb and the speaker after it.
 */
function invertedTail(context: ParagraphContext, ctx: PhraseContext, quoteToken: number): RuleMatch | null {
  const [, s1] = sentenceRange(context, quoteToken);
  for (let i = quoteToken + 1; i < Math.min(s1, quoteToken + MAX_TRAILING_GAP); i++) {
    const token = ctx.tokens[i]!;
    if (token.kind === 'quote') return null;
    if (token.text !== ',') continue;
    const v = i + 1;
    if (!isCue(ctx, v) || !invertedAt(ctx, v)) return null;
    const speaker = phraseAfter(ctx, v + (lowerAt(ctx, v) === 'according' ? 2 : 1), s1);
    return speaker && speaker.kind !== 'pronoun' ? { rule: 'tail', cueToken: v, cue: cueText(ctx, v), speaker } : null;
  }
  return null;
}

function lastCommaTail(context: ParagraphContext, ctx: PhraseContext, quoteToken: number): RuleMatch | null {
  const [, s1] = sentenceRange(context, quoteToken);
  let comma = -1;
  for (let i = s1 - 1; i > Math.max(quoteToken, s1 - MAX_TRAILING_GAP - 1); i--) {
    const token = ctx.tokens[i]!;
    if (token.kind === 'quote') return null;
    if (token.text === ',') { comma = i; break; }
  }
  if (comma === -1 || s1 - comma > MAX_TRAILING_GAP) return null;
  const end = /^[.!?]$/.test(ctx.tokens[s1 - 1]?.text ?? '') ? s1 - 1 : s1;
  for (let v = comma + 1; v < end; v++) {
    // "…, while the Green group said it was …" is a new clause, not an attribution tail.
    if (CLAUSE_BOUNDARIES.has(lowerAt(ctx, v))) return null;
    if (!isCue(ctx, v)) continue;
    if (lowerAt(ctx, v + 1) === 'that' || end - v > MAX_ATTRIBUTION_TAIL) return null;
    // "…, told the Harbour Radio programme.": the phrase after "told" heard the words.
    if (v === comma + 1 && TELL_FORMS.has(lowerAt(ctx, v))) {
      const teller = nameBeforeAsides(ctx, quoteToken, v) ?? personBefore(ctx, quoteToken, v);
      return teller ? { rule: 'tail', cueToken: v, cue: cueText(ctx, v), speaker: teller } : null;
    }
    const speaker = v === comma + 1 ? phraseAfter(ctx, v + (lowerAt(ctx, v) === 'according' ? 2 : 1), end) : subjectBefore(ctx, comma + 1, v);
    if (speaker) return { rule: 'tail', cueToken: v, cue: cueText(ctx, v), speaker };
    return null;
  }
  return null;
}

/** Past participles: "was told", "is described" are passive; "is telling" is not. */
const PARTICIPLE = /(?:ed|^told|^said|^written|^found|^shown|^known|^read|^heard|^given|^asked)$/;

/** "was", "been" … before a participle: the sentence subject is not the speaker. */
const PASSIVE_BEFORE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

/** "was described as “reckless” by X": the agent after "by" in the sentence, else no speaker. */
function passiveAt(context: ParagraphContext, ctx: PhraseContext, v: number): RuleMatch {
  const s1 = Math.min(sentenceRange(context, v)[1], v + MAX_LEADING_GAP);
  for (let i = v + 1; i + 1 < s1; i++) {
    // "accused of failing members by depriving voters …": "by" and a gerund say how, not who.
    if (lowerAt(ctx, i) !== 'by' || /^\p{Ll}{2,}ing$/u.test(ctx.tokens[i + 1]!.text)) continue;
    const speaker = phraseAfter(ctx, i + 1, s1);
    if (speaker && speaker.kind !== 'pronoun') return { rule: 'passive', cueToken: v, cue: `${lowerAt(ctx, v)} by`, speaker };
  }
  return { rule: 'passive', cueToken: v, cue: lowerAt(ctx, v), speaker: null };
}

/** "… have been identified by Ofsted inspectors": a reporting participle with an agent. */
export function passiveRule(context: ParagraphContext, ctx: PhraseContext, quoteToken: number): RuleMatch | null {
  const [first, last] = sentenceRange(context, quoteToken);
  const s0 = Math.max(first, quoteToken - MAX_LEADING_GAP);
  const s1 = Math.min(last, quoteToken + MAX_LEADING_GAP);
  for (let i = s0; i + 1 < s1; i++) {
    if (!PASSIVE_CUES.has(lowerAt(ctx, i)) || lowerAt(ctx, i + 1) !== 'by') continue;
    const speaker = phraseAfter(ctx, i + 2, s1);
    if (speaker && speaker.kind !== 'pronoun') return { rule: 'passive', cueToken: i, cue: `${lowerAt(ctx, i)} by`, speaker };
  }
  return null;
}

/** "A Marek campaign aide later took back …": a determiner phrase up to its verb or adverb. */
function describedSubject(ctx: PhraseContext, i: number, before: number): SpeakerPhrase | null {
  const seg: number[] = [];
  for (let k = i; k < Math.min(before, i + MAX_DESCRIBED_SUBJECT); k++) {
    const token = ctx.tokens[k]!;
    // "The retired surgeon": right after the determiner an "-ed" word is an adjective, not the verb.
    if (token.kind !== 'word' || (k > i && (isAuxiliary(token) || (k > i + 1 && (/^\p{Ll}+ed$/u.test(token.text) || IRREGULAR_PASTS.has(token.text))) || isCue(ctx, k)))) break;
    if (k > i + 1 && presentVerbAt(ctx, k)) break;
    seg.push(k);
  }
  // "A spokeswoman for the County Roads and Bridges Committee": a name cut off by the limit runs to its end.
  const cut = seg.length === MAX_DESCRIBED_SUBJECT;
  for (let k = i + seg.length; cut && k < Math.min(before, i + MAX_DESCRIBED_NAME_END); k++) {
    if (!/^\p{Lu}/u.test(ctx.tokens[k - 1]!.text) || ctx.tokens[k]!.kind !== 'word' || !/^\p{Lu}/u.test(ctx.tokens[k]!.text)) break;
    seg.push(k);
  }
  const phrase = phraseOf(ctx, seg);
  return phrase && seg.length >= 2 ? phrase : null;
}

/**
 * "The Marek ad hits Roe for …", "The campaign projects that …": after a noun, a lower-case "-s"
 * word followed by an object (a determiner, a name, "that" or a colon) is the verb.
 */
function presentVerbAt(ctx: PhraseContext, k: number): boolean {
  if (!/^\p{Ll}{2,}[^s]s$/u.test(ctx.tokens[k]!.text)) return false;
  const next = ctx.tokens[k + 1];
  if (!next) return false;
  // "A group of local artists this week published …": a time after the noun is no object of it.
  if (timePhraseStart(ctx.tokens, k + 1, k + 2) === k + 1) return false;
  // Not a quote right after: "The new plans “will not …”" is a noun before its quote.
  return next.text === ':' || lowerAt(ctx, k + 1) === 'that' || DETERMINERS.has(lowerAt(ctx, k + 1)) || /^\p{Lu}/u.test(next.text);
}

/** A name that a described subject ends in may run on to this many words from the determiner. */
const MAX_DESCRIBED_NAME_END = 10;

/**
 * An appositive between a subject and its verb ("Jane Roe, co-founder of X, welcomed") is at most
 * this many tokens. Longer reads longer roles, and risks taking a clause that happens to close on a
 * comma for one.
 */
const MAX_SUBJECT_APPOSITIVE = 20;

/**
 * "Jane Roe, co-founder of the X Institute, welcomed “…”": a person's name set off by a comma gets
 * the lower-case description up to the closing comma as its role; the verb is read after it.
 */
function withAppositive(ctx: PhraseContext, subject: SpeakerPhrase, quoteToken: number): SpeakerPhrase {
  const comma = subject.last + 1;
  if (subject.kind !== 'name' || subject.mention?.kind !== 'person' || ctx.tokens[comma]?.text !== ',') return subject;
  if (!/^\p{Ll}/u.test(ctx.tokens[comma + 1]?.text ?? '') || RELATIVE_OPENERS.has(lowerAt(ctx, comma + 1))) return subject;
  for (let i = comma + 1; i < Math.min(quoteToken, comma + 1 + MAX_SUBJECT_APPOSITIVE); i++) {
    const token = ctx.tokens[i]!;
    // "Jane Roe, head of the refugee agency (UNHCR), reacted": a short bracket inside the role.
    const close = token.text === '(' ? closingBracket(ctx, i, quoteToken) : -1;
    if (close !== -1) { i = close; continue; }
    // "Dana Wells, star of television’s “Harbour Nights,” thanked …": a quoted title may stand in the role.
    if ((token.kind === 'quote' && !isQuotedTitle(token)) || /^[.!?;:(]$/.test(token.text) || isCue(ctx, i)) return subject;
    if (token.text === ',') return i > comma + 1 ? withRole(subject, { first: comma + 1, last: i - 1 }) : subject;
    // "… star of “Harbour Nights,” thanked": the comma closing the role inside the marks.
    if (token.kind === 'quote' && token.text.endsWith(',')) return withRole(subject, { first: comma + 1, last: i });
  }
  return subject;
}

/** A bracket inside a role ("(UNHCR)", "(D-Ohio)") is at most this many tokens. */
const MAX_ROLE_BRACKET = 8;

/** The index of the ")" closing the bracket at `open`, or -1 when none closes soon. */
function closingBracket(ctx: PhraseContext, open: number, limit: number): number {
  for (let i = open + 1; i < Math.min(limit, open + MAX_ROLE_BRACKET); i++) if (ctx.tokens[i]!.text === ')') return i;
  return -1;
}

/** Words that open a clause, not a description, after "Name,". */
const RELATIVE_OPENERS = new Set(['who', 'which', 'that', 'whose', 'when', 'where', 'while', 'and', 'but', 'or', 'said', 'says', 'told']);

/** Words after "is", "has" … that are not verbs: "is sure", "is in", "has no". */
const NOT_AFTER_HELPER = new Set(['in', 'on', 'at', 'to', 'a', 'an', 'the', 'no', 'not', 'sure', 'so', 'very', 'more', 'less', 'also', 'still', 'now', 'being', 'been', 'there', 'here', 'one', 'that', 'this', 'all']);

/** Verb forms that are not reporting verbs, even when they follow a name. */
const NOT_REPORTING = new Set(['is', 'was', 'has', 'does', 'as', 'its', 'this', 'his', 'hers', 'always', 'less', 'unless', 'across', 'plus', 'thus', 'us']);

/**
 * Endings of abstract nouns ("The legislation", "Those stances", "His standing", "The discussion"): with
 * a verb we do not list they describe a state of affairs, so the sentence quotes no one. Leaving out
 * "-ment" keeps "The statement notes …"; bodies ("The commission", "the coalition") are exempt below.
 */
const ABSTRACT_ENDING = /^\p{Ll}+(?:tion|sion|ance|ence|ness|ity|ing)s?$/u;

/** A described subject whose head word is an abstract noun and no body or group of people. */
function abstractHead(ctx: PhraseContext, subject: SpeakerPhrase): boolean {
  const head = lowerAt(ctx, subject.last);
  return subject.kind === 'phrase' && ABSTRACT_ENDING.test(head) && !ORGANISATION_WORDS.has(head) && !SOURCE_NOUNS.has(head) && !GATHERED_PEOPLE.has(head);
}

/** Nouns with an abstract ending that stand for people gathered ("The audience chanted “…”"). */
const GATHERED_PEOPLE = new Set(['audience', 'audiences', 'congregation', 'delegation', 'delegations', 'opposition', 'community']);

/**
 * "Hoover estimated that there are “…”", "Frank cites … “…”": a verb we do not list, right after the
 * name or pronoun that opens the quote's sentence, with the quote later in that sentence.
 */
/**
 * "Chancellor Ada Brook of Kelsford condemned “…”": past where a named subject is from ("of"/"from"
 * and capitalised words) to the lower-case word after it; `v` itself when there is no such place.
 */
function pastPlaceBeforeVerb(ctx: PhraseContext, v: number): number {
  const end = pastPlaceOfName(ctx, v);
  return end > v && ctx.tokens[end]?.kind === 'word' && /^\p{Ll}/u.test(ctx.tokens[end]!.text) ? end : v;
}

export function subjectRule(context: ParagraphContext, ctx: PhraseContext, quoteToken: number): RuleMatch | null {
  const s0 = sentenceRange(context, quoteToken)[0];
  if (quoteToken - s0 > MAX_LEADING_GAP || quoteToken === s0) return null;
  const found = sentenceSubject(ctx, s0, quoteToken);
  if (!found) return null;
  const subject = withAppositive(ctx, found, quoteToken);
  let v = subject.role && subject.role.first > subject.last ? subject.role.last + 1 : subject.last + 1;
  if (v > subject.last + 1 && ctx.tokens[v]?.text === ',') v++;
  v = afterPartyTag(ctx, v);
  if (subject.kind === 'name') v = pastPlaceBeforeVerb(ctx, v);
  let helped = false;
  while (v < quoteToken && isAuxiliary(ctx.tokens[v]!)) { helped ||= !/ly$/.test(lowerAt(ctx, v)); v++; }
  const verb = ctx.tokens[v];
  if (!verb || v >= quoteToken || verb.kind !== 'word' || NOT_REPORTING.has(verb.text)) return null;
  // "… battled to win the cup, but back home the first words on the quay were: “…”": the colon's own clause.
  if (ctx.tokens[quoteToken - 1]?.text === ':' && newClauseBetween(ctx, v, quoteToken - 1)) return null;
  // "estimated", "cites", or any verb after a helper: "is promising", "did post", "has pointed out".
  if (!/^\p{Ll}+(?:ed|s)$/u.test(verb.text) && !(helped && /^\p{Ll}+$/u.test(verb.text) && !NOT_AFTER_HELPER.has(verb.text))) return null;
  // "The legislation also mandates “…”": the sentence still reports words, but names no one who said them.
  return { rule: 'subject', cueToken: v, cue: verb.text, speaker: abstractHead(ctx, found) ? null : subject };
}
