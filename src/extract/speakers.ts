// Attributes each top-level quote: the first attribution rule that matches gives the verb and the
// speaker phrase; names resolve to the full name introduced earlier, a definite description ("the
// spokesperson") to the described speaker it refers back to, pronouns to the person (he,
// she) or body (it, they) last speaking or last named as a subject. A quote with no rule of its own
// continues the speaker of the quote before it in its paragraph, or of the quote ending the
// paragraph before when it opens its own. Nothing found: the speaker is null.
import { opensSentence, type ContextToken, type ParagraphContext } from './quote-context.js';
import { colonParagraphRule, quotedAsSayingRule, signatureParagraphRule, passiveRule, subjectRule, leadingRule, tailRule, trailingRule, type AttributionRule, type RuleMatch } from './attribution-rules.js';
import { isTitleInPhrase, type PhraseContext, type SpeakerPhrase } from './speaker-phrases.js';
import { statementRule } from './statement-rule.js';
import { BE_FORMS, SAYING_NOUNS } from './cue-words.js';
import { isJobTitle, type NameKind, type NameMention } from './entities.js';
import type { Gender, NameIndex } from './name-index.js';
import type { BodyMention } from './body-mentions.js';
import { describedAntecedent, describedGender, describesOnePerson, describesRole, isEventName, isPersonEpithet, namesOnePerson } from './description-anaphora.js';
import { isRoleText } from './role-filter.js';
import { isFirstName } from './first-names.js';
import { caseAt, isSpace, isWordChar } from '../text/chars.js';

/** A pronoun looks back at most this many paragraphs for the speaker it stands for. */
export const PRONOUN_REACH_PARAGRAPHS = 4;
/**
 * "They" looks back at most this many paragraphs for a group named as a subject (not one that
 * spoke, which reaches PRONOUN_REACH_PARAGRAPHS). More finds groups named further back; fewer keeps
 * "they" from reaching a plural the story has moved on from ("Waivers were designed … ¶ … they").
 */
const GROUP_REACH_PARAGRAPHS = 1;
/** A pronoun looks back over at most this many earlier he/she: enough for any story, and linear on run-on text. */
const MAX_PRONOUNS_BACK = 12;

export interface QuoteAnchor {
  firstParagraph: number;
  firstToken: number;
  lastParagraph: number;
  lastToken: number;
  /** Capitalised or long: a quote that can continue the previous speaker without a verb of its own. */
  sentenceLike: boolean;
  /** The quote starts its sentence. */
  opensSentence: boolean;
}

export type SpeakerKind = NameKind | 'phrase';

export interface Attribution {
  speaker: string | null;
  speakerKind: SpeakerKind | null;
  role: string | null;
  cue: string | null;
  rule: AttributionRule | 'continuation' | null;
}

export interface SubjectMention {
  offset: number;
  paragraph: number;
  mention: NameMention;
}

/** A described speaker who is one person ("A council spokeswoman said …"), outside quotes. */
export interface DescribedTalker {
  offset: number;
  paragraph: number;
  speaker: string;
  gender: Gender;
}

export interface ArticleSpeakers {
  text: string;
  contexts: readonly ParagraphContext[];
  phraseContexts: readonly PhraseContext[];
  names: NameIndex;
  /** Names that open a sentence outside quotes, in text order: candidates for "he" and "she". */
  subjects: readonly SubjectMention[];
  /** Every name of a person outside quotes, in text order: the last resort for "he" and "she". */
  people: readonly SubjectMention[];
  /** Single names the article uses as the subject of a speech verb ("Clinton said"): people, for he and she. */
  speaking: ReadonlySet<string>;
  /** Names right before a speech verb ("Smith argued"), quoted or not: who was speaking last. */
  talkers: readonly SubjectMention[];
  /** Described people speaking outside quotes, in text order: antecedents for he/she as named talkers are. */
  describedTalkers: readonly DescribedTalker[];
  /** Every "he" and "she" outside quotes, in text order: each carries its person forward. */
  pronouns: readonly PronounMention[];
  /** Organisations named as sentence subjects or sources, in text order: candidates for "it" and "they". */
  bodies: readonly BodyMention[];
  /** Groups of people named as sentence subjects ("Residents marched …"), in text order: candidates for "they". */
  groups: readonly BodyMention[];
  /** Each person's role where the article first describes them with a speech verb, by full name. */
  roles: ReadonlyMap<string, string>;
}

export interface PronounMention {
  offset: number;
  paragraph: number;
  word: string;
  /** Opens a main clause ("She said", "On Sunday, she"), not an embedded one ("as she pursues"). */
  main: boolean;
  /**
   * Where to look back from: the pronoun itself, or the start of its sentence when it attributes the
   * words before it ("Trump is no conservative, he said": not Trump).
   */
  resolveFrom: number;
}

/** What attribution has learnt so far, in text order: who spoke, and whom each "he"/"she" stood for. */
interface Memory {
  history: Spoken[];
  /** chain[i]: the person article.pronouns[i] stands for (filled up to `cursor`). */
  chain: Array<Attribution | null>;
  cursor: number;
}

interface Spoken {
  attribution: Attribution;
  gender: Gender;
  offset: number;
  paragraph: number;
}

const NONE: Attribution = { speaker: null, speakerKind: null, role: null, cue: null, rule: null };

/** A speaker found by reference (a pronoun, an epithet), with no role, cue or rule of its own. */
function spokenBy(speaker: string, speakerKind: SpeakerKind): Attribution {
  return { speaker, speakerKind, role: null, cue: null, rule: null };
}

/**
 * An attribution with no speaker. Keys written out here and in spokenBy, not `{ ...NONE, … }`: V8 gave
 * each spread copy a map of its own, and the functions reading attributions deoptimised late in a run
 * when the first one of a new map reached them.
 */
