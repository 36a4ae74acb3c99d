// Names an article only ever uses to open a sentence ("Marek openly admitted that his plan …"): the
// name finder knows a capitalised word as a name only when it also appears mid-sentence, so a
// surname that always opens its sentence goes unseen, and "he said" reaches past it. Such a word is
// taken as a name when the article never writes it in lower case, a lower-case word (its verb)
// follows, and a personal pronoun soon after tells that it is a person.
import type { ParagraphContext } from './quote-context.js';
import { isCapitalised, startsSentence, stripPossessive } from './entities.js';
import { AUXILIARIES, DETERMINERS, SOURCE_NOUNS, SPEECH_VERBS } from './cue-words.js';

/**
 * The pronoun must come within this many tokens of the word. More finds pronouns further into the
 * sentence; fewer keeps out pronouns of someone else it goes on to talk about.
 */
const MAX_PRONOUN_GAP = 8;

/**
 * Pronouns that may stand for the subject of their clause: "Roe admitted that his …", "Roe said
 * she …". Not an object form ("Audiences can expect him …" is about someone else).
 */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'his', 'himself', 'herself']);

/**
 * Punctuation that ends the word's clause: the pronoun must be in it ("Minutes later, she …" has
 * a subject of its own after the comma).
 */
const CLAUSE_END = new Set(['.', '!', '?', ',', ';', ':', '—', '–']);

/** Capitalised sentence openers of the article that a pronoun soon after shows to be people's names. */
export function openingNames(contexts: readonly ParagraphContext[], knownCaps: ReadonlySet<string>): Set<string> {
  // The article's lower-case words, gathered only once a candidate needs them: most articles have
  // none (a set of every word of every article was a large share of this function's time).
  let lower: Set<string> | null = null;
  const found = new Set<string>();
  for (const context of contexts) {
    const tokens = context.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word' || !isCapitalised(token.text) || !startsSentence(tokens as never, i)) continue;
      const word = stripPossessive(token.text);
      // "Officials", "Asked", "Earlier": a word the article also writes in lower case, or a participle or adverb, is no name.
      if (word !== token.text || knownCaps.has(word) || !opensAsName(context, i, word)) continue;
      lower ??= lowerCaseWords(contexts);
      if (!lower.has(word.toLowerCase())) found.add(word);
    }
  }
  return found;
}

/**
 * A plain capitalised word with its verb and a pronoun, a quote it introduces or reports, or an aside
 * and a speech verb; a word shaped like a body's or a Scottish/Irish name ("Ofsted", "KelCo", "McKee",
 * "O’Hara") only when a reporting verb and a quote follow it.
 */
function opensAsName(context: ParagraphContext, i: number, word: string): boolean {
  if (looksLikeSurname(word)) return verbAndPronounFollow(context, i) || introducesQuote(context, i) || reportsQuoteAfter(context, i) || asideThenSpeechVerb(context, i);
  return looksLikeBodyName(word) && reportsQuoteAfter(context, i, MAX_TOKENS_TO_QUOTE_AFTER_BODY_NAME);
}

/** A capital, then letters (at least one lower-case) and apostrophes, and no plural "s" ("Ofsted", "DrKW", "McKee", "O’Hara"). */
function looksLikeBodyName(word: string): boolean {
  return /^\p{Lu}[\p{L}’']*\p{L}$/u.test(word) && /\p{Ll}/u.test(word) && !/s$/.test(word) && !NUMBER_WORDS.has(word.toLowerCase());
}

/** Every word the article writes in lower case. */
function lowerCaseWords(contexts: readonly ParagraphContext[]): Set<string> {
  const lower = new Set<string>();
  for (const context of contexts) for (const token of context.tokens) if (token.kind === 'word' && !isCapitalised(token.text)) lower.add(token.text);
  return lower;
}

/**
 * A verb right after the word ("admitted", "says", "has", an adverb first: "openly admitted"), then
 * a subject pronoun before any capital, quote or clause end. Only a verb: "Pretty soon he …",
 * "Sometimes he …" open with a word that is no subject.
 */
function verbAndPronounFollow(context: ParagraphContext, i: number): boolean {
  const tokens = context.tokens;
  let v = i + 1;
  if (/^\p{Ll}+ly$/u.test(tokens[v]?.text ?? '')) v++;
  if (!isVerbLike(tokens[v]?.text ?? '')) return false;
  for (let k = v + 1; k < Math.min(tokens.length, i + 1 + MAX_PRONOUN_GAP); k++) {
    const token = tokens[k]!;
    if (token.kind === 'quote' || CLAUSE_END.has(token.text) || isCapitalised(token.text)) return false;
    if (SUBJECT_PRONOUNS.has(token.text.toLowerCase())) return true;
  }
  return false;
}

/**
 * "Marek said, “…”", "Marek went on to say: “…”": lower-case words up to a speech verb, then a comma or
 * colon and a quote. Whoever opens such a sentence is the one quoted, so a person or a body by name.
 */
function introducesQuote(context: ParagraphContext, i: number): boolean {
  const tokens = context.tokens;
  for (let v = i + 1; v <= i + MAX_WORDS_TO_SPEECH_VERB && v < tokens.length; v++) {
    const word = tokens[v]!.text;
    if (!/^\p{Ll}+$/u.test(word)) return false;
    if (SPEECH_VERBS.has(word)) return /^[,:]$/.test(tokens[v + 1]?.text ?? '') && tokens[v + 2]?.kind === 'quote';
  }
  return false;
}

/** Reporting verbs that, right after a sentence-opening capital, make it the subject of an attribution. */
const REPORTING_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'asked', 'replied', 'wrote', 'writes', 'warned',
  'insisted', 'explained', 'declared', 'announced', 'admitted', 'argued', 'recalled']);

