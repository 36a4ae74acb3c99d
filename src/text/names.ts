// A small capitalised-name finder: people, organisations and places as runs of capitalised words.
// No model and no gazetteer: kinds are guessed from titles ("Mr", "Cllr"), organisation words
// ("Council", "Department"), place cues ("in", "-shire") and acronyms, and may be 'other'.
import { STOPWORDS } from './tokens.js';

import type { NameKind } from '../model.js';
export type { NameKind };

export interface NameMention {
  /** The name as written, titles and possessive dropped: "Paul Hodgkinson". */
  text: string;
  /** Lower-cased, single-spaced: what two mentions must share to be the same name. */
  key: string;
  kind: NameKind;
  start: number;
  end: number;
}

/** A capitalised word ("Ofsted", "McDonald's", "O'Neill") or an acronym ("NHS", "U.S."). */
const CAPITALISED = /^(?:\p{Lu}[\p{L}\p{M}'’-]*|(?:\p{Lu}\.){2,})$/u;
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu;

/** Small words allowed inside a name: "Bank of England", "Department for Education". */
const CONNECTORS = new Set(['of', 'for', 'the', 'and', '&', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'bin', 'on']);

/** Titles that mark the next words as a person; dropped from the name. */
const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'cllr', 'councillor', 'prof', 'professor', 'rev', 'president', 'senator', 'sen', 'rep', 'gov', 'governor', 'judge', 'minister', 'chancellor', 'mayor', 'detective', 'inspector', 'sergeant', 'officer', 'captain', 'general', 'pope', 'king', 'queen', 'prince', 'princess',
  'manager', 'coach', 'chairman', 'chairwoman', 'director', 'secretary', 'leader', 'boss', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'striker', 'midfielder', 'defender', 'goalkeeper', 'actor', 'actress', 'singer', 'star']);

