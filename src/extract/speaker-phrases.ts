// Reads the phrase that names a speaker next to a speech verb: the subject before it ("Pete
// Bungard, chief executive of X, said"), or the phrase after it ("said a council spokesperson").
// Works on context tokens; returns token positions plus a role (an appositive or a descriptor).
import type { ContextToken } from './quote-context.js';
import { findNames, isJobTitle, JOB_WORDS, ORGANISATION_WORDS, TITLES, type NameMention } from './entities.js';
import { isDayNumber, isYear, timePhraseStart } from './time-phrases.js';
import { isCountOfPeople, isQuantityShare } from './quantity-subjects.js';
import { pollOfShare } from './poll-sources.js';
import { describedBeforeAppositive } from './appositive-speakers.js';
import {
  SPEECH_VERBS as SPEECH_VERB_SET, NOUN_LIKE_CUES,
  AUXILIARIES, CLAUSE_BOUNDARIES, DETERMINERS, FINITE_HELPERS, IRREGULAR_PASTS, OTHER_PRONOUNS, PARTY_MEMBERS, PERSON_PRONOUNS, POSSESSIVE, RELATIVE_PRONOUNS, SOURCE_NOUNS,
} from './cue-words.js';

/** A subject is looked for at most this many tokens before its verb. */

export const MAX_CLAUSE_TOKENS = 40;

/** Words a relative clause may put between "who" and its verb ("who has in the past described"). */
export const MAX_RELATIVE_GAP = 5;

/** Lower-case words only: a capitalised "States" is a name, not the verb. */
const SPEECH_LIKE = /^\p{Ll}/u;

