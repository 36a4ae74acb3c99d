// Is a quoted span speech, and whole or part of a sentence? Marks also frame labels ("rated
// ‘inadequate’"), titles ("on Fox’s “Hannity”"), and scare quotes ("an ‘inadequate’ report"):
// those are `term`, never speech. A speech quote is `full` when it stands as a sentence of its own
// (opens a sentence, or follows a colon, a comma or the speech verb, with a capital) and `partial`
// when it is woven into reported speech.
import type { ParagraphContext } from './quote-context.js';
import { sentenceRange } from './quote-context.js';
import { BE_FORMS, DETERMINERS, LABEL_VERBS, NOUN_LIKE_CUES, PERSON_PRONOUNS, SPEECH_VERBS, STRONG_SPEECH_VERBS } from './cue-words.js';
import type { QuoteKind } from '../model.js';
import { wordCount } from '../text/word-count.js';

/** Quotes this short can be labels, attributive scare quotes or repeated terms. */
export const MAX_TERM_WORDS = 3;
/** Words between a label verb and its quoted label ("labelled them as ‘…’"). */
export const MAX_LABEL_GAP = 3;
/** A title in quotes is rarely longer than this. */
export const MAX_TITLE_WORDS = 8;
/** "the council’s ‘services for children …’": a possessed quote names a thing, up to this length. */
export const MAX_POSSESSED_WORDS = 20;

const FUNCTION_WORDS = new Set(`of to in and or for with that as by on at from but is are was were be been has have had
  which who when where while than if so because into about after before over under per a an the this these those it its
  their his her they he she we i you not no nor yet also said says told added according more less most`.split(/\s+/));

const PASSIVE_AUX = new Set([...BE_FORMS, "it's"]);

export interface KindInput {
  context: ParagraphContext;
  quoteToken: number;
  text: string;
  paragraphs: number;
  /** True when speech rules found a verb or a speaker for this quote. */
  attributed: boolean;
  /** True when an agent ("… by X") or a speech verb links the quote to its speaker. */
  agentOrSpeech: boolean;
  /** True when the attribution’s cue is a speech or judging verb ("said", "praised") or "according to"; false for another verb or none. */
  speechCue: boolean;
  /** How often this text (lower case) is quoted in the article. */
  timesQuoted: number;
}


export function quoteKind(input: KindInput): QuoteKind {
  if (input.paragraphs > 1) return 'full';
  if (isTerm(input)) return 'term';
  return standsAlone(input) ? 'full' : 'partial';
}

function isTerm(input: KindInput): boolean {
  const words = wordCount(input.text);
  const short = words <= MAX_TERM_WORDS && !/[.!?,;:]$/.test(input.text);
  if (afterLabelVerb(input) && !input.agentOrSpeech) return true;
  if (isTitle(input, words)) return true;
  if (short && isAttributive(input)) return true;
  if (short && !input.speechCue && afterDeterminer(input)) return true;
  if (short && isListedExample(input.context, input.quoteToken)) return true;
  // A short phrase quoted again and again with nobody saying it is a label ("‘inadequate’").
  if (short && input.timesQuoted >= 2 && !input.attributed) return true;
  if (!input.attributed && isTitleCase(input.text, words)) return true;
  return !input.attributed && !startsSentenceLike(input.text, words);
}