function unspoken(cue: string | null, rule: Attribution['rule']): Attribution {
  return { speaker: null, speakerKind: null, role: null, cue, rule };
}

/** Words that go on from someone's: their speaker, with no role or cue of their own (keys written out, as in unspoken). */
function continuedBy(speaker: string | null, speakerKind: SpeakerKind | null): Attribution {
  return { speaker, speakerKind, role: null, cue: null, rule: 'continuation' };
}

/** Attributes every quote, in text order. */
export function attributeQuotes(article: ArticleSpeakers, anchors: readonly QuoteAnchor[]): Attribution[] {
  const memory: Memory = { history: [], chain: [], cursor: 0 };
  // Roles as first given, quoted or not: a quote whose own attribution gives none takes its speaker's.
  const roles = new Map(article.roles);
  const out: Attribution[] = [];
  anchors.forEach((anchor, q) => {
    const match = findRule(article, anchor);
    const offset = article.contexts[anchor.firstParagraph]!.tokens[anchor.firstToken]!.start;
    followPronouns(article, memory, offset);
    let result = match ? fromMatch(article, match, anchor, offset, memory, roles) : null;
    if (!result || result.speaker === null && (result.cue === null || subjectlessParticiple(article, anchor, match))) {
      result = introducedAsSaying(article, anchor) ? result ?? NONE
        : continuation(article, anchor, q, out, anchors) ?? talkerBefore(article, anchor, offset, memory) ?? result ?? NONE;
    }
    if (result.speaker && result.role === null) result = { speaker: result.speaker, speakerKind: result.speakerKind, role: roles.get(result.speaker) ?? null, cue: result.cue, rule: result.rule };
    if (result.speaker && result.role) roles.set(result.speaker, fullerRole(roles.get(result.speaker), result.role));
    out.push(result);
    if (result.speaker) memory.history.push({ attribution: result, gender: genderOf(article, result), offset, paragraph: anchor.firstParagraph });
  });
  return out;
}

/** "… bear out the old maxim: “No gain without pain.”": a quote a saying noun introduces goes on with no one's words. */
function introducedAsSaying(article: ArticleSpeakers, anchor: QuoteAnchor): boolean {
  const tokens = article.contexts[anchor.firstParagraph]!.tokens;
  const before = anchor.firstToken - (tokens[anchor.firstToken - 1]?.text === ':' ? 2 : 1);
  return SAYING_NOUNS.has(tokens[before]?.text.toLowerCase() ?? '');
}

/**
 * "… said the report “was not good.” Adding, “Now …”", "Ms Roe insisted: “…” And continued: “…”": a
 * participle or a past verb opening its sentence (after an "And" or "But") with no subject of its own
 * goes on with whoever spoke before, as a quote with no verb does.
 */
function subjectlessParticiple(article: ArticleSpeakers, anchor: QuoteAnchor, match: RuleMatch | null): boolean {
  if (!match || match.rule !== 'leading' || match.speaker !== null || !/(?:ing|ed)$/.test(match.cue ?? '')) return false;
  const context = article.contexts[anchor.firstParagraph]!;
  if (opensSentence(context, match.cueToken)) return true;
  const link = match.cueToken - 1;
  return link >= 0 && opensSentence(context, link) && SENTENCE_COORDINATORS.has(context.tokens[link]!.text);
}

/** Capitalised coordinators that may open a sentence whose subject is the one before's. */
const SENTENCE_COORDINATORS = new Set(['And', 'But']);

function findRule(article: ArticleSpeakers, anchor: QuoteAnchor): RuleMatch | null {
  const last = article.contexts[anchor.lastParagraph]!;
  const first = article.contexts[anchor.firstParagraph]!;
  const lastCtx = article.phraseContexts[anchor.lastParagraph]!;
  const firstCtx = article.phraseContexts[anchor.firstParagraph]!;
  const before = anchor.firstToken === 0 ? anchor.firstParagraph - 1 : -1;
  const endsParagraph = anchor.lastToken === last.tokens.length - 1 && anchor.lastParagraph + 1 < article.phraseContexts.length;
  const trailing = trailingRule(last, lastCtx, anchor.lastToken);
  // "Roe said: “We lost.” The council later apologised.": a colon right before the quote names its
  // speaker; the sentence after it is new narrative, not a second attribution.
  if (trailing && firstCtx.tokens[anchor.firstToken - 1]?.text === ':' && endsSentence(lastCtx, anchor.lastToken)) {
    const leading = leadingRule(first, firstCtx, anchor.firstToken);
    if (leading?.speaker) return leading;
  }
  return quotedAsSayingRule(first, firstCtx, anchor.firstToken)
    ?? trailing
    ?? (endsParagraph ? signatureParagraphRule(article.phraseContexts[anchor.lastParagraph + 1]!) : null)
    ?? leadingRule(first, firstCtx, anchor.firstToken)
    ?? (before >= 0 ? colonParagraphRule(article.contexts[before]!, article.phraseContexts[before]!) : null)
    ?? tailRule(last, lastCtx, anchor.lastToken)
    ?? passiveRule(first, firstCtx, anchor.firstToken)
    ?? subjectRule(first, firstCtx, anchor.firstToken)
    ?? (anchor.opensSentence ? statementBefore(article, anchor) : null);
}