/** A lower-case speech verb not used as a noun ("responded", but not "the report"). */
function isVerbHere(ctx: PhraseContext, k: number): boolean {
  const word = ctx.tokens[k]!.text;
  if (!SPEECH_LIKE.test(word) || !SPEECH_VERB_SET.has(word)) return false;
  const before = lower(ctx.tokens[k - 1]);
  // "the congressional report said": a speech word that is also a noun, after a determiner and a modifier, is the noun.
  if (NOUN_LIKE_CUES.has(word) && nounAfterModifier(ctx, k)) return false;
  // "secretary of state", "a man of few words": after a preposition a speech word is a noun.
  if (DETERMINERS.has(before) || PREPOSITIONS.has(before) || /[’']s$/.test(before)) return false;
  // "the Kelsford Post report": after a capitalised word a speech word may be a noun, but "said" and "told" never are.
  return ALWAYS_VERBS.has(word) || !/^\p{Lu}/u.test(ctx.tokens[k - 1]?.text ?? '');
}

/** Speech words that are never nouns: after a name they are its verb ("Mr Lind said the police had said …"). */
const ALWAYS_VERBS = new Set(['said', 'says', 'told', 'tells']);

/** Modifiers ending in "s" that are no plural subject: "previous", "serious", "endless", "crisis". */
const SINGULAR_S_ENDING = /(?:ous|ss|is|us)$/;

/** Two words after a determiner or a possessive, with a modifier (not a plural, not "few") between: a noun's place. */
export function nounAfterModifier(ctx: PhraseContext, i: number): boolean {
  const opener = ctx.tokens[i - 2]?.text ?? '';
  const modifier = lower(ctx.tokens[i - 1]);
  if (modifier === 'few' || (/s$/.test(modifier) && !SINGULAR_S_ENDING.test(modifier)) || ctx.tokens[i - 1]?.kind !== 'word') return false;
  return DETERMINERS.has(opener.toLowerCase()) || /[’']s$/.test(opener);
}

/** A described speaker longer than this is more likely a clause than a noun phrase. */
export const MAX_PHRASE_TOKENS = 9;
/** Words before a name that still read as its descriptor ("presidential nominee Donald Trump"). */
export const MAX_DESCRIPTOR_TOKENS = 4;
/** An appositive role longer than this is a clause, not a job title. */
export const MAX_ROLE_TOKENS = 14;

const PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'to', 'by', 'about', 'near', 'through', 'across', 'outside', 'around', 'throughout']);
/** Words that end a phrase read forwards after a verb ("said Smith in a statement"). */
const PHRASE_STOPS = new Set(['in', 'on', 'at', 'during', 'to', 'after', 'before', 'when', 'as', 'while', 'who', 'which', 'that',
  'and', 'but', 'because', 'since', 'last', 'this', 'earlier', 'later', 'on', 'told', 'said', 'says', 'adding', 'according', 'via', 'through', 'outside', 'inside', 'about']);

/** Prepositions a described speaker may hold ("a source close to the campaign", "an aide in the office"). */
const KEPT_IN_DESCRIPTIONS = new Set(['in', 'to', 'with', 'at']);
/**
 * Where and how a speaker said it, not who they are: "said an official in a briefing", "said the
 * group in a statement" end the described speaker at the preposition.
 */
const OCCASION_NOUNS = new Set(['statement', 'briefing', 'interview', 'letter', 'email', 'e-mail', 'speech', 'press', 'news',
  'conference', 'post', 'tweet', 'blog', 'message', 'memo', 'note', 'video', 'broadcast', 'podcast', 'radio', 'television', 'tv',
  'phone', 'telephone', 'call', 'hearing', 'debate', 'rally', 'meeting', 'session', 'address', 'report', 'filing', 'testimony',
  'review', 'article', 'column', 'editorial']);

export interface SpeakerPhrase {
  kind: 'name' | 'pronoun' | 'phrase';
  /** Token indices (inclusive) of the words naming the speaker. */
  first: number;
  last: number;
  mention: NameMention | null;
  role: { first: number; last: number } | null;
  /**
   * "Jo Roe and Sam Lee said": the name joined by "and" before `mention`; both speak (else null). Always
   * present, not an optional key: a phrase with one more key has a map of its own in V8, and every
   * function reading phrases deoptimised when the first joined one reached it, late in a run.
   */
  partner: NameMention | null;
}

export interface PhraseContext {
  tokens: readonly ContextToken[];
  knownCaps: ReadonlySet<string>;
  /** namesBetween's answers, by namesKey(from, to): the rules ask again for the same stretch of a paragraph. */
  names: Map<number, NameMention[]>;
  /** subjectBefore's answers, by (floor, verb) packed as namesBetween packs its keys. */
  subjects: Map<number, SpeakerPhrase | null>;
  /** Tokens that open a line of the paragraph (ParagraphContext.lineStarts). */
  lineStarts: readonly number[];
}

/** A paragraph's PhraseContext: its tokens and line starts, the capitalised words the article knows, and no names or subjects read yet. */
export function phraseContext(tokens: readonly ContextToken[], knownCaps: ReadonlySet<string>, lineStarts: readonly number[] = []): PhraseContext {
  return { tokens, knownCaps, names: new Map(), subjects: new Map(), lineStarts };
}

/** Bound on token indices for namesKey: from and to are packed into one number (safe below 2^53). */
const NAMES_KEY_BASE = 2 ** 26;

/**
 * findNames over ctx.tokens[from, to), read once per stretch: nearly half the calls in a BBC run asked
 * for a stretch already read (the rules try the same segments in turn). The arrays are shared, so
 * callers only read them.
 */
export function namesBetween(ctx: PhraseContext, from: number, to: number): readonly NameMention[] {
  if (to >= NAMES_KEY_BASE) return findNames(ctx.tokens as never, ctx.knownCaps, from, to);
  const key = from * NAMES_KEY_BASE + to;
  let names = ctx.names.get(key);
  if (names === undefined) {
    names = findNames(ctx.tokens as never, ctx.knownCaps, from, to);
    ctx.names.set(key, names);
  }
  return names;
}

function lower(token: ContextToken | undefined): string {
  return token ? token.text.toLowerCase() : '';
}

/** Token i's text in lower case ('' past either end): what the attribution modules compare words by. */
export function lowerAt(ctx: PhraseContext, i: number): string {
  return ctx.tokens[i]?.text.toLowerCase() ?? '';
}

/**
 * ctx.tokens[i], or undefined past either end, as the plain read gives; but a read past the end made
 * V8 throw away the optimised code of the function around it (an "out of bounds" deoptimisation) the
 * first time a paragraph's edge was reached, and compile it again. Checked here, it never is.
 */
export function tokenAt(ctx: PhraseContext, i: number): ContextToken | undefined {
  return i >= 0 && i < ctx.tokens.length ? ctx.tokens[i] : undefined;
}

function isBoundaryBackward(ctx: PhraseContext, i: number): boolean {
  const token = ctx.tokens[i]!;
  const before = ctx.tokens[i - 1];
  // "the council’s ‘services for children …’ labelled": a quoted name inside the subject; but
  // "Remarking on Smith’s “charm,” Jones said": a quote closing on a comma ends a phrase.
  // "Roe, the writer of “Slow Water,” a history of the locks, said": a title inside the aside ends nothing.
  if (isTitleInPhrase(token, before) && (!token.text.endsWith(',') || titleInAside(ctx, i))) return false;
  if (token.kind === 'quote') return /[,.;:!?]$/.test(token.text) || !(before && before.kind === 'word' && /[’']s$/.test(before.text));
  if (token.kind === 'punct') return /^[:;—–\-.!?“”"]$/.test(token.text);
  return CLAUSE_BOUNDARIES.has(token.text.toLowerCase()); // "As one employee told …", "And Smith said …"
}

/** Token indices of the clause before `end` (exclusive) back to a boundary, parentheses skipped. */
function clauseBefore(ctx: PhraseContext, floor: number, end: number): number[] {
  const indices: number[] = [];
  let i = end - 1;
  floor = Math.max(floor, end - MAX_CLAUSE_TOKENS);
  while (i >= floor) {
    const token = ctx.tokens[i]!;
    if (token.text === ')') {
      let depth = 0;
      let j = i;
      for (; j >= floor && j > i - 30; j--) {
        if (ctx.tokens[j]!.text === ')') depth++;
        else if (ctx.tokens[j]!.text === '(' && --depth === 0) break;
      }
      if (j < floor || depth !== 0) break;
      i = j - 1;
      continue;
    }
    // "Paul, R-Ky., told": the period of a party tag ends no sentence.
    if (token.text === '.' && PARTY_TAG.test(ctx.tokens[i - 1]?.text ?? '')) { i--; continue; }
    if (token.text === '(' || (isBoundaryBackward(ctx, i) && !joinsRoles(ctx, i) && !opensAside(ctx, i, end) && !coordinatesInAside(ctx, i, end) && !insideBodyName(ctx, i) && !joinsObjectsOfPreposition(ctx, i) && !jobWithEmployer(ctx, i) && !withOfOccasion(ctx, i))) break;
    indices.push(i);
    i--;
  }
  return indices.reverse();
}

function capitalisedAt(ctx: PhraseContext, k: number): boolean {
  return ctx.tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(ctx.tokens[k]!.text);
}

/** Prepositions whose object a described speaker may hold ("a spokesman for Roe", "the lawsuit from Kelsford"). */
const OBJECT_PREPOSITIONS = new Set(['for', 'of', 'from', 'to', 'with', 'by']);

/**
 * "A spokesman for Jo Roe and Ivo Marek said", "the lawsuit from Kelsford and Westham argues": an "and"
 * between two capitalised runs that a preposition after a lower-case noun opens joins that
 * preposition's objects; it opens no second subject ("Ivo Marek said").
 */
function joinsObjectsOfPreposition(ctx: PhraseContext, i: number): boolean {
  if (lower(ctx.tokens[i]) !== 'and' || !capitalisedAt(ctx, i - 1) || !capitalisedAt(ctx, i + 1)) return false;
  let k = i - 1;
  while (capitalisedAt(ctx, k)) k--;
  const head = ctx.tokens[k - 1];
  return OBJECT_PREPOSITIONS.has(lower(ctx.tokens[k])) && head?.kind === 'word' && /^\p{Ll}+$/u.test(head.text)
    && !/ed$/.test(head.text) && !isVerbHere(ctx, k - 1);
}

/** Job nouns that take their employer after "with" ("a lawyer with the Harbour Trust"). */
const JOB_NOUN = /^\p{Ll}+(?:er|or|ist|ant|ent|ian|ee|man|woman|person)$/u;

/** A listed title, job word or source noun (lower case): "director", "lawyer", "spokesman". */
function namesJob(word: string): boolean {
  return TITLES.has(word) || JOB_WORDS.has(word) || SOURCE_NOUNS.has(word);
}

/** "Tanya Lind, a lawyer with the Harbour Trust, said": "with" after a job noun names the employer; it opens no clause. */
function jobWithEmployer(ctx: PhraseContext, i: number): boolean {
  const before = ctx.tokens[i - 1];
  const job = before?.kind === 'word' && (JOB_NOUN.test(before.text) || namesJob(before.text));
  return lower(ctx.tokens[i]) === 'with' && job && !isVerbHere(ctx, i - 1)
    && (lower(ctx.tokens[i + 1]) === 'the' || capitalisedAt(ctx, i + 1));
}

/**
 * "A Department for Roads and Rivers spokeswoman said", "the Ports and Harbours Ministry said": an "and"
 * between capitals, in a capitalised run that holds "of" or "for" or that "the" opens and an organisation
 * word ends, joins words of one body's name; it opens no second subject ("Jo Roe and Sam Lee").
 */
function insideBodyName(ctx: PhraseContext, i: number): boolean {
  if (lower(ctx.tokens[i]) !== 'and' || !capitalisedAt(ctx, i - 1) || !capitalisedAt(ctx, i + 1)) return false;
  let k = i - 2;
  for (; k >= 0 && (capitalisedAt(ctx, k) || BODY_NAME_CONNECTORS.has(lower(ctx.tokens[k]))); k--) {
    if (BODY_NAME_CONNECTORS.has(lower(ctx.tokens[k])) && lower(ctx.tokens[k]) !== 'the' && capitalisedAt(ctx, k - 1)) return true;
  }
  let end = i + 1;
  while (capitalisedAt(ctx, end + 1)) end++;
  // "chairman of the House Roads and Rivers Committee": the run read back to "of the", which opens it as "the" does.
  let open = k + 1;
  while (open < i && lower(ctx.tokens[open]) !== 'the' && BODY_NAME_CONNECTORS.has(lower(ctx.tokens[open]))) open++;
  return lower(ctx.tokens[open]) === 'the' && ORGANISATION_WORDS.has(lower(ctx.tokens[end]));
}

/** Words from an occasion's preposition to its "with" ("in an interview with"). */
const MAX_OCCASION_TOKENS = 4;

/** "Lind (D-Kel.), in a phone call with the Gazette, said": the "with" of an occasion inside an aside opens no clause. */
function withOfOccasion(ctx: PhraseContext, i: number): boolean {
  if (lower(ctx.tokens[i]) !== 'with') return false;
  for (let p = i - 1; p >= Math.max(0, i - MAX_OCCASION_TOKENS); p--) {
    if (ctx.tokens[p]!.kind !== 'word') return false;
    // Only inside an aside: "In an interview with Dan Pell, the candidate said" opens with its occasion.
    if (OCCASION_PREPOSITIONS.has(lower(ctx.tokens[p]))) return ctx.tokens[p - 1]?.text === ',' && namesOccasion(ctx, p);
  }
  return false;
}

/** Prepositions that open an occasion ("in an interview", "during a call", "at a briefing"). */
const OCCASION_PREPOSITIONS = new Set(['in', 'at', 'during', 'on']);

/** Small words inside a body's name ("Department for Work", "Bank of England", "Office of the Mayor"). */
const BODY_NAME_CONNECTORS = new Set(['of', 'for', 'the']);

/** "Reid, after a long pause, said": "after" between commas that close right before the verb opens an aside, not a clause. */
function opensAside(ctx: PhraseContext, i: number, end: number): boolean {
  return ASIDE_PREPOSITIONS.has(lower(ctx.tokens[i])) && ctx.tokens[i - 1]?.text === ',' && ctx.tokens[end - 1]?.text === ',';
}

/** "a chemistry professor and a member of the board": "and a" between two roles joins them, it opens no clause. */
function joinsRoles(ctx: PhraseContext, i: number): boolean {
  const word = lower(ctx.tokens[i]);
  if (word !== 'and' && word !== 'or') return false;
  // "a tenant who lived on the estate and who did not want to be named": "and who" goes on with the relative clause.
  if (lower(ctx.tokens[i + 1]) === 'who') return true;
  if (joinsTitles(ctx, i) || titleOfBodyAfter(ctx, i)) return true;
  const before = ctx.tokens[i - 1];
  // A speech verb before "and" ends a clause, but not as the object of "of" ("secretary of state and …").
  const verbBefore = SPEECH_VERB_SET.has(before?.text ?? '') && lower(ctx.tokens[i - 2]) !== 'of';
  if (before === undefined || before.kind !== 'word' || !/^\p{Ll}/u.test(before.text) || verbBefore) return false;
  return /^an?$/.test(lower(ctx.tokens[i + 1])) || secondRoleOfDescribed(ctx, i);
}

/**
 * "Marek, vice president of the Board and also Commissioner for Ports, said": a capitalised title of a
 * body ("Commissioner for …", "Minister of …") after "and" is a second role, not a second subject
 * (not "Roe and Minister Sam Lee", where a name follows the title).
 */
function titleOfBodyAfter(ctx: PhraseContext, i: number): boolean {
  const title = lower(ctx.tokens[i + 1]) === 'also' ? i + 2 : i + 1;
  return /^\p{Lu}/u.test(ctx.tokens[title]?.text ?? '') && TITLES.has(lower(ctx.tokens[title])) && /^(?:of|for)$/.test(lower(ctx.tokens[title + 1]));
}

/** Job titles one person holds two of, joined by "and" ("chairman and chief executive", "founder and director"). */
const JOINABLE_TITLES = new Set(['chairman', 'chairwoman', 'chair', 'founder', 'co-founder', 'president', 'director', 'owner',
  'editor', 'chief', 'executive', 'manager', 'partner', 'publisher', 'secretary', 'treasurer', 'head', 'principal', 'deputy', 'vice']);

/** "chairman and chief executive Tom Reed said": "and" between two job titles goes on naming one speaker. */
function joinsTitles(ctx: PhraseContext, i: number): boolean {
  const before = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  return before?.kind === 'word' && next?.kind === 'word' && JOINABLE_TITLES.has(lower(before)) && JOINABLE_TITLES.has(lower(next));
}

/** Forms of address, not jobs: a role ends before them ("Kelsford Rovers manager Sir Ivo Marek"). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'cllr', 'hon',
  'rev', 'reverend', 'colonel', 'col', 'captain', 'capt', 'general', 'gen', 'lt', 'sgt', 'sergeant']);

/** How many words a name's title gives a role before the first honorific ("Labour MP" → 2, "Sir" → 0). */
function jobWordsOfTitle(title: string | null): number {
  if (title === null) return 0;
  const words = title.split(' ');
  const honorific = words.findIndex((word) => HONORIFICS.has(word.toLowerCase().replace(/\.$/, '')));
  return honorific === -1 ? words.length : honorific;
}

/** Tokens of a descriptor, two titles joined by "and" counted as one ("chairman and chief executive"). */
function descriptorLength(ctx: PhraseContext, descriptor: readonly number[]): number {
  return descriptor.reduce((length, k) => length - (lower(ctx.tokens[k]) === 'and' && joinsTitles(ctx, k) ? 2 : 0), descriptor.length);
}

/**
 * "Jo Roe, cabinet member for highways and transport at the council, said", "The report, commissioned
 * by the council and published on Monday, found": "and" before a lower-case word inside an aside that
 * closes right before the verb (its commas set off from the subject) joins two parts of the aside.
 * Not "Roe, 45, and Jones, 50, said" (a capitalised word after "and") nor "Roe, a nurse, and her
 * husband, a teacher, said" (", and": the comma closes the first aside).
 */
function coordinatesInAside(ctx: PhraseContext, i: number, end: number): boolean {
  const word = lower(ctx.tokens[i]);
  if ((word !== 'and' && word !== 'or') || ctx.tokens[end - 1]?.text !== ',') return false;
  const before = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  if (before?.kind !== 'word' || SPEECH_VERB_SET.has(before.text)) return false;
  if (next?.kind !== 'word' || !/^\p{Ll}/u.test(next.text) || isAuxiliary(next)
    || PERSON_PRONOUNS.has(next.text) || OTHER_PRONOUNS.has(next.text) || SPEECH_VERB_SET.has(next.text)) return false;
  for (let k = i - 1; k > Math.max(0, i - MAX_APPOSITIVE_TOKENS); k--) {
    const token = ctx.tokens[k]!;
    if (token.kind === 'quote' || /^[.!?;:]$/.test(token.text)) return false;
    if (token.text === ',') return ctx.tokens[k - 1]?.kind === 'word';
  }
  return false;
}

/** A described speaker holds at most this many words before "and" its second role ("the Labour leader and …"). */
const MAX_FIRST_ROLE_TOKENS = 6;

/**
 * "the Labour leader and former health secretary said": after a determiner phrase of words only, "and"
 * and a lower-case word that is no helper, pronoun, determiner or verb go on describing the same speaker.
 */
function secondRoleOfDescribed(ctx: PhraseContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  // "the Leeds councillor and Green mayoral candidate": a capitalised modifier before a lower-case word still describes.
  const modifier = next !== undefined && /^\p{Lu}/u.test(next.text) && /^\p{Ll}/u.test(ctx.tokens[i + 2]?.text ?? '') && ctx.tokens[i + 2]!.kind === 'word';
  if (!next || next.kind !== 'word' || !(/^\p{Ll}/u.test(next.text) || modifier) || DETERMINERS.has(next.text) || isAuxiliary(next)
    || PERSON_PRONOUNS.has(next.text) || OTHER_PRONOUNS.has(next.text) || SPEECH_VERB_SET.has(next.text)) return false;
  for (let k = i - 1; k >= Math.max(0, i - MAX_FIRST_ROLE_TOKENS); k--) {
    const token = ctx.tokens[k]!;
    // "the ex-secretary of state and harbour candidate": "of" inside the first title is still one role.
    if (token.kind !== 'word' || CLAUSE_BOUNDARIES.has(lower(token)) || (PREPOSITIONS.has(lower(token)) && lower(token) !== 'of')) return false;
    if (lower(token) === 'the') return k === 0 || ctx.tokens[k - 1]!.kind !== 'word' || CLAUSE_BOUNDARIES.has(lower(ctx.tokens[k - 1]));
  }
  return false;
}

function segmentsOf(ctx: PhraseContext, indices: readonly number[]): number[][] {
  const segments: number[][] = [[]];
  for (const i of indices) {
    if (ctx.tokens[i]!.text === ',' && !insideDate(ctx, i)) segments.push([]);
    else if (ctx.tokens[i]!.text === ',') continue;
    // "Even the club captain said": a focus adverb opening a segment is no part of the phrase.
    else if (segments.at(-1)!.length === 0 && FOCUS_ADVERBS.has(lower(ctx.tokens[i])) && ctx.tokens[i + 1]?.kind === 'word') continue;
    else segments.at(-1)!.push(i);
  }
  return segments.filter((s) => s.length > 0);
}

/** "on July 20, 2006": the comma between a day and its year splits no phrase. */
function insideDate(ctx: PhraseContext, comma: number): boolean {
  return isDayNumber(ctx.tokens[comma - 1]?.text ?? '') && isYear(ctx.tokens[comma + 1]?.text ?? '');
}

/** Adverbs that single out the phrase after them ("even the captain"), outside it; not "only", which also counts ("only 34%"). */
export const FOCUS_ADVERBS = new Set(['even']);

function namesIn(ctx: PhraseContext, seg: readonly number[]): readonly NameMention[] {
  return namesBetween(ctx, seg[0]!, seg.at(-1)! + 1);
}

function wholeName(ctx: PhraseContext, seg: readonly number[]): NameMention | null {
  const names = namesIn(ctx, seg);
  const only = names[0];
  return names.length === 1 && only && only.firstToken === seg[0] && only.lastToken === seg.at(-1) ? only : null;
}

/** "81-year-old Parker Eaton": a segment that ends in a person's name after a short descriptor. */
function namedAtEnd(ctx: PhraseContext, seg: readonly number[]): NameMention | null {
  const phrase = phraseOf(ctx, seg);
  return phrase?.kind === 'name' && phrase.mention?.kind === 'person' && descriptorLength(ctx, seg.filter((i) => i < phrase.first)) <= MAX_DESCRIPTOR_TOKENS ? phrase.mention : null;
}

/** Words looked back over, from a name, for the preposition whose object it is ("with radio hosts Dan Pell and"). */
const MAX_OBJECT_REACH = 6;

/**
 * Does a preposition govern the name starting at `start` ("with Dan Pell", "with radio hosts Dan Pell
 * and Mia Grant")? Looks back over the first of a pair and a short lower-case descriptor.
 */
function objectOfPreposition(ctx: PhraseContext, start: number): boolean {
  let k = start - 1;
  if (lower(ctx.tokens[k]) === 'and') {
    k--;
    while (k >= 0 && start - k <= MAX_OBJECT_REACH && ctx.tokens[k]!.kind === 'word' && /^\p{Lu}/u.test(ctx.tokens[k]!.text)) k--;
  }
  while (k >= 0 && start - k <= MAX_OBJECT_REACH && ctx.tokens[k]!.kind === 'word' && /^\p{Ll}/u.test(ctx.tokens[k]!.text) && !PREPOSITIONS.has(lower(ctx.tokens[k])) && !CLAUSE_BOUNDARIES.has(lower(ctx.tokens[k]))) k--;
  return k >= 0 && PREPOSITIONS.has(lower(ctx.tokens[k]));
}

/** A lower-case description or a determiner phrase: a role when it stands beside a name. */
function isDescription(ctx: PhraseContext, seg: readonly number[], maxTokens = MAX_ROLE_TOKENS): boolean {
  const first = ctx.tokens[seg[0]!];
  if (!first || first.kind !== 'word' || seg.length > maxTokens) return false;
  const word = first.text.toLowerCase();
  if (PERSON_PRONOUNS.has(word) || OTHER_PRONOUNS.has(word) || RELATIVE_PRONOUNS.has(word)) return false;
  if (/^\d+$/.test(first.text) && seg.length === 1) return false;
  return /^\p{Ll}/u.test(first.text) || DETERMINERS.has(word) || titledRole(ctx, seg) || partyOfPlace(ctx, seg) || wholeName(ctx, seg) === null;
}

/** "Ivo Lind, Republican of Kelsford, said": a party member's word, then "of"/"from" and a place, is an appositive role. */
function partyOfPlace(ctx: PhraseContext, seg: readonly number[]): boolean {
  return seg.length >= 3 && PARTY_MEMBERS.has(lower(ctx.tokens[seg[0]!])) && /^(?:of|from)$/.test(lower(ctx.tokens[seg[1]!]));
}

/** Words that open a job title written in capitals ("Chief Executive of …", "Director General of …"). */
const TITLE_OPENERS = new Set(['chief', 'deputy', 'executive', 'managing', 'director', 'head', 'president', 'vice', 'chairman',
  'chairwoman', 'chair', 'secretary', 'minister', 'leader', 'general', 'senior', 'former', 'acting', 'interim', 'assistant']);

/** "Chief Executive of Kelsford Water Trust": a capitalised title with its "of"/"at" is a role, not a name. */
function titledRole(ctx: PhraseContext, seg: readonly number[]): boolean {
  return TITLE_OPENERS.has(lower(ctx.tokens[seg[0]!])) && seg.some((k) => lower(ctx.tokens[k]) === 'of' || lower(ctx.tokens[k]) === 'at');
}

/** What a run of tokens names: a pronoun, a name (with a descriptor before it), or a described speaker. */
export function phraseOf(ctx: PhraseContext, seg: readonly number[]): SpeakerPhrase | null {
  if (seg.length === 0) return null;
  const first = seg[0]!;
  const last = seg.at(-1)!;
  const firstWord = lower(ctx.tokens[first]);
  if (seg.length === 1 && (PERSON_PRONOUNS.has(firstWord) || OTHER_PRONOUNS.has(firstWord))) {
    return { kind: 'pronoun', first, last, mention: null, role: null, partner: null };
  }
  // "Someone called it …": an indefinite pronoun is the speaker the text gives.
  if (seg.length === 1 && INDEFINITE_PRONOUNS.has(firstWord)) return { kind: 'phrase', first, last, mention: null, role: null, partner: null };
  const quoted = seg.findIndex((i) => ctx.tokens[i]!.kind === 'quote');
  if (quoted !== -1) return phraseOf(ctx, beforeQuotedModifier(ctx, seg, quoted));
  const names = namesIn(ctx, seg);
  const final = names.at(-1);
  const person = names[0];
  // "Ryan’s campaign", "Sanders’ campaign" (the mark a token of its own), "Roe’s office" (a name not known yet).
  // "Green candidate Ivo Lind’s doctor": a name after its descriptor may own the head too.
  const describedOwner = person !== undefined && isPossessiveAt(ctx, person.lastToken) && plainDescriptor(ctx, first, person.firstToken);
  const possessor = person && (person.firstToken === first || describedOwner) ? person.lastToken : /^\p{Lu}/u.test(ctx.tokens[first]!.text) ? first : -1;
  const owned = LONE_POSSESSIVE_MARK.test(tokenAt(ctx, possessor + 1)?.text ?? '') ? possessor + 1 : possessor;
  if (possessor !== -1 && owned < last && isPossessiveAt(ctx, possessor) && seg.length <= MAX_PHRASE_TOKENS && seg.every((i) => i <= possessor + 1 || /^\p{Ll}/u.test(ctx.tokens[i]!.text))) {
    return { kind: 'phrase', first, last, mention: null, role: null, partner: null };
  }
  // "Sam Hale of Harbour Daily": a person and where they work; "Historian Sam Hale of Kelsford University" too.
  const personFirst = person && (person.firstToken === first || (!DETERMINERS.has(firstWord) && plainDescriptor(ctx, first, person.firstToken)));
  if (person && personFirst && person !== final && person.kind === 'person' && PREPOSITIONS.has(lower(ctx.tokens[person.lastToken + 1]))) {
    return { kind: 'name', first, last: person.lastToken, mention: person, role: { first: person.lastToken + 1, last }, partner: null };
  }
  if (final && final.lastToken === last) {
    const pre = seg.filter((i) => i < final.firstToken);
    const hasPreposition = pre.some((i) => PREPOSITIONS.has(lower(ctx.tokens[i])));
    // "a spokesman for Jane Roe", "Attorneys for Roe", "aides to Roe": the described people speak, not the name.
    const describedHead = DETERMINERS.has(lower(ctx.tokens[pre[0] ?? -1])) || SOURCE_NOUNS.has(lower(ctx.tokens[pre[0] ?? -1]));
    if (pre.length > 0 && describedHead && hasPreposition && seg.length <= MAX_PHRASE_TOKENS) {
      return { kind: 'phrase', first, last, mention: null, role: null, partner: null };
    }
    // "Singer Sam Endicott said": a job word the name run opens with is the role.
    if (pre.length === 0 && isJobTitle(final.title)) return { kind: 'name', first: final.firstToken, last, mention: final, role: { first: final.firstToken, last: final.firstToken }, partner: null };
    const descriptor = pre.length > 0 && descriptorLength(ctx, pre) <= MAX_DESCRIPTOR_TOKENS && !hasPreposition;
    const roleFirst = descriptor && DETERMINERS.has(lower(ctx.tokens[pre[0]!])) ? pre[1] : pre[0];
    // "backbench Labour MP Karen Buck": the title the name run opens with ends the role, up to an honorific ("… Sir Alex").
    const roleLast = pre.at(-1)! + jobWordsOfTitle(final.title);
    const role = descriptor && roleFirst !== undefined ? { first: roleFirst, last: roleLast } : null;
    return { kind: 'name', first: final.firstToken, last, mention: final, role, partner: null };
  }
  return describedPhrase(ctx, seg);
}

/** A described speaker with no name at its end: "a council spokesman", "About four in 10 voters", "her campaign". */
function describedPhrase(ctx: PhraseContext, seg: readonly number[]): SpeakerPhrase | null {
  const first = seg[0]!;
  const last = seg.at(-1)!;
  const head = lower(ctx.tokens[last]);
  // "About four in 10 voters", "21 percent": a share of people, as polls report them.
  const words = seg.map((i) => lower(ctx.tokens[i]));
  // "about 80 dockers": a hedged count of people is a described speaker too.
  const share = isQuantityShare(words) || isCountOfPeople(words, (head) => SOURCE_NOUNS.has(head) || PEOPLE_PLURAL.test(head));
  // "her campaign is planning", "a reporter can be heard": the described speaker ends before a helper verb.
  const helper = seg.findIndex((i, n) => n > 0 && FINITE_HELPERS.has(lower(ctx.tokens[i])));
  if (helper !== -1) return phraseOf(ctx, seg.slice(0, helper));
  // "The county judge pointed to …, saying": the described speaker ends before its own clause's verb.
  const subject = subjectBeforePastVerb(ctx, seg);
  if (subject) return subject;
  const described = DETERMINERS.has(lower(ctx.tokens[first])) || (SOURCE_NOUNS.has(head) && seg.length <= 4) || groupOfPeople(ctx, seg) || share;
  if (described && seg.length <= MAX_PHRASE_TOKENS && (ctx.tokens[last]!.kind === 'word' || share)) {
    return { kind: 'phrase', first, last, mention: null, role: null, partner: null };
  }
  return null;
}

/** "a group called the dock workers": a naming participle before its name is part of the description. */
const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'titled', 'entitled', 'labelled', 'labeled', 'nicknamed', 'styled']);
/** Words that open a verb's object, not a reduced relative's complement ("the order released Friday", "a site linked to a group"). */
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some']);
/** A lone word before such a verb that points at a thing, not a speaker ("This prompted the paper to …"). */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those', 'it']);

/**
 * Where the subject in `seg` ends before a past-tense verb that takes an object or an infinitive ("sought to calm",
 * "showed three photos"): the phrase was a whole clause read back from a participle, and the
 * speaker is its subject before the verb. A past participle after its noun with a preposition or
 * a time ("released Friday", "linked to a group") is no verb here. -1 when there is none.
 */
function pastVerbWithObject(ctx: PhraseContext, seg: readonly number[]): number {
  for (let n = 1; n < seg.length - 1; n++) {
    const word = ctx.tokens[seg[n]!]!.text;
    if ((!/^\p{Ll}+ed$/u.test(word) && !IRREGULAR_PASTS.has(word)) || NAMING_PARTICIPLES.has(word)) continue;
    const next = lower(ctx.tokens[seg[n + 1]!]);
    const infinitive = next === 'to' && /^\p{Ll}+$/u.test(ctx.tokens[seg[n + 2] ?? -1]?.text ?? '') && !OBJECT_OPENERS.has(lower(ctx.tokens[seg[n + 2]!]));
    if (!infinitive && !OBJECT_OPENERS.has(next)) continue;
    // "The agency also secretly helped …": adverbs and helpers before the verb belong to it.
    let end = n;
    while (end > 1 && (isAuxiliary(ctx.tokens[seg[end - 1]!]!) || /^\p{Ll}+ly$/u.test(ctx.tokens[seg[end - 1]!]!.text))) end--;
    return end === 1 && DEMONSTRATIVES.has(lower(ctx.tokens[seg[0]!])) ? -1 : end;
  }
  return -1;
}

/**
 * The subject before a past verb with an object in `seg` ("the clerk held a short hearing"): a
 * described one or a person's name; not a bare plural ("Officials searched their records for …",
 * which names no one who spoke). Null when `seg` has no such verb.
 */
function subjectBeforePastVerb(ctx: PhraseContext, seg: readonly number[]): SpeakerPhrase | null {
  const verb = pastVerbWithObject(ctx, seg);
  if (verb === -1) return null;
  const described = DETERMINERS.has(lower(ctx.tokens[seg[0]!])) || isPossessiveAt(ctx, seg[0]!);
  // "The council last week voted …": a time between the subject and its verb is no part of it.
  const time = verb > 2 ? timePhraseStart(ctx.tokens, seg[2]!, seg[verb - 1]!) : -1;
  const subject = phraseOf(ctx, seg.slice(0, time === -1 ? verb : seg.indexOf(time)));
  return subject && (described || subject.mention?.kind === 'person') ? subject : null;
}

/** Indefinite pronouns that name an unnamed speaker: "Someone called it …", "Everyone agreed that …". */
const INDEFINITE_PRONOUNS = new Set(['someone', 'somebody', 'everyone', 'everybody', 'anyone', 'anybody', 'nobody']);

/** Token i ends in a possessive ("Roe’s", "Sanders’") or is followed by a lone possessive mark ("Sanders ’"). */
/** Tokens [from, to) are a short descriptor before a name ("Green mayoral candidate"): words, no pronoun, preposition or verb. */
function plainDescriptor(ctx: PhraseContext, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_DESCRIPTOR_TOKENS) return false;
  for (let k = from; k < to; k++) {
    const token = ctx.tokens[k]!;
    const word = lower(token);
    if (token.kind !== 'word' || PREPOSITIONS.has(word) || PERSON_PRONOUNS.has(word) || OTHER_PRONOUNS.has(word) || /ed$/.test(word) || SPEECH_VERB_SET.has(word)) return false;
  }
  return true;
}

function isPossessiveAt(ctx: PhraseContext, i: number): boolean {
  return POSSESSIVE.test(ctx.tokens[i]!.text) || LONE_POSSESSIVE_MARK.test(ctx.tokens[i + 1]?.text ?? '');
}

/** A possessive mark written as a token of its own ("Sanders ’", "Roe 's"). */
const LONE_POSSESSIVE_MARK = /^[’']s?$/;

/** A group named without a determiner ("Supporters of the new plan") holds at most this many words. */
const MAX_GROUP_TOKENS = 6;
/** Plural nouns for kinds of people: "developers", "economists", "residents", "historians", "trainees". */
export const PEOPLE_PLURAL = /^\p{Ll}{2,}(?:ers|ors|ists|ants|ents|ians|ees)$/u;

/**
 * "Supporters of the new plan", "Property developers", "Leaders of the union": a short phrase of
 * words whose head (its last word, or the word before its first preposition) is a plural noun for
 * people. A lower-case word ending in "-s" that is a verb ("He insists") never gets here: the
 * caller reads phrases before a verb, and a helper or speech verb inside rules the phrase out.
 */
function groupOfPeople(ctx: PhraseContext, seg: readonly number[]): boolean {
  if (seg.length > MAX_GROUP_TOKENS || seg.some((i) => ctx.tokens[i]!.kind !== 'word' || isAuxiliary(ctx.tokens[i]!))) return false;
  const preposition = seg.findIndex((i) => PREPOSITIONS.has(lower(ctx.tokens[i])));
  const first = lower(ctx.tokens[seg[0]!]);
  // "without reporters asking": a group after a preposition or a clause opener is no subject.
  if (preposition === 0 || ASIDE_PREPOSITIONS.has(first) || CLAUSE_BOUNDARIES.has(first)) return false;
  let h = preposition === -1 ? seg.length - 1 : preposition - 1;
  // "Residents living near the pier", "Protesters marching through the town": a participle before the preposition modifies the group.
  if (preposition > 1 && /^\p{Ll}+ing$/u.test(ctx.tokens[seg[h]!]!.text)) h--;
  const head = lower(ctx.tokens[seg[h]!]);
  return SOURCE_NOUNS.has(head) || PEOPLE_PLURAL.test(head);
}

/** "the review of the council’s ‘…’" → "the review": a speaker phrase never holds quoted words. */
function beforeQuotedModifier(ctx: PhraseContext, seg: readonly number[], quoted: number): number[] {
  for (let k = quoted - 1; k > 0; k--) if (PREPOSITIONS.has(lower(ctx.tokens[seg[k]!]))) return seg.slice(0, k);
  return [];
}

/**
 * A subject pronoun (he, she, they, it, we, I) at i, not right after a speech verb or "that" ("said
 * he hopes" reports the one who said): the subject of the verb after it.
 */
function isSubjectPronoun(ctx: PhraseContext, i: number): boolean {
  const word = lower(ctx.tokens[i]);
  const before = lower(ctx.tokens[i - 1]);
  return (PERSON_PRONOUNS.has(word) || OTHER_PRONOUNS.has(word)) && before !== 'that' && !SPEECH_VERB_SET.has(before);
}

/** Punctuation that opens a relative clause after its antecedent ("Roe, who …", "Roe - who …"). */
const RELATIVE_OPENERS = new Set([',', '-', '—', '–', '--']);

/** Tokens looked back over from a dash for the name it sets a description off from. */
const MAX_DASHED_NAME_TOKENS = 6;

/** "Ms Roe — a former aide who …": the person named right before the dash that opens the description at `start`. */
function nameBeforeDash(ctx: PhraseContext, floor: number, start: number): NameMention | null {
  if (!/^[—–-]$/.test(ctx.tokens[start - 1]?.text ?? '')) return null;
  const seg: number[] = [];
  for (let k = Math.max(floor, start - 1 - MAX_DASHED_NAME_TOKENS); k < start - 1; k++) seg.push(k);
  return seg.length > 0 ? namedAtEnd(ctx, seg) : null;
}

/** "Roe, who …, said": the speaker a relative pronoun at `i` stands for, from the phrase before it. */
function relativeAntecedent(ctx: PhraseContext, floor: number, i: number): SpeakerPhrase | null {
  const antecedent = segmentsOf(ctx, clauseBefore(ctx, floor, RELATIVE_OPENERS.has(ctx.tokens[i - 1]?.text ?? '') ? i - 1 : i));
  const seg = antecedent.at(-1);
  if (!seg) return null;
  // "Okafor, a Leeds native who paints …": the description stands for the name before it.
  const named = /^an?$/i.test(ctx.tokens[seg[0]!]!.text) ? (antecedent.length >= 2 ? wholeName(ctx, antecedent.at(-2)!) : nameBeforeDash(ctx, floor, seg[0]!)) : null;
  if (named && named.kind !== 'organisation') return { kind: 'name', first: named.firstToken, last: named.lastToken, mention: named, role: { first: seg[0]!, last: seg.at(-1)! }, partner: null };
  const commaWho = ctx.tokens[i - 1]?.text === ',' && lower(ctx.tokens[i]) === 'who';
  const phrase = phraseOf(ctx, seg);
  if (phrase?.kind === 'name' || !commaWho) return phrase;
  return nameClosingClause(ctx, seg) ?? phrase ?? objectBeforeWho(ctx, seg);
}

/** Tokens looked back over from a name for an "of" that makes it part of a description ("the son of Duke Ivo"). */
const OF_REACH = 2;

/**
 * "The charges were rejected by Home Secretary Ann Pike, who accused …": a "who" set off by a comma
 * right after a person's name is about that person, whatever clause the name ends; but not after
 * "of" ("Lord Tam, the second son of former Duke Ivo, who said …" is about the son).
 */
function nameClosingClause(ctx: PhraseContext, seg: readonly number[]): SpeakerPhrase | null {
  const name = namesIn(ctx, seg.slice(-(MAX_DESCRIPTOR_TOKENS + 3))).at(-1);
  if (!name || name.kind !== 'person' || name.lastToken !== seg.at(-1)) return null;
  for (let k = name.firstToken - 1; k >= name.firstToken - OF_REACH; k--) if (lower(ctx.tokens[k]) === 'of') return null;
  return { kind: 'name', first: name.firstToken, last: name.lastToken, mention: name, role: null, partner: null };
}

/**
 * Words before a described object that make it a place or a part ("Democrats across the country, who",
 * "the head of the union, who"): the "who" is about a noun before them, not the object.
 */
const NOT_BEFORE_OBJECT = new Set(['of', 'in', 'at', 'on', 'across', 'around', 'throughout', 'near', 'within', 'about', 'for']);

/** A described object is at most this many words from its determiner ("the deputy county mayor"). */
const MAX_OBJECT_WORDS = 5;

/**
 * "Hale sat through a lecture from the county mayor, who said …": a "who" clause set off by a comma
 * after a whole clause is about the person its last words describe: a determiner and the words up to
 * the comma ("the Wendshire county mayor").
 */
function objectBeforeWho(ctx: PhraseContext, seg: readonly number[]): SpeakerPhrase | null {
  for (let n = seg.length - 2; n >= Math.max(0, seg.length - MAX_OBJECT_WORDS); n--) {
    const token = ctx.tokens[seg[n]!]!;
    if (token.kind !== 'word' || PREPOSITIONS.has(lower(token))) return null;
    if (DETERMINERS.has(lower(token))) return n > 0 && NOT_BEFORE_OBJECT.has(lower(ctx.tokens[seg[n - 1]!])) ? null : phraseOf(ctx, seg.slice(n));
  }
  return null;
}

/**
 * The subject of the verb at token `verb`, looking back no further than `floor`; two names joined by "and" speak together.
 * Read once per (floor, verb): a quarter of the calls in a BBC run asked again (the article's speakers
 * read each speech verb's subject, then the attribution rules read it once more). The phrase is
 * shared, so callers only read it.
 */
export function subjectBefore(ctx: PhraseContext, floor: number, verb: number): SpeakerPhrase | null {
  if (verb < 0 || verb >= NAMES_KEY_BASE || floor < 0) return readSubjectBefore(ctx, floor, verb);
  const key = floor * NAMES_KEY_BASE + verb;
  let subject = ctx.subjects.get(key);
  if (subject === undefined) {
    subject = readSubjectBefore(ctx, floor, verb);
    ctx.subjects.set(key, subject);
  }
  return subject;
}

function readSubjectBefore(ctx: PhraseContext, floor: number, verb: number): SpeakerPhrase | null {
  const poll = pollOfShare(ctx, floor, verb);
  if (poll) return poll;
  const subject = singleSubjectBefore(ctx, floor, verb);
  return subject && subject.kind !== 'pronoun' ? withPartnerBefore(ctx, floor, subject) : subject;
}

/**
 * "Jo Roe and Sam Lee, both teachers, said", "“…,” Ada Brook and Ivo Marek wrote": a name (not an
 * organisation) that ends right before the "and" opening the subject speaks too. Before a described
 * group ("Ivo Marek and other harbour leaders said") the two read as one described speaker.
 */
function withPartnerBefore(ctx: PhraseContext, floor: number, subject: SpeakerPhrase): SpeakerPhrase {
  const and = Math.min(subject.first, subject.role?.first ?? subject.first) - 1;
  if (subject.partner || lower(ctx.tokens[and]) !== 'and' || subject.mention?.kind === 'organisation' || and - 1 < floor) return subject;
  // "on Twitter and elsewhere, Trump said": a comma between "and" and the name ends what "and" joined;
  // "if Reyes and Okafor would play Eliot replied": so does a helper verb.
  for (let k = and + 1; k < subject.first; k++) if (ctx.tokens[k]!.kind !== 'word' || isAuxiliary(ctx.tokens[k]!) || FINITE_HELPERS.has(lower(ctx.tokens[k]))) return subject;
  const seg = segmentsOf(ctx, clauseBefore(ctx, floor, and)).at(-1);
  const partner = seg ? phraseOf(ctx, seg) : null;
  if (!partner || !isPartner(ctx, partner, beforeBracket(ctx, and - 1))) return subject;
  if (subject.kind === 'phrase') return { kind: 'phrase', first: partner.first, last: subject.last, mention: null, role: null, partner: partner.mention! };
  return joined(subject, partner.first, partner.mention!);
}

/** Tokens a bracket after a name may hold ("(D)", "(R-Texas)", "(D-N.Y.)"). */
const MAX_BRACKET_TOKENS = 4;

/** The token after a short bracket that opens at `at` ("Ivo Lind (D-Ore.) said"), else `at`. */
export function pastBracket(ctx: PhraseContext, at: number): number {
  if (ctx.tokens[at]?.text !== '(') return at;
  for (let i = at + 1; i <= at + MAX_BRACKET_TOKENS && i < ctx.tokens.length; i++) if (ctx.tokens[i]!.text === ')') return i + 1;
  return at;
}

/** "Jeff Cole (D) and": the token before a short bracket that closes at `end`, else `end`. */
function beforeBracket(ctx: PhraseContext, end: number): number {
  if (ctx.tokens[end]?.text !== ')') return end;
  for (let k = end - 1; k >= Math.max(0, end - MAX_BRACKET_TOKENS); k--) if (ctx.tokens[k]!.text === '(') return k - 1;
  return end;
}

/** A name ending at `end` that can speak beside another: a person's or unknown name, no possessive, no bare title ("Pennsylvania Gov."). */
function isPartner(ctx: PhraseContext, phrase: SpeakerPhrase, end: number): boolean {
  if (phrase.kind !== 'name' || !phrase.mention || phrase.mention.kind === 'organisation' || phrase.last !== end) return false;
  const last = ctx.tokens[end]!.text;
  return !POSSESSIVE.test(last) && !TITLES.has(last.toLowerCase().replace(/\.$/, ''));
}

/**
 * "said Jo Roe and Sam Lee, two teachers": a name read after a verb, then "and" and a second name
 * (a short descriptor may lead it), names two speakers; the second one's role is both of theirs.
 */
function withPartnerAfter(ctx: PhraseContext, phrase: SpeakerPhrase, ceiling: number): SpeakerPhrase {
  const and = phrase.last + 1;
  if (phrase.kind !== 'name' || !phrase.mention || phrase.mention.kind === 'organisation' || lower(ctx.tokens[and]) !== 'and') return phrase;
  const second = phraseAfter(ctx, and + 1, ceiling, false);
  if (!isPartner(ctx, phrase, phrase.last) || second?.kind !== 'name' || !second.mention || second.mention.kind === 'organisation') return phrase;
  // Not "said Arts and Heritage Secretary Jo Roe", "Hale and Sons’ Jo Roe": the second name opens right after "and".
  if (second.first !== and + 1 || (second.role && second.role.first < second.first)) return phrase;
  return joined(second, phrase.first, phrase.mention);
}

/**
 * `phrase` widened back to `first`, with the partner named there. Written out rather than as
 * `{ ...phrase, first, partner }`: V8 gave each such spread a map of its own, so the functions
 * reading phrases (speechSubjects and what it inlines) deoptimised on every new one and were
 * compiled again, 13 times in a BBC run. A literal of fixed keys shares one map.
 */
function joined(phrase: SpeakerPhrase, first: number, partner: NameMention): SpeakerPhrase {
  return { kind: phrase.kind, first, last: phrase.last, mention: phrase.mention, role: phrase.role, partner };
}

/** `phrase` with `role` as its role: written out, not spread, for the one map (see joined). */
export function withRole(phrase: SpeakerPhrase, role: SpeakerPhrase['role']): SpeakerPhrase {
  return { kind: phrase.kind, first: phrase.first, last: phrase.last, mention: phrase.mention, role, partner: phrase.partner };
}

function singleSubjectBefore(ctx: PhraseContext, floor: number, verb: number): SpeakerPhrase | null {
  let i = helpersBefore(ctx, floor, verb);
  if (i < floor) return null;
  // "… in which she called for …", "And online he has criticized …": a subject pronoun right before the verb is its subject.
  if (isSubjectPronoun(ctx, i)) return { kind: 'pronoun', first: i, last: i, mention: null, role: null, partner: null };
  const dashed = dashAside(ctx, floor, i);
  if (dashed !== -1) i = dashed - 1;
  // "Shah, who has run the firm since 1990, said": the subject ends at the comma before the relative clause.
  const aside = relativeAside(ctx, floor, i);
  const clauseRole = aside === -1 ? null : identityClause(ctx, aside + 1, i - 1);
  if (aside !== -1) i = aside - 1;
  // "Beck, who has in the past described …": a relative pronoun a few words before the verb.
  for (let k = i - 1; k >= Math.max(floor, i - MAX_RELATIVE_GAP); k--) {
    if (ctx.tokens[k]!.kind !== 'word') break;
    if (!RELATIVE_PRONOUNS.has(lower(ctx.tokens[k])) && lower(ctx.tokens[k]) !== 'whom') continue;
    // "the tunnel, which Mayor Ivo Marek had called “…”": a name after the relative pronoun is the verb's subject.
    const object = objectRelativeSubject(ctx, k, i);
    if (object) return object;
    // "Roe - who earlier said …": a dash opens the relative clause as a comma does.
    if (RELATIVE_OPENERS.has(ctx.tokens[k - 1]?.text ?? '')) { i = k; break; }
  }
  if (RELATIVE_PRONOUNS.has(lower(ctx.tokens[i]))) return relativeAntecedent(ctx, floor, i);
  const subject = subjectOfClause(ctx, floor, i, verb);
  return subject?.kind === 'name' && !subject.role && clauseRole ? withRole(subject, clauseRole) : subject;
}

/**
 * Verbs by which a "who" clause says what a person is ("Jo Roe, who chairs the committee, said"),
 * not what they did or felt ("who spoke after the vote", "who was visibly angry"):
 * only these make the clause the speaker's role.
 */
const IDENTITY_VERBS = new Set(['chairs', 'chaired', 'leads', 'led', 'heads', 'headed', 'runs', 'ran', 'owns', 'manages', 'managed',
  'represents', 'represented', 'founded', 'co-founded', 'directs', 'directed', 'coaches', 'coached', 'teaches', 'taught',
  'oversees', 'oversaw', 'edits', 'edited', 'organised', 'organized', 'captains', 'captained', 'presides']);

/** Tokens [from, to] as a role when they are a short "who" clause of an identity verb made of plain words. */
function identityClause(ctx: PhraseContext, from: number, to: number): { first: number; last: number } | null {
  if (lower(ctx.tokens[from]) !== 'who' || !IDENTITY_VERBS.has(lower(ctx.tokens[from + 1])) || to - from + 1 > MAX_ROLE_TOKENS) return null;
  for (let k = from; k <= to; k++) if (ctx.tokens[k]!.kind !== 'word') return null;
  return { first: from, last: to };
}

/** The subject of `verb` read from the comma-separated segments of the clause ending at token i, asides dropped. */
function subjectOfClause(ctx: PhraseContext, floor: number, i: number, verb: number): SpeakerPhrase | null {
  const segments = segmentsOf(ctx, clauseBefore(ctx, floor, i + 1));
  dropAsides(ctx, segments);
  // Only a subject standing alone: after a name, "one of the candidates beaten by Roe" is a role, kept whole.
  if (segments.length === 1) segments[0] = withoutAgentPhrase(ctx, afterOpeningPhrase(ctx, segments[0]!));
  joinAdjectiveList(ctx, segments);
  // "Jo Roe, 38, a teacher, said", "Rep. Jo Roe, R-Kel., a former chairman, said": the age or party tag
  // between a name and its description is no part of either.
  if (segments.length >= 3 && (isAge(ctx, segments.at(-2)!) || isPartyTagSegment(ctx, segments.at(-2)!))) segments.splice(-2, 1);
  if (secondAppositive(ctx, segments)) segments.pop();
  const last = segments.at(-1);
  if (!last) return null;
  const previous = segments.at(-2);
  // "A lawyer for Jo Roe, the former mayor, said": the appositive describes the described speaker before it.
  const described = previous ? describedBeforeAppositive(ctx, previous, phraseOf(ctx, previous), last) : null;
  if (described) return described;
  // "In an interview with Dan Pell, the candidate said": a name right after a preposition is its object, no one apposed.
  const apposed = previous && !objectOfPreposition(ctx, previous[0]!) ? wholeName(ctx, previous) ?? namedAtEnd(ctx, previous) : null;
  if (previous && apposed && isAge(ctx, last)) {
    return { kind: 'name', first: apposed.firstToken, last: previous.at(-1)!, mention: apposed, role: null, partner: null };
  }
  const lowerStart = last.length > 0 && /^\p{Ll}/u.test(ctx.tokens[last[0]!]!.text);
  // "Jane Roe, a farmer who has grown beans for forty years, said": the role ends at its relative clause.
  const role = beforeRelative(ctx, last);
  if (previous && apposed && isDescription(ctx, role, MAX_APPOSITIVE_TOKENS) && (apposed.kind !== 'unknown' || lowerStart)) {
    const named = role.length <= MAX_ROLE_TOKENS ? { first: role[0]!, last: role.at(-1)! } : null;
    return { kind: 'name', first: apposed.firstToken, last: previous.at(-1)!, mention: apposed, role: named, partner: null };
  }
  // "A council official who spoke on condition of anonymity said": a described subject ends at its "who" clause.
  const head = describedBeforeWho(ctx, last);
  if (head) return head;
  // A speech verb inside the phrase means it is a clause ("X responded on Twitter"), not a subject; but in
  // "Mr Lind said the police had said", the words after the inner verb are the reported speaker.
  const inner = last.findLastIndex((k, n) => n > 0 && isVerbHere(ctx, k));
  if (inner !== -1) return CLAUSE_REPORTING_VERBS.has(lower(ctx.tokens[last[inner]!])) ? reportedSubject(ctx, last.slice(inner + 1)) : null;
  const phrase = phraseOf(ctx, last) ?? nameBeforeAdverbial(ctx, last) ?? subjectAfterTime(ctx, last);
  // "Another volunteer, Jo Roe of Leeds, said": the title before the name says more than where they are from.
  const placeOnly = phrase?.role && PREPOSITIONS.has(lower(ctx.tokens[phrase.role.first]));
  // "Lind’s niece, state delegate Mara Price, said": a descriptor right before the name joins the role before it.
  const descriptorOnly = phrase !== null && phrase.role !== null && phrase.role.first === last[0] && phrase.role.last < phrase.first;
  if (phrase && phrase.kind === 'name' && (!phrase.role || placeOnly || descriptorOnly) && previous && segments.length === 2 && isRoleLike(ctx, previous) && !parentheticalVerb(ctx, verb)) {
    phrase.role = { first: previous[0]!, last: descriptorOnly ? phrase.role!.last : previous.at(-1)! };
  }
  return phrase;
}

/** Verbs that report a whole clause with no object first ("said the police had …", "claimed he was …"). */
const CLAUSE_REPORTING_VERBS = new Set(['said', 'says', 'claimed', 'claims', 'insisted', 'insists', 'argued', 'argues', 'suggested',
  'suggests', 'warned', 'admitted', 'believes', 'believed', 'thinks', 'thought', 'added', 'adds', 'noted', 'notes']);

/**
 * The words between an inner reporting verb and the verb: the reported speaker when they are one noun phrase
 * (a name, or led by a determiner) with no verb of its own ("the police" in "Mr Lind said the police had said").
 */
function reportedSubject(ctx: PhraseContext, rest: readonly number[]): SpeakerPhrase | null {
  const first = ctx.tokens[rest[0] ?? -1];
  if (!first || first.kind !== 'word' || rest.length > MAX_PHRASE_TOKENS) return null;
  if (!DETERMINERS.has(lower(first)) && !/^\p{Lu}/u.test(first.text)) return null;
  if (rest.some((k) => FINITE_HELPERS.has(lower(ctx.tokens[k])) || CLAUSE_BOUNDARIES.has(lower(ctx.tokens[k])))) return null;
  const phrase = phraseOf(ctx, rest);
  return phrase && phrase.last === rest.at(-1) ? phrase : null;
}

/**
 * "Jo Roe, the mayor of Kelsford, a member of the port board, said": two lower-case descriptions after a
 * name; the second says more of the first (or of its place), so the name and the first speak.
 */
function secondAppositive(ctx: PhraseContext, segments: readonly (readonly number[])[]): boolean {
  if (segments.length < 3) return false;
  const [name, first, second] = segments.slice(-3) as [readonly number[], readonly number[], readonly number[]];
  const lowerDescription = (seg: readonly number[]) => DETERMINERS.has(lower(ctx.tokens[seg[0]!])) && isDescription(ctx, seg, MAX_APPOSITIVE_TOKENS);
  if (!lowerDescription(first) || !lowerDescription(second)) return false;
  // Not "Before greeting Pip and Posy, the two ponies, the mayor remarked": the name opens its clause or follows a comma.
  const named = wholeName(ctx, name);
  return named !== null && named.firstToken === name[0] && ctx.tokens[name[0]! - 1]?.kind !== 'word';
}

/**
 * "The problems the flood raised, Marek said, have simmered …": a speech verb set off by commas with the
 * sentence going on after it in lower case; the words before the name are the sentence's subject, not the
 * name's description.
 */
function parentheticalVerb(ctx: PhraseContext, verb: number): boolean {
  const after = ctx.tokens[verb + 2];
  return ctx.tokens[verb + 1]?.text === ',' && after?.kind === 'word' && /^\p{Ll}/u.test(after.text);
}

/**
 * "the bespectacled, 71-year-old engineer said": a determiner and one adjective, a comma, then the
 * rest of the description in lower case are one described subject (the comma lists adjectives).
 */
function joinAdjectiveList(ctx: PhraseContext, segments: number[][]): void {
  const previous = segments.at(-2);
  const last = segments.at(-1);
  if (!previous || !last || previous.length !== 2 || !DETERMINERS.has(lower(ctx.tokens[previous[0]!]))) return;
  const lowerWord = (k: number) => ctx.tokens[k]!.kind === 'word' && /^[\p{Ll}\d]/u.test(ctx.tokens[k]!.text);
  if (!lowerWord(previous[1]!) || !last.every(lowerWord) || DETERMINERS.has(lower(ctx.tokens[last[0]!]))) return;
  segments.splice(-2, 2, [...previous, ...last]);
}

/**
 * "A letter from the club obtained by the Echo warns": a described subject ends before a participle
 * and its "by" agent, who only passed the thing on; the thing described speaks.
 */
function withoutAgentPhrase(ctx: PhraseContext, seg: number[]): number[] {
  if (seg.length < 4 || !DETERMINERS.has(lower(ctx.tokens[seg[0]!]))) return seg;
  for (let n = 2; n < seg.length - 1; n++) {
    if (PARTICIPLE_BEFORE_TIME.test(ctx.tokens[seg[n]!]!.text) && lower(ctx.tokens[seg[n + 1]!]) === 'by') return seg.slice(0, n);
  }
  return seg;
}

/** A lower-case "-ed" word or a common irregular participle: "released Friday", "written last year". */
const PARTICIPLE_BEFORE_TIME = /^(?:\p{Ll}+ed|written|given|taken|shown|made|held|sent|done|seen|told|said|born)$/u;

/** Time phrases stepped over between a subject and its verb ("Roe on Monday also last week said" is two). */
const MAX_TIME_PHRASES = 2;

/** Participles that pass their subject on through "to" ("Roe is reported to have called …", "was said to be"). */
const RAISING_PARTICIPLES = new Set(['reported', 'said', 'believed', 'understood', 'thought', 'alleged', 'known', 'rumoured', 'rumored']);

/** "is reported to have called": a raising participle after a form of "be" and before "to" is a helper of the verb after it. */
function raisingAt(ctx: PhraseContext, i: number): boolean {
  return RAISING_PARTICIPLES.has(lower(ctx.tokens[i])) && lower(ctx.tokens[i + 1]) === 'to' && /^(?:is|was|are|were|been|be)$/.test(lower(ctx.tokens[i - 1]));
}

/**
 * The last token before `verb` that is not a helper ("has also said"), an adverb or a time phrase
 * ("Roe on Monday said", "The board less than two weeks ago said"); below `floor` when none is left.
 */
function helpersBefore(ctx: PhraseContext, floor: number, verb: number): number {
  let i = verb - 1;
  for (let n = 0; ; n++) {
    while (i >= floor && (isAuxiliary(ctx.tokens[i]!) || raisingAt(ctx, i))) i--;
    // "The Herald on July 20, 2006, described": the comma closing a date with its year goes with the date.
    const end = ctx.tokens[i]?.text === ',' && isYear(ctx.tokens[i - 1]?.text ?? '') ? i - 1 : i;
    const time = n < MAX_TIME_PHRASES && end >= floor ? timePhraseStart(ctx.tokens, floor + 1, end) : -1;
    // "the order released Friday said": a time right after a participle belongs to it, not to the verb.
    if (time === -1 || PARTICIPLE_BEFORE_TIME.test(ctx.tokens[time - 1]!.text)) return i;
    i = time - 1;
  }
}

/**
 * "which Mayor Ivo Marek had called", "whom one insider described": the words between a relative
 * pronoun at `relative` and the verb (helpers stepped over, last one at `end`) are a speaker phrase:
 * the relative pronoun is the object, that phrase the subject.
 */
function objectRelativeSubject(ctx: PhraseContext, relative: number, end: number): SpeakerPhrase | null {
  if (end <= relative) return null;
  // "The lawyer who represented Jo Roe said": a "who" before a lower-case verb is that clause's subject, and the name its object.
  const next = ctx.tokens[relative + 1]!;
  if (lower(ctx.tokens[relative]) === 'who' && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && !DETERMINERS.has(lower(next))) return null;
  const seg: number[] = [];
  for (let k = relative + 1; k <= end; k++) seg.push(k);
  const subject = phraseOf(ctx, seg);
  if (!subject || subject.last !== end) return null;
  return Math.min(subject.first, subject.role?.first ?? subject.first) === relative + 1 ? subject : null;
}

/**
 * "A council official who spoke on condition of anonymity to discuss the plan said": a segment that
 * opens with a determiner and holds a "who" clause names the described person before "who".
 */
function describedBeforeWho(ctx: PhraseContext, seg: readonly number[]): SpeakerPhrase | null {
  if (!DETERMINERS.has(lower(ctx.tokens[seg[0]!]))) return null;
  const who = seg.findIndex((i, n) => n > 0 && lower(ctx.tokens[i]) === 'who');
  if (who === -1) return null;
  const phrase = phraseOf(ctx, seg.slice(0, who));
  return phrase?.kind === 'phrase' ? phrase : null;
}

/**
 * "X, who …, said" / "X, a teacher who …, said": when a comma comes right before the verb and a
 * relative pronoun stands between, the index of the comma that opens the aside (else -1).
 */
function relativeAside(ctx: PhraseContext, floor: number, i: number): number {
  if (ctx.tokens[i]?.text !== ',') return -1;
  let relative = -1;
  for (let k = i - 1; k >= Math.max(floor, i - MAX_CLAUSE_TOKENS); k--) {
    const token = ctx.tokens[k]!;
    // "Roe, a contestant on the show “The Apprentice,” who …, said": a quoted title may stand in the aside.
    // "…, whose albums include Night Tide: The Return, said": a colon before a capital inside a title goes on.
    const subtitle = token.text === ':' && ctx.tokens[k + 1]?.kind === 'word' && /^\p{Lu}/u.test(ctx.tokens[k + 1]!.text);
    if ((token.kind === 'quote' && !isQuotedTitle(token)) || (/^[.!?;:(]$/.test(token.text) && !subtitle)) return -1;
    // "Roe, clad in a cape with lights that spelled Holt, said": a "that" relative inside the aside too.
    // "Others, waiting for the keys and the council’s answer, shouted": a participle clause is an aside too.
    const opensClause = CLAUSE_ASIDES.has(lower(token)) || PARTICIPLE_ASIDE.test(token.text) || prepositionAfterName(ctx, k);
    // "The actor, whose films include …, said": a possessive relative opens an aside as "who" does.
    if (RELATIVE_PRONOUNS.has(lower(token)) || lower(token) === 'that' || lower(token) === 'whose' || (opensClause && ctx.tokens[k - 1]?.text === ',')) relative = k;
    // "Roe, a teacher who has lived here, said": a description before the relative pronoun is the
    // speaker's role, which the subject reader cuts at the pronoun itself.
    else if (relative !== -1 && token.text === ',') return describesBefore(ctx, k + 1, relative, i) ? -1 : k;
  }
  return -1;
}

/**
 * Tokens [from, relative) are a description opened by a determiner: "a teacher" in "Roe, a teacher
 * who …". Only when the clause up to `end` joins nothing with "and"/"or": the subject reader would
 * take "… who voted for Jo Roe and Sam Lee," for a second subject.
 */
function describesBefore(ctx: PhraseContext, from: number, relative: number, end: number): boolean {
  if (relative - from < 2 || !RELATIVE_PRONOUNS.has(lower(ctx.tokens[relative]))) return false;
  for (let k = relative + 1; k < end; k++) if (/^(?:and|or|but)$/.test(lower(ctx.tokens[k]))) return false;
  // Only plain words before the pronoun: a quoted title or a comma there ends the subject reader's segment early.
  for (let k = from; k < relative; k++) if (ctx.tokens[k]!.kind !== 'word') return false;
  return /^(?:a|an|the)$/.test(lower(ctx.tokens[from])) && /^\p{Ll}/u.test(ctx.tokens[from + 1]!.text);
}

/** A lower-case "-ing" word after a comma opens a participle aside ("Roe, speaking in Leeds, said"). */
const PARTICIPLE_ASIDE = /^\p{Ll}{2,}ing$/u;

/** A quoted title in an aside is at most this many words; longer quoted words are speech. */
const MAX_QUOTED_TITLE_WORDS = 4;

export function isQuotedTitle(token: ContextToken): boolean {
  return token.text.split(/\s+/).length <= MAX_QUOTED_TITLE_WORDS;
}

/**
 * "the writer of “Slow Water,”", "a flag and a “Save the Pier” banner": a short capitalised quote that
 * does not end a sentence, right after a word: a title or label inside a speaker phrase, not speech
 * (not "on Roe’s “charm,”", lower case, which ends the phrase before it).
 */
export function isTitleInPhrase(token: ContextToken, before: ContextToken | undefined): boolean {
  return token.kind === 'quote' && isQuotedTitle(token) && /^\p{Lu}/u.test(token.text) && !/[.!?]/.test(token.text) && before?.kind === 'word';
}

/**
 * "Roe, the writer of “Slow Water,” a history of the locks, said": a title closing on a comma sits in an aside
 * when a comma right after a capitalised word (a name) opens that aside before it; else it closes an
 * opening phrase ("On the show “Roe Live,” Roe said") and ends the clause.
 */
function titleInAside(ctx: PhraseContext, title: number): boolean {
  for (let k = title - 1; k > Math.max(0, title - MAX_ROLE_TOKENS); k--) {
    const token = ctx.tokens[k]!;
    if (token.text === ',') return ctx.tokens[k - 1]?.kind === 'word' && isCapitalisedWord(ctx.tokens[k - 1]!.text);
    if (token.kind !== 'word') return false;
  }
  return false;
}

function isCapitalisedWord(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Dashes that set off an aside: an em or en dash, or a spaced hyphen or double hyphen standing for one. */
const ASIDE_DASH = /^(?:—|–|-|--)$/;

/**
 * "Jane Roe — a teacher from Leeds — says": when a dash comes right before the verb and another
 * dash opens the aside a few words earlier (no quote or sentence end between), the index of the
 * opening dash (the subject ends before it); else -1.
 */
function dashAside(ctx: PhraseContext, floor: number, i: number): number {
  if (!ASIDE_DASH.test(ctx.tokens[i]?.text ?? '')) return -1;
  for (let k = i - 1; k > Math.max(floor, i - MAX_APPOSITIVE_TOKENS); k--) {
    const token = ctx.tokens[k]!;
    if (token.kind === 'quote' || /^[.!?;:]$/.test(token.text)) return -1;
    if (ASIDE_DASH.test(token.text)) return k - 1 >= floor && ctx.tokens[k - 1]!.kind === 'word' ? k : -1;
  }
  return -1;
}

/** An appositive this long still says who the name is ("Jane Roe, a …, said"), though too long to show as a role. */
export const MAX_APPOSITIVE_TOKENS = 30;

/**
 * Drops what may stand between a subject and its verb, set off by commas: a prepositional aside
 * ("Trump, in Kentucky, said"), a relative clause ("Roe, who chairs the board, said"), a party tag
 * ("Roe, R-Ohio, said").
 */
function dropAsides(ctx: PhraseContext, segments: number[][]): void {
  // "Roe, who lost her home in Aurora, Colorado, in 2012, said": all from the relative clause on
  // ("Roe, a pollster who works with X, a think tank, said" keeps "a pollster who works with X").
  const relative = segments.findIndex((seg, n) => n > 0 && seg.some((i) => RELATIVE_PRONOUNS.has(lower(ctx.tokens[i]))));
  if (relative !== -1 && !opensPrepositionalRelative(ctx, segments[relative]!)) segments.length = RELATIVE_PRONOUNS.has(lower(ctx.tokens[segments[relative]![0]!])) ? relative : relative + 1;
  while (segments.length > 1) {
    const last = segments.at(-1)!;
    const first = lower(ctx.tokens[last[0]!]);
    // "An official, speaking on condition of anonymity, said", "The two, however, argue".
    // "The report, published on Monday, found": a past participle with its preposition opens an aside
    // too; not "…, retired neurosurgeon Ben Carson said", where it describes the subject.
    // "Rivo, formerly managed by Reed at Hull, agreed": an adverb may come before the participle.
    const lyAdverbFirst = /^\p{Ll}{3,}ly$/u.test(ctx.tokens[last[0]!]!.text) && last.length > 2;
    const verbAt = lyAdverbFirst ? 1 : 0;
    const pastParticiple = /^\p{Ll}+ed$/u.test(ctx.tokens[last[verbAt]!]!.text) && PREPOSITIONS.has(lower(ctx.tokens[last[verbAt + 1] ?? -1]));
    const participle = (/^\p{Ll}+ing$/u.test(ctx.tokens[last[0]!]!.text) && !PREPOSITIONS.has(first)) || pastParticiple;
    // "Last week, about half of the tenants said": a hedge that is also a preposition opens a share of people, the subject.
    // "Park, chief executive of Orbit, also at the fair, said": an adverb may come before the preposition.
    const prepositionAt = lyAdverbFirst || (last.length > 2 && ADVERB_ASIDES.has(first)) ? 1 : 0;
    const prepositional = opensPrepositionalPhrase(lower(ctx.tokens[last[prepositionAt]!])) && last.length <= MAX_ROLE_TOKENS && !isQuantityShare(last.map((i) => lower(ctx.tokens[i])));
    const aside = prepositional || RELATIVE_PRONOUNS.has(first) || participle
      || (last.length === 1 && (PARTY_TAG.test(ctx.tokens[last[0]!]!.text) || ADVERB_ASIDES.has(first)));
    // "Roe, 22, of Flint, Mich., said": a place after a prepositional aside belongs to it.
    // Not "Later, at the club, Trump said": the place follows an aside after a name ("Roe, 22, of Flint, Mich.").
    const asideFirst = lower(ctx.tokens[segments.at(-2)?.[0] ?? -1]);
    const placeOfAside = segments.length > 2 && last.length <= 2 && last.every((i) => /^\p{Lu}/u.test(ctx.tokens[i]!.text))
      && opensPrepositionalPhrase(asideFirst) && !opensPrepositionalRelative(ctx, segments.at(-2)!) && segments.slice(0, -2).some((seg) => namesIn(ctx, seg).length > 0);
    if (!aside && !placeOfAside && !placeOfNamed(ctx, segments)) return;
    segments.pop();
  }
}

/** A place name after "of" is at most this many words ("of New York, N.Y."). */
const MAX_PLACE_WORDS = 3;

/**
 * "Jo Roe of Austin, Texas, said": a state or country after a name's "of"/"from" place belongs to
 * that place; it is no second subject.
 */
function placeOfNamed(ctx: PhraseContext, segments: readonly number[][]): boolean {
  const last = segments.at(-1)!;
  const previous = segments.at(-2)!;
  const capitalised = (i: number) => /^\p{Lu}/u.test(ctx.tokens[i]!.text);
  if (last.length > 2 || !last.every(capitalised)) return false;
  for (let n = previous.length - 2; n >= Math.max(1, previous.length - 1 - MAX_PLACE_WORDS); n--) {
    if (!capitalised(previous[n + 1]!)) return false;
    const word = lower(ctx.tokens[previous[n]!]);
    if (word === 'of' || word === 'from') return namesIn(ctx, previous.slice(0, n)).length > 0;
  }
  return false;
}

/**
 * "Sitting down with CNN, during which she touched on …, Roe remarked": a relative clause opened by
 * a preposition ("during which", "in which", "at whose") hangs on the noun before it, inside an
 * opening phrase; it is no "Roe, who …, said" aside, so the name after it is still the subject.
 */
function opensPrepositionalRelative(ctx: PhraseContext, seg: readonly number[]): boolean {
  const first = lower(ctx.tokens[seg[0]!]);
  return opensPrepositionalPhrase(first) && RELATIVE_PRONOUNS.has(lower(ctx.tokens[seg[1] ?? -1]));
}

/** Prepositions that, right after a comma, open a phrase set off between a subject and its verb. */
const ASIDE_OPENING_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'following', 'amid', 'within', 'despite']);

/**
 * "Marek, on his first day after Lind was sacked, admitted": a prepositional phrase set off right after a
 * name is an aside; not "…in 1976, in what Roe called" (no name before the comma, and "what" opens a clause).
 */
function prepositionAfterName(ctx: PhraseContext, k: number): boolean {
  const before = ctx.tokens[k - 2];
  return ASIDE_OPENING_PREPOSITIONS.has(lower(ctx.tokens[k])) && ctx.tokens[k - 1]?.text === ',' && before?.kind === 'word'
    && /^\p{Lu}/u.test(before.text) && !RELATIVE_PRONOUNS.has(lower(ctx.tokens[k + 1])) && lower(ctx.tokens[k + 1]) !== 'what';
}

/** "Cruz, when asked about it, responded": words that open a clause set off by commas between subject and verb. */
const CLAUSE_ASIDES = new Set(['when', 'while', 'if', 'though', 'although', 'after', 'before', 'since', 'as', 'despite']);

/** More words that open an aside between subject and verb: "Roe, after a long pause, said". */
const ASIDE_PREPOSITIONS = new Set(['after', 'before', 'during', 'despite', 'under', 'since', 'without', 'amid', 'among', 'like', 'unlike', 'as']);

/** Time adverbs that open a sentence before its subject with no comma ("Later the minister said"). */
const OPENING_TIME_ADVERBS = new Set(['later', 'earlier']);
/** A subject after an opening phrase is "the" and at most this many more words ("the prime minister"). */
const MAX_SUBJECT_AFTER_OPENING = 3;

/**
 * "In a letter to staff the two banks said", "On Monday the minister said", "Later the minister said": a
 * prepositional phrase or time adverb opening the clause with no comma leaves the subject to the
 * last "the" phrase before the verb; the whole segment otherwise.
 */
function afterOpeningPhrase(ctx: PhraseContext, seg: number[]): number[] {
  const opener = lower(ctx.tokens[seg[0]!]);
  const time = OPENING_TIME_ADVERBS.has(opener);
  if (!time && !opensPrepositionalPhrase(opener)) return seg;
  for (let n = seg.length - 2; n >= (time ? 1 : 2) && seg.length - n <= MAX_SUBJECT_AFTER_OPENING + 1; n--) {
    if (lower(ctx.tokens[seg[n]!]) !== 'the') continue;
    const tail = seg.slice(n);
    return tail.every((i) => ctx.tokens[i]!.kind === 'word') && ctx.tokens[seg[n - 1]!]!.kind === 'word' ? tail : seg;
  }
  return seg;
}

/** A word of either list, which opens a prepositional phrase ("of Flint", "during which", "after a pause"). */
function opensPrepositionalPhrase(word: string): boolean {
  return PREPOSITIONS.has(word) || ASIDE_PREPOSITIONS.has(word);
}

/** One-word asides between commas: "Roe, however, said". */
const ADVERB_ASIDES = new Set(['however', 'though', 'too', 'also', 'meanwhile', 'instead', 'meantime', 'likewise', 'similarly', 'nevertheless']);

/** "R-Ohio", "D-Calif": a US party-and-state tag after a politician's name. */
export const PARTY_TAG = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

/** The words of a segment before its first relative pronoun ("a farmer who …" → "a farmer"). */
function beforeRelative(ctx: PhraseContext, seg: readonly number[]): number[] {
  const cut = seg.findIndex((i, n) => n > 0 && RELATIVE_PRONOUNS.has(lower(ctx.tokens[i])));
  return cut === -1 ? [...seg] : seg.slice(0, cut);
}

/**
 * "before he left for Spain on Tuesday the mayor told": a clause with no comma, whose subject follows
 * a time phrase; the words from a determiner or a capital right after the last time phrase, when
 * they read as a speaker.
 */
function subjectAfterTime(ctx: PhraseContext, seg: readonly number[]): SpeakerPhrase | null {
  for (let n = seg.length - 2; n > 0; n--) {
    const next = ctx.tokens[seg[n + 1]!]!;
    if (!DETERMINERS.has(lower(next)) && !/^\p{Lu}/u.test(next.text)) continue;
    if (timePhraseStart(ctx.tokens, seg[0]!, seg[n]!) === -1) continue;
    return phraseOf(ctx, seg.slice(n + 1));
  }
  return null;
}

/** "Trump at the time said", "Roe in her speech called": a name opening the phrase, then a prepositional phrase. */
function nameBeforeAdverbial(ctx: PhraseContext, seg: readonly number[]): SpeakerPhrase | null {
  const name = namesIn(ctx, seg)[0];
  if (!name || name.firstToken !== seg[0] || name.kind === 'organisation' || POSSESSIVE.test(ctx.tokens[name.lastToken]!.text)) return null;
  const next = lower(ctx.tokens[name.lastToken + 1]);
  if (!opensPrepositionalPhrase(next)) return null;
  if (seg.slice(seg.indexOf(name.lastToken) + 1).length > MAX_ROLE_TOKENS) return null;
  return { kind: 'name', first: name.firstToken, last: name.lastToken, mention: name, role: null, partner: null };
}

/**
 * Auxiliaries and adverbs between a subject and its verb ("has also said", "frequently emphasizes"),
 * in lower case there: a capital makes "May" in "Theresa May said" the subject's surname.
 */
export function isAuxiliary(token: ContextToken): boolean {
  if (token.kind !== 'word' || !LOWER_INITIAL.test(token.text)) return false;
  const word = token.text.toLowerCase();
  return AUXILIARIES.has(word) || (word !== 'only' && LY_ADVERB.test(token.text) && !LY_NOUNS.has(word));
}

/** A lower-case word ending in "ly" ("reportedly", "quickly"): an adverb that may stand between a subject and its verb. */
const LY_ADVERB = /^\p{Ll}+ly$/u;
/** Nouns ending in "ly" that head a subject ("Roe's family said", "the rally chanted"), no adverbs. */
const LY_NOUNS = new Set(['family', 'ally', 'rally', 'assembly', 'tally', 'bully', 'monopoly', 'anomaly', 'folly', 'supply']);
const LOWER_INITIAL = /^\p{Ll}/u;

/** "Sarandon, 69, told": an age between name and verb. */
function isAge(ctx: PhraseContext, seg: readonly number[]): boolean {
  return seg.length === 1 && /^\d{1,3}$/.test(ctx.tokens[seg[0]!]!.text);
}

/** "R-Kel." as a segment of its own (its period a token of its own or not). */
function isPartyTagSegment(ctx: PhraseContext, seg: readonly number[]): boolean {
  return seg.length <= 2 && PARTY_TAG.test(ctx.tokens[seg[0]!]!.text) && (seg.length === 1 || ctx.tokens[seg[1]!]!.text === '.');
}

/** "Group leader, Cllr Paul Hodgkinson said": a short lower-case title before the name. */
function isRoleLike(ctx: PhraseContext, seg: readonly number[]): boolean {
  // "Acme Homes’ …": the possessive mark after a plural is a token of its own.
  const possessive = (i: number) => POSSESSIVE.test(ctx.tokens[i]!.text) || LONE_POSSESSIVE_MARK.test(ctx.tokens[i]!.text);
  if (seg.some((i) => ctx.tokens[i]!.kind !== 'word' && !possessive(i))) return false;
  const first = ctx.tokens[seg[0]!]!;
  if (PREPOSITIONS.has(first.text.toLowerCase()) || /^(?:on|in|at|last|earlier|later|speaking|asked|published)$/i.test(first.text)) return false;
  // "After the vote, Jo Roe said": a title opens its sentence (perhaps after "But"); words that go on
  // from another phrase are none ("spoke about parks and housing at the time, Roe told").
  if (!opensSentenceAt(ctx, seg[0]!) && !(/^(?:and|but|so|yet)$/i.test(ctx.tokens[seg[0]! - 1]?.text ?? '') && opensSentenceAt(ctx, seg[0]! - 1))) return false;
  // "However, Jo Roe said", "This, Roe said": one word before the comma is an adverb or a pronoun, not a title.
  if (seg.length < 2) return false;
  // "A year later, Gov. Jo Roe said": a time is no title.
  if (timePhraseStart(ctx.tokens, seg[0]!, seg.at(-1)!) === seg[0]) return false;
  const lowerFrom = (k: number) => seg.slice(k).every((i) => /^\p{Ll}/u.test(ctx.tokens[i]!.text));
  if (seg.length <= MAX_DESCRIPTOR_TOKENS && lowerFrom(1)) return true;
  // "Acme Homes’ planning director, Jo Roe, told": an owner's title, lower-case after the possessive.
  const owner = seg.findIndex(possessive);
  if (owner !== -1 && owner < seg.length - 1 && seg.length - owner - 1 <= MAX_DESCRIPTOR_TOKENS && lowerFrom(owner + 1)) return true;
  return headOfBody(ctx, seg);
}

/** Token k opens its sentence: nothing, a full stop, a colon or an opening quote mark before it. */
function opensSentenceAt(ctx: PhraseContext, k: number): boolean {
  const before = ctx.tokens[k - 1];
  return before === undefined || /^[.!?:;“"‘(]$/.test(before.text) || before.kind === 'quote';
}

/** The head nouns of "the day of …", "the end of …": a time, not a title. */
const TIME_HEADS = new Set(['day', 'days', 'end', 'start', 'beginning', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'eve', 'middle', 'rest', 'time']);

/**
 * "The leader of the opposition Green group, Cllr Jo Roe, said", "the show’s organiser in Kelsford, Ada Brook,
 * said": a determiner (and an owner), a lower-case head, then of/for/at/in its body or place.
 */
function headOfBody(ctx: PhraseContext, seg: readonly number[]): boolean {
  if (seg.length < 4 || seg.length > MAX_ROLE_TOKENS || !DETERMINERS.has(lower(ctx.tokens[seg[0]!]))) return false;
  const at = POSSESSIVE.test(ctx.tokens[seg[1]!]!.text) ? 2 : 1;
  const head = ctx.tokens[seg[at]!]!.text;
  return /^\p{Ll}/u.test(head) && !TIME_HEADS.has(head) && /^(?:of|for|at|in)$/.test(lower(ctx.tokens[seg[at + 1] ?? -1]));
}

/**
 * The speaker named after a verb ("said Pete Bungard, chief executive of …"), up to `ceiling`;
 * `pairs`: "said Jo Roe and Sam Lee" names both.
 */
export function phraseAfter(ctx: PhraseContext, start: number, ceiling: number, pairs = true): SpeakerPhrase | null {
  const seg: number[] = [];
  // "said a source involved in the talks": a described speaker keeps its prepositional phrase.
  const described = DETERMINERS.has(lower(ctx.tokens[start]));
  for (let i = start; i < ceiling && seg.length < MAX_PHRASE_TOKENS + 2; i++) {
    const token = ctx.tokens[i]!;
    if (token.kind !== 'word' && !(described && /^[’']s$/.test(token.text)) && !slashBetweenNumbers(ctx, i)) break;
    if (seg.length > 0 && PHRASE_STOPS.has(token.text) && !(described && keptInDescription(ctx, i)) && !joinsTitles(ctx, i)) break;
    // "according to the council report the scheme marked …": a second determiner after a noun opens the clause's subject.
    if (seg.length > 1 && DETERMINERS.has(lower(token)) && !PREPOSITIONS.has(lower(ctx.tokens[i - 1]))) break;
    seg.push(i);
  }
  if (described && seg.length > MAX_PHRASE_TOKENS) seg.length = MAX_PHRASE_TOKENS;
  const titled = described ? titledDescription(ctx, seg) : null;
  if (titled) return titled;
  const bodyJob = bodyJobBeforeName(ctx, seg, ceiling);
  if (bodyJob) return bodyJob;
  const found = phraseOf(ctx, trimToName(ctx, seg));
  const single = found?.kind === 'phrase' && described ? describedName(ctx, seg) ?? found : found;
  if (!single) return null;
  const phrase = pairs ? withPartnerAfter(ctx, single, ceiling) : single;
  if (phrase.partner) return phrase;
  const alias = phrase.kind === 'phrase' ? knownAs(ctx, phrase, ceiling) : null;
  if (alias) return alias;
  const comma = phrase.kind === 'name' && phrase.mention?.title ? afterPlaceOfName(ctx, phrase.last) : phrase.last + 1;
  if (phrase.kind === 'phrase' && ctx.tokens[comma]?.text === ',') {
    const named = apposedName(ctx, comma + 1, ceiling);
    if (named) return { kind: 'name', first: named.firstToken, last: named.lastToken, mention: named, role: { first: phrase.first, last: phrase.last }, partner: null };
  }
  if (phrase.kind !== 'pronoun' && ctx.tokens[comma]?.text === ',' && !phrase.role) phrase.role = roleAfter(ctx, comma + 1, ceiling);
  return phrase;
}

/** "9/11 widow Jane Roe", "24/7 carer Ivo Lind": the slash of a number pair inside a descriptor. */
function slashBetweenNumbers(ctx: PhraseContext, i: number): boolean {
  return ctx.tokens[i]!.text === '/' && /^\d+$/.test(ctx.tokens[i - 1]?.text ?? '') && /^\d+$/.test(ctx.tokens[i + 1]?.text ?? '');
}

/**
 * "… of Kelsford", "… from Harbour Bank" at token `at`, after a name: where the person is from. The
 * token after its capitalised words, or `at` when none stands there.
 */
export function pastPlaceOfName(ctx: PhraseContext, at: number): number {
  const preposition = lowerAt(ctx, at);
  if (preposition !== 'of' && preposition !== 'from') return at;
  let k = at + 1;
  while (ctx.tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(ctx.tokens[k]!.text)) k++;
  return k > at + 1 ? k : at;
}

/**
 * "said Sen. Ivo Marek of Kelsford, a senior member …": past where a titled person is from, up to the
 * comma before the appositive, so the appositive is still read; `last` + 1 when there is no such place.
 * Only after a title: "Jo Roe of Harbex, the mapping agency, …" describes the agency.
 */
function afterPlaceOfName(ctx: PhraseContext, last: number): number {
  const end = pastPlaceOfName(ctx, last + 1);
  return end > last + 1 && ctx.tokens[end]?.text === ',' ? end : last + 1;
}

/** Words between the determiner and the occasion's noun ("in a televised address", "at a hastily called press conference"). */
const MAX_OCCASION_MODIFIERS = 2;

/**
 * A preposition at i that goes on describing the speaker ("a source involved in the talks", "one source
 * on the panel"), not where or when they spoke ("in a statement", "on Monday", "on the day").
 */
function keptInDescription(ctx: PhraseContext, i: number): boolean {
  const word = ctx.tokens[i]!.text;
  if (word === 'on') return lower(ctx.tokens[i + 1]) === 'the' && /^\p{Ll}/u.test(ctx.tokens[i + 2]?.text ?? '') && !TIME_HEADS.has(lower(ctx.tokens[i + 2])) && !namesOccasion(ctx, i);
  return KEPT_IN_DESCRIPTIONS.has(word) && !namesOccasion(ctx, i);
}

/** The preposition at `i` opens a phrase naming the occasion ("in a statement", "at a press conference", "in an interview with"). */
function namesOccasion(ctx: PhraseContext, i: number): boolean {
  let k = i + 1;
  if (DETERMINERS.has(lower(ctx.tokens[k]))) k++;
  for (let end = k + MAX_OCCASION_MODIFIERS + 1; k < end && ctx.tokens[k]?.kind === 'word'; k++) {
    if (OCCASION_NOUNS.has(lower(ctx.tokens[k]).replace(/[,.;:]$/, ''))) return true;
  }
  return false;
}

/** Participles that end a description before the name it goes by ("known as", "identified only as"). */
const ALIAS_PARTICIPLES = new Set(['known', 'identified', 'named', 'called']);

/**
 * "said the night manager known as Bert", "a worker identified only as Bert": a description that
 * runs into "known as" and a name is that name, the description its role.
 */
function knownAs(ctx: PhraseContext, phrase: SpeakerPhrase, ceiling: number): SpeakerPhrase | null {
  let k = phrase.last;
  if (lower(ctx.tokens[k]) === 'only') k--;
  if (!ALIAS_PARTICIPLES.has(lower(ctx.tokens[k])) || lower(ctx.tokens[phrase.last + 1]) !== 'as' || k <= phrase.first) return null;
  const named = namesBetween(ctx, phrase.last + 2, Math.min(ceiling, phrase.last + 6))[0];
  if (!named || named.firstToken !== phrase.last + 2 || named.kind === 'organisation') return null;
  return { kind: 'name', first: named.firstToken, last: named.lastToken, mention: named, role: { first: phrase.first, last: k - 1 }, partner: null };
}

/**
 * "wrote the editors of the “Harbour Almanac,”": a described speaker whose words run into a title
 * in marks after "of the" (or another preposition or determiner) ends with that title.
 */
function titledDescription(ctx: PhraseContext, seg: readonly number[]): SpeakerPhrase | null {
  const title = seg.at(-1)! + 1;
  const before = ctx.tokens[title - 1];
  if (!isTitleInPhrase(ctx.tokens[title] ?? before!, before) || !(PREPOSITIONS.has(lower(before)) || DETERMINERS.has(lower(before)))) return null;
  const preposition = seg.findIndex((i, n) => n > 0 && PREPOSITIONS.has(lower(ctx.tokens[i])));
  const head = phraseOf(ctx, preposition === -1 ? seg : seg.slice(0, preposition));
  return head?.kind === 'phrase' ? { kind: 'phrase', first: seg[0]!, last: title, mention: null, role: null, partner: null } : null;
}

/**
 * "said the minister for harbour affairs Tom Reed": a described speaker that ends in a person's name
 * is that person, the description their role; not "the wife of Tom Reed" (a name after a preposition).
 */
function describedName(ctx: PhraseContext, seg: readonly number[]): SpeakerPhrase | null {
  const name = namesIn(ctx, seg).at(-1);
  if (!name || name.kind !== 'person' || name.lastToken !== seg.at(-1) || name.firstToken <= seg[0]! + 1) return null;
  if (PREPOSITIONS.has(lower(ctx.tokens[name.firstToken - 1])) || POSSESSIVE.test(ctx.tokens[name.firstToken - 1]!.text)) return null;
  return { kind: 'name', first: name.firstToken, last: name.lastToken, mention: name, role: { first: seg[0]!, last: name.firstToken - 1 }, partner: null };
}

/**
 * "said the host’s introducer, actress Jane Lee." / "said a council spokesman, John Smith, …": a
 * name (after a few lower-case descriptor words) that closes the phrase after a described speaker
 * names that speaker.
 */
/**
 * "said HPA technology director, Peter Lind.": a body's name and a job in lower case, then a comma and
 * a person's name: the person speaks, with the rest as the role (not the body the words open with).
 */
function bodyJobBeforeName(ctx: PhraseContext, seg: readonly number[], ceiling: number): SpeakerPhrase | null {
  const last = seg.at(-1);
  if (last === undefined || seg.length < 2 || ctx.tokens[last + 1]?.text !== ',' || !/^\p{Lu}/u.test(ctx.tokens[seg[0]!]!.text)) return null;
  const job = lower(ctx.tokens[last]);
  if (!/^\p{Ll}/u.test(ctx.tokens[last]!.text) || !namesJob(job)) return null;
  const named = apposedName(ctx, last + 2, ceiling);
  return named ? { kind: 'name', first: named.firstToken, last: named.lastToken, mention: named, role: { first: seg[0]!, last }, partner: null } : null;
}

function apposedName(ctx: PhraseContext, start: number, ceiling: number): NameMention | null {
  let k = start;
  while (k < Math.min(ceiling, start + MAX_DESCRIPTOR_TOKENS) && ctx.tokens[k]?.kind === 'word' && /^\p{Ll}/u.test(ctx.tokens[k]!.text) && !PHRASE_STOPS.has(ctx.tokens[k]!.text)) k++;
  const name = namesBetween(ctx, k, Math.min(ceiling, k + MAX_DESCRIPTOR_TOKENS + 2))[0];
  if (!name || name.firstToken !== k || name.kind === 'organisation' || POSSESSIVE.test(ctx.tokens[name.lastToken]!.text)) return null;
  const after = ctx.tokens[name.lastToken + 1];
  return after === undefined || name.lastToken + 1 >= ceiling || /^[.,;]$/.test(after.text) ? name : null;
}

/** Keeps a forward phrase up to the end of its first name ("Smith told" → "Smith"). */
function trimToName(ctx: PhraseContext, seg: number[]): number[] {
  if (seg.length === 0 || DETERMINERS.has(lower(ctx.tokens[seg[0]!]))) return seg;
  // "said Clinton’s introducer, …": a possessive name opens a described speaker.
  if (seg.length > 1 && POSSESSIVE.test(ctx.tokens[seg[0]!]!.text)) return seg;
  const names = namesIn(ctx, seg);
  // "said Concord resident Whit Symms": the last name that a short descriptor run leads up to.
  let name: NameMention | undefined;
  for (const n of names) {
    const between = seg.filter((i) => i < n.firstToken);
    if (between.length > MAX_DESCRIPTOR_TOKENS + 2 || between.some((i) => PREPOSITIONS.has(lower(ctx.tokens[i])))) break;
    if (name && !between.every((i) => i <= name!.lastToken || /^\p{Ll}/u.test(ctx.tokens[i]!.text))) break;
    name = n;
  }
  // "Ofsted inspectors", "Clinton aides": a name used as a modifier of a source noun.
  if (name && SOURCE_NOUNS.has(lower(ctx.tokens[name.lastToken + 1]))) return seg.filter((i) => i <= name.lastToken + 1);
  if (name) return seg.filter((i) => i <= name.lastToken);
  return seg;
}

function roleAfter(ctx: PhraseContext, start: number, ceiling: number): { first: number; last: number } | null {
  const first = ctx.tokens[start];
  if (!first || first.kind !== 'word') return null;
  if (/^(?:who|which|adding|according|saying|noting|in|on|at|during|when|after|before|as|and|but|told|said|says)$/i.test(first.text)) return null;
  let end = start;
  while (end < ceiling && end - start < MAX_ROLE_TOKENS) {
    const token = ctx.tokens[end]!;
    if (token.kind === 'quote' || /^[,.;:!?—–]$/.test(token.text)) break;
    end++;
  }
  if (end === start) return null;
  if (end - start >= MAX_ROLE_TOKENS) {
    // "a professor at X who co-wrote a book on …": too long to show whole, but it names the job before its relative clause.
    let relative = start + 1;
    while (relative < end && !RELATIVE_PRONOUNS.has(lower(ctx.tokens[relative]))) relative++;
    if (relative === end) return null;
    end = relative;
  }
  // "According to Roe, the scheme was “a mess”": words running into a quote, or with a verb right
  // after a short subject ("there were", "he was once"), are the clause after the speaker, not a
  // description of them.
  if (ctx.tokens[end]?.kind === 'quote') return null;
  // A verb inside the description's own relative clause ("an economist who is close to them") is no clause verb.
  let clauseEnd = Math.min(end, start + MAX_CLAUSE_SUBJECT_TOKENS + 1);
  for (let k = start + 1; k < clauseEnd; k++) if (RELATIVE_PRONOUNS.has(lower(ctx.tokens[k]))) clauseEnd = k;
  for (let k = start; k < clauseEnd; k++) if (FINITE_HELPERS.has(lower(ctx.tokens[k]))) return null;
  return { first: start, last: end - 1 };
}

/** A clause after a speaker's comma puts its verb within this many words ("the new scheme was"); a description, if ever, later. */
const MAX_CLAUSE_SUBJECT_TOKENS = 4;