/** "How the Grinch Stole Christmas," / "America with Jorge Ramos": a name or title, not a sentence. */
function isTitleCase(text: string, words: number): boolean {
  if (words < 2 || words > MAX_TITLE_WORDS) return false;
  const long = text.replace(/[^\p{L}\p{N}\s'’-]/gu, '').split(/\s+/).filter((w) => w.length >= 4);
  return long.length > 0 && long.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

function lowerAt(input: KindInput, i: number): string {
  return input.context.tokens[i]?.text.toLowerCase() ?? '';
}

/** "labelled them as ‘inadequate’", "so-called “experts”", "was called “…”", "known as “…”". */
function afterLabelVerb(input: KindInput): boolean {
  const [s0] = sentenceRange(input.context, input.quoteToken);
  for (let i = input.quoteToken - 1; i >= Math.max(s0, input.quoteToken - 1 - MAX_LABEL_GAP); i--) {
    const word = lowerAt(input, i);
    if (input.context.tokens[i]!.kind === 'quote') return false;
    if (LABEL_VERBS.has(word) || word === 'so-called') return true;
    if (word === 'known' && lowerAt(input, i + 1) === 'as') return true;
    if ((word === 'called' || word === 'named') && PASSIVE_AUX.has(lowerAt(input, i - 1))) return true;
  }
  return false;
}

/** "on Fox’s “Hannity”", "the review of the council’s ‘services for children …’": a named thing. */
function isTitle(input: KindInput, words: number): boolean {
  const before = input.context.tokens[input.quoteToken - 1];
  if (!before) return false;
  if (/[’']s$|s[’']$/.test(before.text) && before.kind === 'word') return words <= MAX_POSSESSED_WORDS;
  // "on Harbour News’ “Kelsford Tonight”": a plural's possessive mark stands as a token of its own; only a
  // title-case quote is a title there ("the parties’ “lies and spin”" is words someone said).
  if (/^[’']$/.test(before.text) && /s$/.test(input.context.tokens[input.quoteToken - 2]?.text ?? '')) return words <= MAX_TITLE_WORDS && isTitleCase(input.text, Math.max(words, 2));
  if (words > MAX_TITLE_WORDS) return false;
  const titleCase = words >= 2 && input.text.split(/\s+/).every((w) => w.length < 4 || /^[\p{Lu}\p{N}"“‘']/u.test(w));
  // "his reality TV show, “The Harbour Game,”": the kind of work may stand before a comma.
  const named = before.text === ',' ? input.context.tokens[input.quoteToken - 2] : before;
  return titleCase && named !== undefined && (named === before ? TITLE_INTRODUCERS : WORK_NOUNS).has(named.text.toLowerCase());
}

/** Kinds of work a title may follow, directly or after a comma ("the film “…”", "the show, “…”"). */
const WORK_NOUNS = new Set(['film', 'movie', 'book', 'show', 'programme', 'program', 'song', 'album', 'series', 'podcast', 'column',
  'documentary', 'newspaper', 'magazine', 'play', 'novel', 'memoir']);
/** Words a title follows directly ("on “…”", "the “…”", "the slogan “…”"): the kinds of work and a few more. */
const TITLE_INTRODUCERS = new Set([...WORK_NOUNS, 'on', 'in', 'of', 'titled', 'entitled', 'called', 'named', 'dubbed', 'the', 'slogan']);

/** "an ‘inadequate’ report": a short quote used as an adjective before a noun. */
function isAttributive(input: KindInput): boolean {
  const before = input.context.tokens[input.quoteToken - 1];
  const modifies = before !== undefined && (DETERMINERS.has(before.text.toLowerCase()) || before.text === ',' || /[’']s$/.test(before.text));
  if (!modifies) return false;
  const after = input.context.tokens[input.quoteToken + 1];
  if (!after || after.kind !== 'word' || !/^\p{Ll}/u.test(after.text)) return false;
  const next = after.text.toLowerCase();
  // "the ‘inadequate’ said": a verb after the quote; but "his “Nazi” comment", "her ‘deplorables’ remark" name a remark.
  if (FUNCTION_WORDS.has(next) || (STRONG_SPEECH_VERBS.has(next) && !(NOUN_LIKE_CUES.has(next) && before.kind === 'word'))) return false;
  return !/[.!?,;:]$/.test(input.text);
}

/**
 * "gave the bank a ‘put option’", "stored on a ‘gamer card’": a short quote that a determiner opens is a
 * noun phrase of its sentence; when no speech verb ties it to anyone, it names a thing.
 */
function afterDeterminer(input: KindInput): boolean {
  const before = input.context.tokens[input.quoteToken - 1];
  return before !== undefined && before.kind === 'word' && DETERMINERS.has(before.text.toLowerCase());
}

/**
 * "terms such as ‘hurricane’ or ‘flood’", "such as ‘affect’ and ‘effect’": a short quote given as an
 * example, or joined by "or"/"and" to one, names a word or a thing; nobody says it.
 */
function isListedExample(context: ParagraphContext, quoteToken: number): boolean {
  const word = (i: number) => (context.tokens[i]?.kind === 'word' ? context.tokens[i]!.text.toLowerCase() : '');
  const before = quoteToken - 1;
  if (word(before) === 'as' && word(before - 1) === 'such') return true;
  const joined = (word(before) === 'or' || word(before) === 'and') && context.tokens[before - 1]?.kind === 'quote';
  return joined && word(before - 2) === 'as' && word(before - 3) === 'such';
}

/** Could this be a sentence someone said: capitalised, or long enough to be more than a phrase? */
export function startsSentenceLike(text: string, words = wordCount(text)): boolean {
  const first = text.replace(/^[\s\[(.…'"‘“-]+/, '');
  return /^[\p{Lu}\p{N}]/u.test(first) && words >= 2 || words >= 8;
}

/** A full quote opens its sentence or follows a colon, comma or speech verb, with a capital. */
function standsAlone(input: KindInput): boolean {
  const first = input.text.replace(/^[\s\[(.…'"‘“-]+/, '');
  if (!/^[\p{Lu}\p{N}]/u.test(first)) return false;
  const [s0] = sentenceRange(input.context, input.quoteToken);
  if (continuesSentence(input)) return false;
  if (s0 === input.quoteToken) return true;
  const before = input.context.tokens[input.quoteToken - 1]!;
  return before.text === ':' || before.text === ',' || SPEECH_VERBS.has(before.text.toLowerCase());
}

/** "‘SERIOUS failures’ have been identified": the quote is a phrase inside a sentence that goes on. */
function continuesSentence(input: KindInput): boolean {
  if (/[.!?,;:—–-]$/.test(input.text)) return false;
  const after = input.context.tokens[input.quoteToken + 1];
  if (!after || after.kind !== 'word' || !/^\p{Ll}/u.test(after.text)) return false;
  const word = after.text.toLowerCase();
  return !PERSON_PRONOUNS.has(word) && word !== 'they' && word !== 'it' && word !== 'we' && !SPEECH_VERBS.has(word);
}
