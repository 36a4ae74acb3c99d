// Organisations the text outside quotes names as sentence subjects ("Acme Corp said …", "The
// ministry denied …", "Roe’s campaign backtracked …") or as sources ("according to the Acme
// Institute"): candidates for a later "it" or "they" that speaks.
import { opensSentence, type ParagraphContext } from './quote-context.js';
import type { NameMention } from './entities.js';
import { ORGANISATION_WORDS } from './entities.js';
import { AUXILIARIES, IRREGULAR_PASTS, NOT_VERBS, POSSESSIVE, SOURCE_NOUNS, STRONG_SPEECH_VERBS } from './cue-words.js';
import { PEOPLE_PLURAL } from './speaker-phrases.js';

export interface BodyMention {
  offset: number;
  paragraph: number;
  /** The organisation as the text names it ("Acme Corp", "The ministry", "Roe’s campaign"). */
  name: string;
}

/**
 * A described organisation ("the ministry", "Roe’s campaign") is at most this many words before
 * its verb. More finds longer descriptions ("the state health department"); fewer keeps a noun
 * phrase that merely ends in an organisation word ("the leader of the party") out.
 */
const MAX_DESCRIBED_BODY = 4;

/** Words after a subject that are not its verb: those after a name, and a relative pronoun or "that". */
const NOT_SUBJECT_VERBS = new Set([...NOT_VERBS, 'that', 'which', 'who']);

const OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that']);