/** Words that make a name an organisation. */
const ORGANISATION_WORDS = new Set(['council', 'department', 'committee', 'association', 'party', 'government', 'ministry', 'university', 'college', 'school', 'hospital', 'police', 'court', 'bank', 'company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'llc', 'group', 'agency', 'office', 'services', 'service', 'commission', 'authority', 'union', 'board', 'foundation', 'institute', 'trust', 'league', 'club', 'fc', 'army', 'navy', 'force', 'parliament', 'congress', 'senate', 'house', 'news', 'times', 'post', 'press', 'network', 'centre', 'center', 'organisation', 'organization', 'federation', 'society', 'church', 'team', 'airlines', 'airways', 'motors', 'industries', 'labs', 'studios', 'records', 'nhs', 'cabinet', 'coalition', 'alliance', 'democrat', 'democrats', 'dem', 'dems', 'republican', 'republicans', 'labour', 'conservative', 'conservatives', 'liberal', 'tory', 'tories']);

/** Words that make a name a place. */
const PLACE_WORDS = new Set(['street', 'road', 'avenue', 'river', 'lake', 'mountain', 'mount', 'island', 'islands', 'county', 'city', 'state', 'province', 'valley', 'bay', 'beach', 'park', 'square', 'bridge', 'airport', 'coast', 'highway', 'kingdom', 'republic', 'north', 'south', 'east', 'west']);
const PLACE_SUFFIX = /(?:shire|land|stan|ia|burg|borough|brough|bury|ton|ford|ville|chester|field|mouth|port|polis)$/;
/** Prepositions that put a single capitalised word in a place: "in Birmingham", "from Kabul". */
const PLACE_CUES = new Set(['in', 'at', 'from', 'near', 'across', 'outside', 'inside', 'into', 'towards']);

/** Capitalised words that are not names even mid-sentence (days, months, pronoun I). */
const NOT_NAMES = new Set(['i', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  sentenceStart: boolean;
  /** Worked out once per token (tokenize): tested several times each. */
  capitalised: boolean;
  nameWord: boolean;
}

/** Connectors may stand inside a name, at most this many in a row ("Chair of the Council"). */
const MAX_CONNECTORS = 2;
/** Acronyms longer than this are shouting, not names ("SERIOUS failures"). */
const MAX_ACRONYM = 5;

/**
 * Every capitalised name in `text`, in order. The first word of a sentence is capitalised anyway:
 * alone it counts only if the text also capitalises it mid-sentence; leading a longer run it is
 * dropped when the text also writes it in lower case.
 */
export function findNames(text: string): NameMention[] {
  const tokens = tokenize(text);
  const lowerUses = new Set<string>();
  const midCapitals = new Set<string>();
  for (const t of tokens) {
    if (!t.word) continue;
    if (!t.capitalised) lowerUses.add(t.lower);
    else if (!t.sentenceStart) midCapitals.add(t.lower);
  }
  const names: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const run = readRun(tokens, i);
    if (run === null) {
      i++;
      continue;
    }
    const mention = toMention(tokens, run, { lowerUses, midCapitals }, text);
    if (mention) names.push(mention);
    i = run.to;
  }
  return names;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let lastEnd = 0;
  let nextNewline = text.indexOf('\n');
  for (const match of text.matchAll(TOKEN)) {
    if (nextNewline !== -1 && nextNewline < match.index) {
      sentenceStart = true;
      nextNewline = text.indexOf('\n', match.index);
    }
    lastEnd = match.index + match[0].length;
    const raw = match[0];
    const first = raw.charCodeAt(0);
    if (raw.length > 1 || isLetterOrDigit(first, raw)) {
      const word = endsWithMark(raw) ? raw.replace(/['’]s$/, '').replace(/['’-]+$/, '') : raw;
      const lower = word.toLowerCase();
      tokens.push(wordToken(word, lower.includes('’') ? lower.replace(/’/g, "'") : lower, match.index, sentenceStart));
      sentenceStart = false;
      continue;
    }
    const previous = tokens.at(-1);
    // The dot of "Mr." or of an initial ("J. Smith") ends no sentence and breaks no name.
    if (first === 46 && previous?.word && (PERSON_TITLES.has(previous.lower) || /^\p{Lu}$/u.test(previous.text))) continue;
    tokens.push({ text: raw, lower: raw, start: match.index, end: lastEnd, word: raw === '&', sentenceStart: false, capitalised: false, nameWord: false });
    if (/[.!?:…]/.test(raw)) sentenceStart = true;
  }
  return tokens;
}

function wordToken(text: string, lower: string, start: number, sentenceStart: boolean): Token {
  const capitalised = isCapitalised(text);
  // A capitalised word starts with an upper-case letter, so it holds a letter.
  const nameWord = capitalised && !(text.length > MAX_ACRONYM && /^\p{Lu}{2,}$/u.test(text)) && !NOT_NAMES.has(lower);
  return { text, lower, start, end: start + text.length, word: true, sentenceStart, capitalised, nameWord };
}

/** A one-character token that is a letter or digit (ASCII answered without a regex). */
function isLetterOrDigit(code: number, char: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return /[\p{L}\p{N}]/u.test(char);
}

/** Ends in an apostrophe, "'s" or a hyphen: /['’](?:s)?$|-$/ without the regex. */
function endsWithMark(raw: string): boolean {
  const last = raw.charCodeAt(raw.length - 1);
  if (last === 39 || last === 0x2019 || last === 45) return true;
  if (last !== 115 || raw.length < 2) return false;
  const before = raw.charCodeAt(raw.length - 2);
  return before === 39 || before === 0x2019;
}

function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  // Lower-case ASCII letters and digits, most words of a text, cannot start a capitalised word.
  if ((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) return false;
  return CAPITALISED.test(word);
}

function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.nameWord;
}

/** "of", "for the", or "and" when the name is already an organisation's ("Department of Health and Social Care"). */
function isConnector(token: Token | undefined, runSoFar: readonly Token[]): boolean {
  if (token === undefined || !token.word || token.capitalised) return token?.text === '&' && hasOrganisationWord(runSoFar);
  if (token.lower === 'and') return hasOrganisationWord(runSoFar);
  return CONNECTORS.has(token.lower);
}

function hasOrganisationWord(tokens: readonly Token[]): boolean {
  return tokens.some((t) => ORGANISATION_WORDS.has(t.lower));
}

/** The run of capitalised words (with connectors inside) that starts at `from`, or null. */
function readRun(tokens: readonly Token[], from: number): { from: number; to: number } | null {
  if (!isNameWord(tokens[from])) return null;
  let to = from + 1;
  while (to < tokens.length) {
    if (isNameWord(tokens[to])) {
      to++;
      continue;
    }
    let k = to;
    while (k - to < MAX_CONNECTORS && isConnector(tokens[k], tokens.slice(from, k))) k++;
    if (k === to || !isNameWord(tokens[k])) break;
    to = k + 1;
  }
  return { from, to };
}

interface Usage {
  lowerUses: ReadonlySet<string>;
  midCapitals: ReadonlySet<string>;
}

function toMention(tokens: readonly Token[], run: { from: number; to: number }, usage: Usage, text: string): NameMention | null {
  let start = run.from;
  let titled = false;
  // A capitalised function word or a title at the front is not part of the name: "The", "In", "Mr".
  while (start < run.to && (STOPWORDS.has(tokens[start]!.lower) || PERSON_TITLES.has(tokens[start]!.lower))) {
    if (PERSON_TITLES.has(tokens[start]!.lower)) titled = true;
    start++;
  }
  const first = tokens[start];
  if (first?.sentenceStart && start === run.from) {
    const alone = run.to - start === 1;
    if (alone ? !usage.midCapitals.has(first.lower) : usage.lowerUses.has(first.lower)) start++;
  }
  let end = run.to;
  while (end > start && !isNameWord(tokens[end - 1])) end--;
  if (end <= start) return null;
  const named = tokens.slice(start, end);
  const words = named.map((t) => t.lower);
  const before = tokens[run.from - 1]?.lower ?? '';
  return {
    text: text.slice(named[0]!.start, named.at(-1)!.end).replace(/\s+/g, ' '),
    key: words.join(' '),
    kind: guessKind(words, named, titled || PERSON_TITLES.has(before), before),
    start: named[0]!.start,
    end: named.at(-1)!.end,
  };
}

function guessKind(words: readonly string[], tokens: readonly Token[], titled: boolean, before: string): NameKind {
  if (titled) return 'person';
  if (words.some((w) => ORGANISATION_WORDS.has(w)) || tokens.some((t) => /^\p{Lu}{2,}$/u.test(t.text))) return 'organisation';
  if (words.some((w) => PLACE_WORDS.has(w)) || (words.length === 1 && PLACE_SUFFIX.test(words[0]!))) return 'place';
  if (PLACE_CUES.has(before)) return 'place';
  if (words.length >= 2 && words.length <= 4 && !words.some((w) => CONNECTORS.has(w))) return 'person';
  return 'other';
}