/** The quote's last token closes its sentence ("…lost.”", "…now?”") and a capital follows. */
function endsSentence(ctx: PhraseContext, quoteToken: number): boolean {
  return /[.!?]['"’”]?$/.test(ctx.tokens[quoteToken]!.text) && /^\p{Lu}/u.test(ctx.tokens[quoteToken + 1]?.text ?? '');
}

/** "X issued a statement. “…”": the sentence before the quote, in its paragraph or ending the paragraph before. */
function statementBefore(article: ArticleSpeakers, anchor: QuoteAnchor): RuleMatch | null {
  const p = anchor.firstToken === 0 ? anchor.firstParagraph - 1 : anchor.firstParagraph;
  if (p < 0) return null;
  return statementRule(article.contexts[p]!, article.phraseContexts[p]!, anchor.firstToken === 0 ? article.contexts[p]!.tokens.length : anchor.firstToken);
}

function paragraphOfMatch(anchor: QuoteAnchor, match: RuleMatch): number {
  if (match.rule === 'signature') return anchor.lastParagraph + 1;
  if (match.rule === 'trailing' || match.rule === 'tail') return anchor.lastParagraph;
  return (match.rule === 'colon' || match.rule === 'statement') && anchor.firstToken === 0 ? anchor.firstParagraph - 1 : anchor.firstParagraph;
}

function fromMatch(
  article: ArticleSpeakers, match: RuleMatch, anchor: QuoteAnchor, offset: number, memory: Memory, roles: Map<string, string>,
): Attribution {
  if (!match.speaker) return unspoken(match.cue, match.rule);
  const paragraph = paragraphOfMatch(anchor, match);
  if (impersonalIt(article.contexts[paragraph]!.tokens, match)) return unspoken(match.cue, match.rule);
  const quoted = article.contexts[anchor.firstParagraph]!.tokens[anchor.firstToken]!.text;
  const resolved = resolvePhrase(article, paragraph, match.speaker, offset, memory, quoted);
  if (!resolved) return unspoken(match.cue, match.rule);
  return { speaker: resolved.name, speakerKind: resolved.kind, role: resolved.role ?? roles.get(resolved.name) ?? null, cue: match.cue, rule: match.rule };
}

/**
 * "It is understood the plan is …", "…, it has been claimed", "It was not clear how …": an "it" whose cue
 * comes right after a form of "be" (adverbs aside), and is no "-ing" form ("it is calling on"), stands for no one.
 */
function impersonalIt(tokens: readonly ContextToken[], match: RuleMatch): boolean {
  const it = match.speaker!;
  const cue = match.cueToken;
  if (it.kind !== 'pronoun' || tokens[it.first]?.text.toLowerCase() !== 'it' || cue <= it.first || /ing$/.test(tokens[cue]!.text)) return false;
  let k = cue - 1;
  while (k > it.first && ADVERBS_AFTER_BE.has(tokens[k]!.text.toLowerCase())) k--;
  return k > it.first && BE_FORMS.has(tokens[k]!.text.toLowerCase());
}

/** Words between "is"/"was" and a passive cue ("it was not immediately clear", "it is also widely thought"). */
const ADVERBS_AFTER_BE = new Set(['not', 'also', 'now', 'widely', 'generally', 'immediately', 'still', 'further', 'often', 'long', 'already']);

/**
 * "Hale has failed, he said, adding he had the “wrong answer”": a he/she saying the clause before it
 * is no one that clause names, so it is resolved from the sentence's start (the mention's resolveFrom).
 */
function resolveFromOf(article: ArticleSpeakers, offset: number): number {
  const mention = article.pronouns[firstSubjectFrom(article.pronouns, offset)];
  return mention?.offset === offset ? mention.resolveFrom : offset;
}

interface Resolved {
  name: string;
  kind: SpeakerKind;
  role: string | null;
}

function tokenText(article: ArticleSpeakers, paragraph: number, first: number, last: number): string {
  const tokens = article.contexts[paragraph]!.tokens;
  // "the editors of the “Harbour Almanac,”": the comma inside the closing mark belongs to the sentence.
  return article.text.slice(tokens[first]!.start, tokens[last]!.end).replace(/\s+/g, ' ').trim().replace(/,([”"’'])$/, '$1');
}

function resolvePhrase(article: ArticleSpeakers, paragraph: number, phrase: SpeakerPhrase, offset: number, memory: Memory, quoted: string): Resolved | null {
  const role = phrase.role ? cleanRole(tokenText(article, paragraph, phrase.role.first, phrase.role.last)) : null;
  if (phrase.kind === 'pronoun') {
    const pronoun = article.contexts[paragraph]!.tokens[phrase.first]!;
    // "She said Rubio “…”": the pronoun stands for someone named before it, not before the quote.
    const spoken = resolvePronoun(article, pronoun.text.toLowerCase(), Math.min(offset, resolveFromOf(article, pronoun.start)), paragraph, memory, true, quoted);
    return spoken ? { name: spoken.speaker!, kind: spoken.speakerKind ?? 'unknown', role: spoken.role } : null;
  }
  // "Jo Roe and Sam Lee said": both speak when the first is a person ("Arts and Heritage Secretary Jo Roe" is one).
  const partner = phrase.partner && article.names.resolve(phrase.partner, offset).kind === 'person' ? phrase.partner : null;
  if (phrase.kind === 'name' && phrase.mention) {
    const resolved = article.names.resolve(phrase.mention, offset);
    // A pair is no "he" or "she", so it is a phrase, as groups are.
    if (partner) return { name: `${partnerName(article, partner, offset)} and ${resolved.name}`, kind: 'phrase', role };
    return { name: resolved.name, kind: resolved.kind, role };
  }
  // "Ivo Marek and other harbour leaders": the text as printed; without a person before "and", the group alone.
  const from = phrase.partner && !partner ? phrase.partner.lastToken + 2 : phrase.first;
  const described = withoutOpenEnd(tokenText(article, paragraph, from, phrase.last));
  if (described === '') return null;
  const person = isPersonEpithet(described) ? epithetPerson(article, offset, paragraph, memory) : null;
  if (person) return { name: person.speaker!, kind: person.speakerKind ?? 'unknown', role: role ?? person.role };
  const introduced = personOfRole(described, memory.history, paragraph - PRONOUN_REACH_PARAGRAPHS);
  if (introduced) return { name: introduced.speaker!, kind: 'person', role: role ?? introduced.role };
  return { name: describedAntecedent(described, recentDescribed(memory.history)) ?? described, kind: 'phrase', role };
}

/** The latest person within reach who spoke with a role that the definite description `described` names. */
function personOfRole(described: string, history: readonly Spoken[], reach: number): Attribution | null {
  for (let i = history.length - 1; i >= 0 && history[i]!.paragraph >= reach; i--) {
    const { attribution } = history[i]!;
    if (attribution.speakerKind === 'person' && attribution.role !== null && describesRole(described, attribution.role)) return attribution;
  }
  return null;
}

/**
 * The role to keep for a person: the first one given, unless a later one goes on from it ("chairman
 * of Acme" after an introduction read only as far as "chairman").
 */
function fullerRole(kept: string | undefined, given: string): string {
  return kept === undefined || (given.startsWith(kept) && given.length > kept.length) ? given : kept;
}

/** Words no described speaker ends on: a phrase ending so was cut off mid-way ("a letter from the chairman of the"). */
const OPEN_ENDS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'with', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'and', 'or', 'as', 'from', 'than', 'who', 'which', 'that']);

/** A described speaker or a role without the open words it was cut on; '' when nothing else is left ("An"). */
function withoutOpenEnd(described: string): string {
  const words = described.split(' ');
  while (words.length > 0 && OPEN_ENDS.has(words.at(-1)!.toLowerCase())) words.pop();
  return words.join(' ');
}

/**
 * The first of two speakers joined by "and", as the article names it: resolved to the full name
 * ("Roe and Marek" → "Jo Roe and Ivo Marek"), except a lone first name, which shares the
 * surname after it ("David and Jeanne Heidler"), not another David's.
 */
function partnerName(article: ArticleSpeakers, partner: NameMention, offset: number): string {
  const text = partner.name;
  if (!/\s/.test(text) && isFirstName(text.toLowerCase())) return text;
  return article.names.resolve(partner, offset).name;
}

/**
 * How many attributions back a definite description ("the spokesperson") looks for the described
 * speaker it refers to. Any story's earlier described speakers are within reach; the cap keeps the
 * quote pass linear on articles with tens of thousands of quotes (all of history per quote was quadratic).
 */
const MAX_DESCRIBED_BACK = 64;

/** The described speakers among the latest attributions, oldest first. */
function recentDescribed(history: readonly Spoken[]): string[] {
  const out: string[] = [];
  for (let i = Math.max(0, history.length - MAX_DESCRIBED_BACK); i < history.length; i++) {
    if (history[i]!.attribution.speakerKind === 'phrase') out.push(history[i]!.attribution.speaker!);
  }
  return out;
}

/**
 * A role's words as printed: spaces collapsed, no trailing comma, no possessive ending (in
 * "Labour’s Amira Cole" the party is what describes her: "Labour") and no sentence capital on an
 * opening article. Words that do not describe the speaker (a participle clause, an adverbial, an
 * age: role-filter.ts) give no role.
 */
export function cleanRole(role: string): string | null {
  // "executive chairman of", cut at the longest role shown: the open words it was cut on go too.
  const spaced = withoutOpenEnd(role.replace(/\s+/g, ' ').replace(/[,\s]+$/, ''));
  // Only a role that is a name and nothing else loses its possessive: not "analyst at Standard & Poor's".
  const nameAlone = !spaced.split(' ').some((word) => /^\p{Ll}/u.test(word));
  const cleaned = (nameAlone ? spaced.replace(/(?<=[^\s’'])[’']s?$/, '') : spaced).trim()
    // "The trust’s chief executive, Mark Osei, said": the capital was the sentence's, not the role's.
    .replace(/^(?:The|A|An)(?= \p{Ll})/u, (article) => article.toLowerCase());
  return cleaned === '' || !isRoleText(cleaned) ? null : withoutSentenceCapital(cleaned);
}

/**
 * Common words that open a job title before a name ("Chief executive Jo Roe said", "Former England
 * captain …"). Only these lose a capital the sentence gave them; a capitalised opener not listed may
 * be a name ("Labour leader", "Wendshire councillor"), whose capital is its own.
 * Modifiers lose it whenever the title is not in title case ("Former Liverpool manager"); nouns only
 * when a lower-case word follows them, since "Police Federation chairman" opens with a body's name.
 */
const ROLE_MODIFIERS = new Set(['chief', 'head', 'deputy', 'senior', 'former', 'acting', 'interim', 'assistant', 'lead', 'principal',
  'managing', 'executive', 'general', 'joint', 'shadow', 'prospective', 'new', 'then']);
const ROLE_NOUNS_OPENING = new Set(['council', 'county', 'finance', 'press', 'club', 'team', 'site', 'project', 'campaign', 'union',
  'school', 'hospital', 'police', 'fire', 'party', 'group', 'company', 'dance', 'music', 'art', 'film', 'football', 'rugby']);
const ROLE_PREPOSITIONS = new Set(['of', 'at', 'for', 'in', 'with', 'on', 'to']);

/** "Chief executive" → "chief executive": a common opener in a title not in title case took the sentence's capital. */
function withoutSentenceCapital(role: string): string {
  const [first, ...rest] = role.split(' ');
  const opener = first!.toLowerCase();
  // "Singer Sam Rivo said": a lone job word before a name is a common noun.
  if (rest.length === 0 && isJobTitle(first!)) return opener;
  if (rest.length === 0 || !/^\p{Lu}\p{Ll}*$/u.test(first!)) return role;
  // "Chief executive of Acme": the words up to the first preposition tell whether the title is in title case.
  const cut = rest.findIndex((word) => ROLE_PREPOSITIONS.has(word));
  const title = cut > 0 ? rest.slice(0, cut) : rest;
  const lowered = ROLE_MODIFIERS.has(opener) ? title.some((word) => /^\p{Ll}/u.test(word)) : ROLE_NOUNS_OPENING.has(opener) && /^\p{Ll}/u.test(title[0] ?? '');
  return lowered ? opener + role.slice(first!.length) : role;
}

function genderOf(article: ArticleSpeakers, attribution: Attribution): Gender {
  if (!attribution.speaker) return null;
  // "Ms. Acosta" when no full name was introduced: the title tells.
  const title = /^(Mr|Mrs|Ms|Miss)\.?\s/.exec(attribution.speaker)?.[1];
  if (title) return title === 'Mr' ? 'male' : 'female';
  if (attribution.speakerKind === 'phrase') return describedGender(attribution.speaker);
  return article.names.genderOf(attribution.speaker);
}

const PRONOUN_GENDER: Record<string, Gender> = { he: 'male', she: 'female' };

/** Resolves every "he"/"she" before `offset` not yet resolved, in text order (each sees the ones before it). */
function followPronouns(article: ArticleSpeakers, memory: Memory, offset: number): void {
  const { pronouns } = article;
  while (memory.cursor < pronouns.length && pronouns[memory.cursor]!.offset < offset) {
    const pronoun = pronouns[memory.cursor]!;
    // Without a speaker or a subject before it, a pronoun in running text is left unresolved rather than guessed.
    memory.chain.push(resolvePronoun(article, pronoun.word, pronoun.resolveFrom, pronoun.paragraph, memory, false));
    memory.cursor++;
  }
}

/** The person the latest earlier "he" (or "she") stood for, within reach. */
function latestPronoun(article: ArticleSpeakers, memory: Memory, word: string, offset: number, reach: number): { offset: number; attribution: Attribution } | null {
  for (let i = memory.cursor - 1; i >= Math.max(0, memory.cursor - MAX_PRONOUNS_BACK); i--) {
    const pronoun = article.pronouns[i]!;
    if (pronoun.paragraph < reach) return null;
    const attribution = memory.chain[i];
    // A pronoun of an embedded clause ("as she pursues …") may stand for someone the sentence is not about.
    if (pronoun.offset < offset && pronoun.word === word && pronoun.main && attribution) return { offset: pronoun.offset, attribution };
  }
  return null;
}

/** he/she → the latest person speaking or named as a subject; it/they → the latest body speaking. */
function resolvePronoun(article: ArticleSpeakers, word: string, offset: number, paragraph: number, memory: Memory, anyPerson = true, quoted: string | null = null): Attribution | null {
  const reach = paragraph - PRONOUN_REACH_PARAGRAPHS;
  if (word === 'he' || word === 'she') return resolvePerson(article, word, offset, reach, memory, anyPerson, quoted);
  // "they" more often stands for people or a plural group than for one organisation named before.
  if (word === 'it' || word === 'they') return latestBody(article, memory.history, offset, reach, word === 'it');
  return null;
}

/** he/she → the latest of: a person (or one described person) speaking, a name talking or named as a subject. */
function resolvePerson(article: ArticleSpeakers, word: string, offset: number, reach: number, memory: Memory, anyPerson: boolean, quoted: string | null): Attribution | null {
  const gender = PRONOUN_GENDER[word]!;
  const spoken = latestSpokenPerson(article, memory.history, reach, gender, true);
  const talker = latestSubject(article.talkers, article, offset, reach, gender);
  const named = latestSubject(article.subjects, article, offset, reach, gender);
  const chained = latestPronoun(article, memory, word, offset, reach);
  const described = latestDescribedTalker(article, offset, reach, gender);
  const subject = (talker && (!named || talker.offset > named.offset) ? talker : named)
    ?? (spoken || chained || described || !anyPerson ? null : latestSubject(article.people, article, offset, reach, gender));
  const latestSpoken = chained && (!spoken || chained.offset > spoken.offset) ? chained : spoken;
  const latest = Math.max(subject?.offset ?? -1, latestSpoken?.offset ?? -1);
  if (described && described.offset > latest) return spokenBy(described.speaker, 'phrase');
  if (subject && (!latestSpoken || subject.offset > latestSpoken.offset)) {
    const resolved = article.names.resolve(subject.mention, subject.offset, gender);
    // "Lind has doubts. “Ivo's knee is the worry,” he said": whom the quote names is not who says it.
    const talkedAbout = quoted !== null && latestSpoken !== null && namedIn(quoted, resolved.name) && !namedIn(quoted, latestSpoken.attribution.speaker!);
    if (!talkedAbout) return spokenBy(resolved.name, resolved.kind);
  }
  return latestSpoken ? latestSpoken.attribution : null;
}

/**
 * Whether `text` holds a word of the person's `name` ("Ivo" or "Lind" of "Ivo Lind"; short words and
 * initials aside), not as the first word of another name ("the Lind Foundation").
 */
function namedIn(text: string, name: string): boolean {
  for (const part of name.split(' ')) {
    if (part.length < MIN_NAME_PART_LENGTH || caseAt(part, 0) !== 'upper' || caseAt(part, 1) !== 'lower') continue;
    for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) {
      const end = at + part.length;
      if ((at > 0 && isWordChar(text, at - 1)) || isWordChar(text, end)) continue;
      if (!opensAnotherName(text, end)) return true;
    }
  }
  return false;
}

/** A capitalised word follows the space at `end` ("the Lind Foundation"). */
function opensAnotherName(text: string, end: number): boolean {
  let k = end;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  return k > end && caseAt(text, k) === 'upper';
}

/** Name parts shorter than this ("Al", "Jo") are too common as other words to tell who a quote talks about. */
const MIN_NAME_PART_LENGTH = 3;

/** The latest quote's speaker within reach who is a person of a fitting gender (or, with `described`, one described person). */
function latestSpokenPerson(article: ArticleSpeakers, history: readonly Spoken[], reach: number, gender: WantedGender, described: boolean): Spoken | null {
  for (let i = history.length - 1; i >= 0 && history[i]!.paragraph >= reach; i--) {
    const { attribution, gender: known } = history[i]!;
    const person = canBePerson(article, attribution.speakerKind, attribution.speaker)
      || (described && attribution.speakerKind === 'phrase' && describesOnePerson(attribution.speaker!));
    if (person && fitsGender(known, gender)) return history[i]!;
  }
  return null;
}

/** The latest described person speaking outside quotes before `offset`, within reach, of a fitting gender. */
function latestDescribedTalker(article: ArticleSpeakers, offset: number, reach: number, gender: Gender): DescribedTalker | null {
  const list = article.describedTalkers;
  // Binary search to the first talker at or after `offset`: a scan from the end would be quadratic over a long article's pronouns.
  for (let i = firstSubjectFrom(list, offset) - 1; i >= 0 && list[i]!.paragraph >= reach; i--) {
    if (fitsGender(list[i]!.gender, gender)) return list[i]!;
  }
  return null;
}

/** it/they → the latest body speaking; for "it" (`named`), the latest organisation named as a subject or source if later. */
function latestBody(article: ArticleSpeakers, history: readonly Spoken[], offset: number, reach: number, named: boolean): Attribution | null {
  let spoken: Spoken | null = null;
  for (let i = history.length - 1; i >= 0 && history[i]!.paragraph >= reach; i--) {
    const { speaker, speakerKind } = history[i]!.attribution;
    // "“…,” the singer said. Her label said it …": "it" stands for no one person described.
    if (speakerKind !== 'person' && !(named && speakerKind === 'phrase' && namesOnePerson(speaker!))) { spoken = history[i]!; break; }
  }
  const body = named ? article.bodies[firstSubjectFrom(article.bodies, offset) - 1] : undefined;
  if (body && body.paragraph >= reach && (!spoken || body.offset > spoken.offset)) {
    return spokenBy(body.name, 'organisation');
  }
  // "Residents marched in protest. They chanted …": "they" stands for the group last named as a subject.
  const group = named ? undefined : article.groups[firstSubjectFrom(article.groups, offset) - 1];
  const groupReach = reach + PRONOUN_REACH_PARAGRAPHS - GROUP_REACH_PARAGRAPHS;
  if (group && group.paragraph >= groupReach && (!spoken || group.offset > spoken.offset)) {
    return spokenBy(group.name, 'phrase');
  }
  return spoken ? spoken.attribution : named ? unknownTalkerAsBody(article, offset, reach) : null;
}

/**
 * "Kelsoft said the game is late. “…,” it said.": with no body or earlier speaker for an "it", the latest
 * one-word name of unknown kind talking, which no he or she stands for, is the body it names.
 */
function unknownTalkerAsBody(article: ArticleSpeakers, offset: number, reach: number): Attribution | null {
  const talker = article.talkers[firstSubjectFrom(article.talkers, offset) - 1];
  if (!talker || talker.paragraph < reach) return null;
  const resolved = article.names.resolve(talker.mention, talker.offset);
  if (resolved.kind !== 'unknown' || resolved.name.includes(' ') || article.names.genderOf(resolved.name) !== null) return null;
  return spokenBy(resolved.name, 'organisation');
}

/** A gender a pronoun asks for, or 'any' for an epithet ("the 30-year-old") that names no gender. */
type WantedGender = Gender | 'any';

/** A person of unknown gender may be he or she; one of known gender only the pronoun of it. */
function fitsGender(known: Gender, wanted: WantedGender): boolean {
  return wanted === 'any' || known === null || known === wanted;
}

/** The person an epithet stands for: the latest one speaking or named as a subject, within pronoun reach. */
function epithetPerson(article: ArticleSpeakers, offset: number, paragraph: number, memory: Memory): Attribution | null {
  const reach = paragraph - PRONOUN_REACH_PARAGRAPHS;
  const spoken = latestSpokenPerson(article, memory.history, reach, 'any', false);
  const subject = latestSubject(article.subjects, article, offset, reach, 'any');
  const resolved = subject && (!spoken || subject.offset > spoken.offset) ? article.names.resolve(subject.mention, subject.offset) : null;
  // A capitalised pair read as a person may be an event or a title ("the US Open", "Double Olympic champion …").
  if (resolved) return resolved.kind === 'person' && !isEventName(resolved.name)
    ? spokenBy(resolved.name, resolved.kind) : null;
  return spoken?.attribution.speakerKind === 'person' ? spoken.attribution : null;
}

/**
 * Names known to be people ("Hillary Clinton", "Mr Bungard"), single names that speak ("Clinton
 * said") and single names the article's own pronouns give a gender ("Cruz admitted that his …")
 * stand for he and she.
 */
function canBePerson(article: ArticleSpeakers, kind: SpeakerKind | null, name: string | null): boolean {
  // "his first Harbour Indoor Grand Prix final": an event's name is no one, whatever pronouns stand near it.
  if (name !== null && isEventName(name)) return false;
  if (kind === 'person') return true;
  return kind === 'unknown' && name !== null && (article.speaking.has(name) || article.names.genderOf(name) !== null);
}

/**
 * How many subjects back, at most, a he/she looks for one of its gender (within the paragraph reach).
 * More finds a person named further back past others who do not fit; fewer keeps the pronoun from
 * reaching a name the reader has long left behind.
 */
const MAX_SUBJECTS_LOOKED = 8;

/** The latest sentence-opening person name before `offset`. Binary search over the sorted list. */
function latestSubject(list: readonly SubjectMention[], article: ArticleSpeakers, offset: number, reach: number, gender: WantedGender): SubjectMention | null {
  const lo = firstSubjectFrom(list, offset);
  for (let i = lo - 1, looked = 0; i >= 0 && list[i]!.paragraph >= reach && looked < MAX_SUBJECTS_LOOKED; i--, looked++) {
    const candidate = list[i]!;
    const resolved = article.names.resolve(candidate.mention, candidate.offset, gender === 'any' ? null : gender);
    if (canBePerson(article, resolved.kind, resolved.name) && fitsGender(resolved.gender, gender)) return candidate;
  }
  return null;
}

/** A quote with no rule of its own: the speaker of the quote before it in its paragraph, or of the paragraph before. */
function continuation(article: ArticleSpeakers, anchor: QuoteAnchor, q: number, done: readonly Attribution[], anchors: readonly QuoteAnchor[]): Attribution | null {
  const previous = anchors[q - 1];
  const before = done[q - 1];
  if (!previous || !before || !before.speaker || !anchor.sentenceLike) return null;
  // "…,” Tom Berg, holding a “Save the Pier” banner, said": a title inside a phrase goes on with nobody's words.
  const tokens = article.contexts[anchor.firstParagraph]!.tokens;
  if (isTitleInPhrase(tokens[anchor.firstToken]!, tokens[anchor.firstToken - 1])) return null;
  const samePara = previous.lastParagraph === anchor.firstParagraph;
  const opensParagraph = anchor.firstToken === 0 && previous.lastParagraph === anchor.firstParagraph - 1;
  if (!samePara && !opensParagraph) return null;
  if (samePara && (otherNameBetween(article.subjects, article, anchor.firstParagraph, previous.lastToken, anchor.firstToken, before.speaker)
    || otherTalkerInLaterSentence(article, anchor, previous, before.speaker)
    || introducedByOwnSentence(article.contexts[anchor.firstParagraph]!, previous.lastToken, anchor.firstToken))) return null;
  // "“…,” Lind said. The storm hurt trade, Mr Hale said.¶“We saw …”": someone else named speaking after the
  // last quote, in the paragraph before, is who goes on (talkerBefore), not the last quote's speaker.
  if (opensParagraph && otherNameBetween(article.talkers, article, previous.lastParagraph, previous.lastToken, -1, before.speaker)) return null;
  return { speaker: before.speaker, speakerKind: before.speakerKind, role: before.role, cue: null, rule: 'continuation' };
}

/**
 * "“…,” the paper beams. On Sunday, Kelso Gazette offers its own view: “…”": a quote that a sentence
 * begun after the last quote introduces with a colon is that sentence's subject's, whom the rules
 * did not find; the last quote's speaker would be a guess.
 */
function introducedByOwnSentence(context: ParagraphContext, previousQuote: number, quote: number): boolean {
  const colon = quote - 1;
  if (context.tokens[colon]?.text !== ':' || context.sentenceOf[colon] === context.sentenceOf[previousQuote]) return false;
  // "And continued: “…”" has no subject of its own: the last speaker goes on.
  const opens = Math.max(context.sentenceStarts[context.sentenceOf[colon]!]!, previousQuote + 1);
  for (let i = opens + 1; i < colon; i++) if (caseAt(context.tokens[i]!.text, 0) === 'upper') return true;
  return false;
}

/**
 * "Smith said the plan would fail.¶“It will not work.”": a quote opening its paragraph, with no
 * verb of its own, continues the last person named speaking in the paragraph before.
 */
function talkerBefore(article: ArticleSpeakers, anchor: QuoteAnchor, offset: number, memory: Memory): Attribution | null {
  if (!anchor.sentenceLike || !anchor.opensSentence) return null;
  const opensParagraph = anchor.firstToken === 0;
  // Within the paragraph, the last person named as a sentence subject ("Trump speculated that …. “…”");
  // across a paragraph break, only someone named speaking.
  const list = opensParagraph ? article.talkers : article.subjects;
  const wanted = opensParagraph ? anchor.firstParagraph - 1 : anchor.firstParagraph;
  // "… meet in March and Kirwan says his side is ready. “…”": within the paragraph, a later person talking too.
  const talker = latestOf(list[firstSubjectFrom(list, offset) - 1], opensParagraph ? undefined : personTalking(article, offset));
  const reporter = reportingPronoun(article, memory, wanted);
  if (reporter && (!talker || talker.paragraph !== wanted || reporter.offset > talker.offset)) return continuedBy(reporter.attribution.speaker, reporter.attribution.speakerKind);
  // "And she will not commit yet. “I have barely begun.”": a he/she opening a main clause after the last name goes on.
  const subjectPronoun = opensParagraph ? null : pronounSubject(article, memory, anchor);
  if (subjectPronoun && (!talker || talker.paragraph !== wanted || subjectPronoun.offset > talker.offset)) return continuedBy(subjectPronoun.attribution.speaker, subjectPronoun.attribution.speakerKind);
  if (opensParagraph && talker?.paragraph !== wanted) return subjectClosing(article, wanted, offset);
  if (!talker || talker.paragraph !== wanted) return null;
  const resolved = article.names.resolve(talker.mention, talker.offset);
  if (!opensParagraph && resolved.kind === 'organisation') return null;
  return continuedBy(resolved.name, resolved.kind);
}

/** The latest name before `offset` talking outside quotes that is known to be a person's. */
function personTalking(article: ArticleSpeakers, offset: number): SubjectMention | undefined {
  const talker = article.talkers[firstSubjectFrom(article.talkers, offset) - 1];
  return talker && article.names.resolve(talker.mention, talker.offset).kind === 'person' ? talker : undefined;
}

function latestOf<T extends { offset: number }>(a: T | undefined, b: T | undefined): T | undefined {
  return a && b ? (b.offset > a.offset ? b : a) : a ?? b;
}

/**
 * "Also, Marek is no friend of the port, he said. “He wants it shut!”": the last he/she before the quote,
 * when it attributes the words before it in `paragraph`, names who goes on speaking (not the
 * sentence's subject).
 */
function reportingPronoun(article: ArticleSpeakers, memory: Memory, paragraph: number): { offset: number; attribution: Attribution } | null {
  const last = memory.cursor - 1;
  const pronoun = article.pronouns[last];
  const attribution = memory.chain[last];
  if (!pronoun || !attribution || pronoun.paragraph !== paragraph || pronoun.resolveFrom === pronoun.offset) return null;
  return { offset: pronoun.offset, attribution };
}

/**
 * The latest he/she before the quote that is the subject of a main clause in the sentence right
 * before the quote's, and stands for a person: "He argued that he could wait. “…”" goes on with the
 * first "He", past the "he" of the clause it reports.
 */
function pronounSubject(article: ArticleSpeakers, memory: Memory, anchor: QuoteAnchor): { offset: number; attribution: Attribution } | null {
  const context = article.contexts[anchor.firstParagraph]!;
  const quoteSentence = context.sentenceOf[anchor.firstToken]!;
  for (let last = memory.cursor - 1; last >= 0; last--) {
    const pronoun = article.pronouns[last]!;
    if (pronoun.paragraph !== anchor.firstParagraph) return null;
    const at = context.tokens.findIndex((token) => token.start === pronoun.offset);
    const gap = quoteSentence - context.sentenceOf[at]!;
    if (gap !== 1) return null;
    if (!pronoun.main) continue;
    const attribution = memory.chain[last];
    return attribution?.speaker && attribution.speakerKind === 'person' ? { offset: pronoun.offset, attribution } : null;
  }
  return null;
}

/** Words that open a subordinate clause: a name right after one is that clause's subject. */
export const SUBORDINATORS = new Set(['when', 'if', 'as', 'after', 'before', 'because', 'while', 'although', 'though', 'since', 'until', 'unless', 'whether', 'once']);

/**
 * "Valastro praised Christie’s leadership.¶“We need someone who …”": when nobody is named speaking
 * in the paragraph before and it holds no quote, a person who is the subject of its last sentence
 * goes on speaking. Anything less sure (an earlier sentence, a group, a place) leaves the speaker null.
 */
function subjectClosing(article: ArticleSpeakers, paragraph: number, offset: number): Attribution | null {
  const context = article.contexts[paragraph];
  const subject = article.subjects[firstSubjectFrom(article.subjects, offset) - 1];
  if (!context || !subject || subject.paragraph !== paragraph || context.tokens.some((token) => token.kind === 'quote')) return null;
  if (context.sentenceOf[subject.mention.firstToken] !== context.sentenceOf[context.tokens.length - 1]) return null;
  // "When Wallace died, Clinton released …": the subject of a subordinate clause is not the one speaking.
  if (SUBORDINATORS.has(context.tokens[subject.mention.firstToken - 1]?.text.toLowerCase() ?? '')) return null;
  const resolved = article.names.resolve(subject.mention, subject.offset);
  if (!canBePerson(article, resolved.kind, resolved.name)) return null;
  return continuedBy(resolved.name, resolved.kind);
}

/** Does someone else's name open a sentence between two quotes of a paragraph (a new speaker may be meant)? */
/**
 * "“…,” Tom Eliot said. Someone has to pay, said Ivo Lind. “…”": someone else named speaking in a
 * sentence after the last quote's, before the quote; a talker in the last quote's own sentence
 * ("“…,” Roe said, after Lind assured her …") is part of its attribution.
 */
function otherTalkerInLaterSentence(article: ArticleSpeakers, anchor: QuoteAnchor, previous: QuoteAnchor, speaker: string): boolean {
  const context = article.contexts[anchor.firstParagraph]!;
  const nextSentence = context.sentenceStarts[context.sentenceOf[previous.lastToken]! + 1];
  return nextSentence !== undefined && nextSentence < anchor.firstToken
    && otherNameBetween(article.talkers, article, anchor.firstParagraph, nextSentence - 1, anchor.firstToken, speaker);
}

function otherNameBetween(
  list: readonly SubjectMention[], article: ArticleSpeakers, paragraph: number, from: number, to: number, speaker: string,
): boolean {
  const tokens = article.contexts[paragraph]!.tokens;
  const start = tokens[from]!.end;
  // to = -1: up to the end of the paragraph.
  const end = to < 0 ? tokens.at(-1)!.end : tokens[to]!.start;
  for (let i = firstSubjectFrom(list, start); i < list.length; i++) {
    const subject = list[i]!;
    if (subject.offset >= end) return false;
    // "Jo Roe and Sam Lee" speaking as a pair includes each of them.
    const name = article.names.resolve(subject.mention, subject.offset).name;
    if (name !== speaker && !speaker.split(' and ').includes(name)) return true;
  }
  return false;
}

/** Index of the first subject mention at or after `offset` (binary search). */
function firstSubjectFrom(list: readonly { offset: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