/** The organisations named as subjects or sources in one paragraph, in text order. */
export function bodiesIn(text: string, context: ParagraphContext, paragraph: number, names: readonly NameMention[]): BodyMention[] {
  const out: BodyMention[] = [];
  for (const mention of names) {
    if (mention.kind !== 'organisation') continue;
    if ((opensSentence(context, mention.firstToken) && verbFollows(context, mention.lastToken + 1)) || afterTheBeforeVerb(context, mention)
      || afterAccordingTo(context, mention.firstToken) || closingAttribution(context, mention)) {
      out.push({ offset: mention.start, paragraph, name: mention.name });
    }
  }
  for (const start of context.sentenceStarts) {
    const end = describedBodyEnd(context, start);
    if (end !== -1) out.push({ offset: context.tokens[start]!.start, paragraph, name: text.slice(context.tokens[start]!.start, context.tokens[end]!.end) });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * "The Harbour Trust wants …", "The EU sought …": "The" opens the sentence before a body's name and a
 * finite verb follows ("-s", "-ed", an irregular past, after any helpers); not "The US tycoon …".
 */
function afterTheBeforeVerb(context: ParagraphContext, mention: NameMention): boolean {
  if (context.tokens[mention.firstToken - 1]?.text !== 'The' || !opensSentence(context, mention.firstToken - 1)) return false;
  let i = mention.lastToken + 1;
  while (context.tokens[i] && AUXILIARIES.has(context.tokens[i]!.text)) i++;
  const verb = context.tokens[i]?.text ?? '';
  return /^\p{Ll}+(?:s|ed)$/u.test(verb) || IRREGULAR_PASTS.has(verb);
}

/** "according to the Acme Institute". */
function afterAccordingTo(context: ParagraphContext, token: number): boolean {
  const at = context.tokens[token - 1]?.text.toLowerCase() === 'the' ? token - 1 : token;
  return context.tokens[at - 1]?.text.toLowerCase() === 'to' && context.tokens[at - 2]?.text.toLowerCase() === 'according';
}

/** "…, the TUC has said.": after a comma, the body, helpers and a speech verb close the sentence. */
function closingAttribution(context: ParagraphContext, mention: NameMention): boolean {
  const opener = context.tokens[mention.firstToken - 1]?.text.toLowerCase() === 'the' ? mention.firstToken - 1 : mention.firstToken;
  if (context.tokens[opener - 1]?.text !== ',') return false;
  let i = mention.lastToken + 1;
  while (context.tokens[i] && AUXILIARIES.has(context.tokens[i]!.text)) i++;
  return STRONG_SPEECH_VERBS.has(context.tokens[i]?.text ?? '') && /^[.!?]$/.test(context.tokens[i + 1]?.text ?? '');
}

/** A lower-case verb (after helpers such as "has", "also") at token i. */
function verbFollows(context: ParagraphContext, i: number): boolean {
  while (context.tokens[i] && AUXILIARIES.has(context.tokens[i]!.text)) i++;
  const token = context.tokens[i];
  return token !== undefined && token.kind === 'word' && /^\p{Ll}/u.test(token.text) && !NOT_SUBJECT_VERBS.has(token.text);
}

/**
 * "The ministry said …", "Roe’s campaign immediately backtracked …": a sentence opening with a
 * determiner or a possessive and ending, within a few words, in a lower-case organisation word
 * before a verb. The index of that word, or -1.
 */
function describedBodyEnd(context: ParagraphContext, start: number): number {
  // "Roe’s campaign": a possessive opens a described body too.
  const first = context.tokens[start];
  if (!first || first.kind !== 'word' || !(OPENERS.has(first.text.toLowerCase()) || POSSESSIVE.test(first.text))) return -1;
  for (let i = start + 1; i < Math.min(context.tokens.length, start + MAX_DESCRIBED_BODY); i++) {
    const token = context.tokens[i]!;
    if (token.kind !== 'word') return -1;
    if (/^\p{Ll}/u.test(token.text) && ORGANISATION_WORDS.has(token.text)) return verbFollows(context, i + 1) ? i : -1;
  }
  return -1;
}

/**
 * A plural subject is at most this many words ("Several hundred striking nurses"). More reaches
 * longer descriptions; fewer keeps a clause that merely contains a plural from reading as one.
 */
const MAX_GROUP_WORDS = 5;

/** Plural-looking words that are not plural nouns ("this", "his", "was", "news", "bus"). */
const NOT_PLURAL = /(?:ss|us|is|ous|news|ics|'s|’s)$/i;

/** Words that cannot be inside a subject noun phrase before its head. */
const NOT_IN_GROUP = new Set([...NOT_SUBJECT_VERBS, 'said', 'says', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'it', 'they', 'he', 'she', 'we', 'i', 'you',
  'between', 'after', 'before', 'during', 'since', 'until', 'when', 'while', 'if', 'although', 'though', 'because', 'over', 'under', 'among', 'across', 'through', 'into', 'without', 'within']);

/**
 * Groups of people the text outside quotes names as sentence subjects, in text order: a short noun
 * phrase opening the sentence and ending in a plural before a verb ("Residents marched …", "ISIS
 * soldiers mock …", "Senate Democrats blocked …"), or two names joined by "and" ("Jane Roe and Ivo
 * Marek wrote …"). Candidates for a later "they".
 */
export function groupsIn(text: string, context: ParagraphContext, paragraph: number, names: readonly NameMention[]): BodyMention[] {
  const out: BodyMention[] = [];
  const byFirstToken = new Map(names.map((n) => [n.firstToken, n]));
  for (const start of context.sentenceStarts) {
    const end = pluralSubjectEnd(context, start, byFirstToken);
    if (end !== -1) out.push({ offset: context.tokens[start]!.start, paragraph, name: text.slice(context.tokens[start]!.start, context.tokens[end]!.end) });
  }
  return out;
}

/** The index of the last word of a plural subject opening the sentence at `start`, or -1. */
function pluralSubjectEnd(context: ParagraphContext, start: number, names: ReadonlyMap<number, NameMention>): number {
  const pair = names.get(start);
  if (pair && pair.kind === 'person' && context.tokens[pair.lastToken + 1]?.text === 'and') {
    const second = names.get(pair.lastToken + 2);
    if (second && second.kind === 'person' && verbFollows(context, second.lastToken + 1)) return second.lastToken;
  }
  for (let i = start; i < Math.min(context.tokens.length, start + MAX_GROUP_WORDS); i++) {
    const token = context.tokens[i]!;
    if (token.kind !== 'word' || NOT_IN_GROUP.has(token.text.toLowerCase())) return -1;
    if (isPluralNoun(token.text) && verbFollows(context, i + 1)) return i;
  }
  return -1;
}

/** Plurals of things that look like plurals of people ("-ers", "-ors", "-ents"). */
const THING_PLURALS = new Set(['numbers', 'papers', 'letters', 'orders', 'waivers', 'powers', 'matters', 'centers', 'centres', 'borders',
  'offers', 'answers', 'quarters', 'headquarters', 'factors', 'sectors', 'errors', 'documents', 'comments', 'statements', 'payments',
  'agreements', 'elements', 'arguments', 'amendments', 'events', 'moments', 'percents', 'governments', 'departments', 'investments']);

/**
 * A plural noun for people: a source noun ("officials", "Democrats", "people") or an agent plural
 * ("soldiers", "residents"), not a singular ("spokesman") nor a thing ("waivers").
 */
function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_PLURAL.test(word) || THING_PLURALS.has(lower)) return false;
  return IRREGULAR_PEOPLE_PLURAL.test(lower) || ((SOURCE_NOUNS.has(lower) || PEOPLE_PLURAL.test(lower)) && lower.endsWith('s'));
}

/** Plurals of people without an -s ("fishermen", "women", "people", "police"). */
const IRREGULAR_PEOPLE_PLURAL = /^(?:\p{L}*men|people|police)$/u;