/** Sentence openers that take a reporting verb but name nobody ("Staff said: …", "Everyone told me: …"). */
const NAMELESS_OPENERS = new Set(['everyone', 'everybody', 'nobody', 'someone', 'somebody', 'staff', 'management', 'police', 'one']);

/** From a reporting verb to the quote it introduces in its sentence: "Eminem told the crowd at the awards: “…”". */
const MAX_TOKENS_TO_QUOTE = 12;
/**
 * The same reach for a word shaped like a body's name ("Ofsted said the report was …, “…”"): its shape
 * already says it is a name, so a quote further into the sentence is enough; a plain word needs it close.
 */
const MAX_TOKENS_TO_QUOTE_AFTER_BODY_NAME = 30;

/**
 * "Eminem told the crowd: “…”", "Arnesen said the club was sad to see him go: “…”": a reporting verb
 * right after the word (an -ly adverb may come between), and a quote later in the same sentence.
 */
function reportsQuoteAfter(context: ParagraphContext, i: number, reach = MAX_TOKENS_TO_QUOTE): boolean {
  const tokens = context.tokens;
  const word = tokens[i]!.text.toLowerCase();
  if (NAMELESS_OPENERS.has(word) || SOURCE_NOUNS.has(word) || DETERMINERS.has(word)) return false;
  let v = i + 1;
  if (/^\p{Ll}+ly$/u.test(tokens[v]?.text ?? '')) v++;
  if (!REPORTING_VERBS.has(tokens[v]?.text ?? '')) return false;
  for (let k = v + 1; k < Math.min(tokens.length, v + 1 + reach); k++) {
    if (tokens[k]!.kind === 'quote') return true;
    if (/^[.!?;]$/.test(tokens[k]!.text)) return false;
  }
  return false;
}

/**
 * "Nike, which makes shoes, said …", "Marek, the club's owner, told …": an aside set off by commas,
 * opened by a relative pronoun or an article, then a speech verb. Only a subject has such an aside.
 */
function asideThenSpeechVerb(context: ParagraphContext, i: number): boolean {
  const tokens = context.tokens;
  if (tokens[i + 1]?.text !== ',' || !ASIDE_FIRST_WORDS.has(tokens[i + 2]?.text ?? '')) return false;
  for (let k = i + 3; k < Math.min(tokens.length, i + 3 + MAX_ASIDE_TOKENS); k++) {
    const token = tokens[k]!;
    if (token.kind === 'quote' || /^[.!?;:]$/.test(token.text)) return false;
    if (token.text === ',') return SPEECH_VERBS.has(tokens[k + 1]?.text ?? '');
  }
  return false;
}

/** Words that open an aside after a subject: a relative pronoun or an article. */
const ASIDE_FIRST_WORDS = new Set(['which', 'who', 'whose', 'the', 'a', 'an']);
/** An aside between a subject and its speech verb is at most this many tokens; longer ones are rare. */
const MAX_ASIDE_TOKENS = 12;

/** Words from the name to its speech verb: "went on to say" is four. More reaches longer verb phrases, which are rare. */
const MAX_WORDS_TO_SPEECH_VERB = 4;

/** A lower-case finite verb by its form: a past ("admitted"), a present ("argues"), a helper or a speech verb. */
function isVerbLike(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  return AUXILIARIES.has(word) || SPEECH_VERBS.has(word) || /(?:ed|s)$/.test(word);
}

/** Number words open sentences ("Three aides said his …") but name nobody. */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens']);

/**
 * A capitalised word of letters that is not a participle, adverb or plural ("Asked", "Earlier",
 * "Critics": a surname ending in -s is lost, and usually also written mid-sentence), nor in capitals
 * ("WINNING") nor a number word.
 */
function looksLikeSurname(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !/(?:ing|ed|ly|s)$/.test(word) && !NUMBER_WORDS.has(word.toLowerCase());
}
