// Which quotes the compared articles share, which they render differently, and which only one has.
import type { Quote, QuoteGroup, QuoteGroupMember, QuoteMatch, SpeakerCoverage } from '../model.js';
import { alignWords, diffWords, indexOfWords, isContentWord, quoteWords, type QuoteWord } from './wording.js';

/** A fragment must be this long (letters, normalised) to be found inside or beside another quote: "too long" is not evidence. */
export const MIN_MATCH_CHARS = 10;
/** Near-identical: this share of the shorter quote's words must match, in order… */
export const VARIANT_MIN_SHARE = 0.6;
/** …packed this densely in the stretch of the longer quote they span (no words picked from all over it)… */
export const VARIANT_MIN_DENSITY = 0.6;
/** …and at least this many of them, one a content word; fewer only when they are the whole shorter quote ("widespread failings"). */
export const VARIANT_MIN_WORDS = 3;

interface PreparedQuote {
  article: number;
  index: number;
  quote: Quote;
  words: QuoteWord[];
}

/** How quote `b` relates to quote `a`, or null when they are different quotes. */
export function matchQuotes(a: Quote, b: Quote): QuoteMatch | null {
  return matchWords(a, quoteWords(a.text), b, quoteWords(b.text));
}

function matchWords(a: Quote, wa: readonly QuoteWord[], b: Quote, wb: readonly QuoteWord[]): QuoteMatch | null {
  if (wa.length === 0 || wb.length === 0) return null;
  if (wa.length === wb.length && wa.every((w, i) => w.norm === wb[i]!.norm)) return 'same';
  const [shortQuote, shortWords, longWords] = wa.length <= wb.length ? [a, wa, wb] : [b, wb, wa];
  if (shortWords.length < 2 || normalisedLength(shortWords) < MIN_MATCH_CHARS || !shortWords.some(isContentWord)) return null;
  if (indexOfWords(longWords, shortWords) >= 0) {
    return shortQuote.kind === 'full' ? 'truncated' : 'contained';
  }
  return isNearIdentical(shortWords, longWords) ? 'reworded' : null;
}

function normalisedLength(words: readonly QuoteWord[]): number {
  return words.reduce((sum, w) => sum + w.norm.length, 0);
}

function isNearIdentical(shorter: readonly QuoteWord[], longer: readonly QuoteWord[]): boolean {
  const pairs = alignWords(shorter, longer);
  if (pairs.length < VARIANT_MIN_SHARE * shorter.length) return false;
  if (pairs.length < VARIANT_MIN_WORDS && (pairs.length < 2 || pairs.length < shorter.length)) return false;
  if (!pairs.some(([i]) => isContentWord(shorter[i]!))) return false;
  const spanShort = pairs.at(-1)![0] - pairs[0]![0] + 1;
  const spanLong = pairs.at(-1)![1] - pairs[0]![1] + 1;
  return pairs.length >= VARIANT_MIN_DENSITY * spanLong && pairs.length >= VARIANT_MIN_DENSITY * spanShort;
}

/**
 * Groups the quotes of several articles (`quotesPerArticle[i]` are article i's): quotes that match
 * across articles join one group. Groups come in order of their first quote (article, then position).
 */
export function groupQuotes(quotesPerArticle: readonly (readonly Quote[])[]): QuoteGroup[] {
  const prepared: PreparedQuote[] = quotesPerArticle.flatMap((quotes, article) =>
    quotes.map((quote, index) => ({ article, index, quote, words: quoteWords(quote.text) })));
  const parent = prepared.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      const a = prepared[i]!;
      const b = prepared[j]!;
      if (a.article === b.article || find(i) === find(j)) continue;
      if (matchWords(a.quote, a.words, b.quote, b.words) !== null) parent[find(j)] = find(i);
    }
  }
  const byRoot = new Map<number, PreparedQuote[]>();
  prepared.forEach((q, i) => {
    const root = find(i);
    byRoot.set(root, [...(byRoot.get(root) ?? []), q]);
  });
  return [...byRoot.values()].map(toGroup);
}

/**
 * A group's first member is its reference: the quote the most members of other articles match
 * word for word (then the longest, then the earliest). Others get their match and diff against it. The group is
 * `shared` when the same words (or a fragment of them) are in two or more articles, whatever
 * variants also joined it; `variant` when the articles only have near-identical wordings.
 */
function toGroup(members: PreparedQuote[]): QuoteGroup {
  const exact = (a: PreparedQuote, b: PreparedQuote) => {
    const match = matchWords(a.quote, a.words, b.quote, b.words);
    return match === 'same' || match === 'contained';
  };
  const agreement = members.map((m) => members.filter((o) => o.article !== m.article && exact(m, o)).length);
  // Ties go to the longest wording (it holds the others), then to the earliest.
  let best = 0;
  members.forEach((m, i) => {
    const lead = members[best]!;
    if (agreement[i]! > agreement[best]! || (agreement[i] === agreement[best] && m.words.length > lead.words.length)) best = i;
  });
  const reference = members[best]!;
  const ordered = [reference, ...members.filter((_, i) => i !== best)];
  const shortest = members.reduce((a, b) => (b.words.length < a.words.length ? b : a));
  const out: QuoteGroupMember[] = ordered.map((m, i) => {
    const match = i === 0 ? null : matchWords(reference.quote, reference.words, m.quote, m.words) ?? 'reworded';
    return {
      article: m.article, quote: m.quote, match,
      diff: match === null || match === 'same' ? null : diffWords(reference.words, m.words),
      excerpt: excerptAround(m.quote.text, m.words, shortest.words),
    };
  });
  const articles = new Set(members.map((m) => m.article));
  const exactArticles = new Set(out.filter((m) => m.match === null || m.match === 'same' || m.match === 'contained').map((m) => m.article));
  const kind = articles.size === 1 ? 'only' : exactArticles.size > 1 ? 'shared' : 'variant';
  return { kind, members: out };
}

/** A quote longer than this many words is shown as an excerpt around what it shares with the group. */
export const EXCERPT_MIN_WORDS = 30;
/** Words of context kept either side of the shared words in an excerpt. */
export const EXCERPT_CONTEXT_WORDS = 6;

/** "… has now deteriorated significantly …" out of a long quote; null when the quote is short enough to show whole. */
function excerptAround(text: string, words: readonly QuoteWord[], focus: readonly QuoteWord[]): string | null {
  if (words.length <= EXCERPT_MIN_WORDS || focus === words) return null;
  const pairs = alignWords(focus, words);
  if (pairs.length === 0) return null;
  const from = Math.max(0, pairs[0]![1] - EXCERPT_CONTEXT_WORDS);
  const to = Math.min(words.length, pairs.at(-1)![1] + 1 + EXCERPT_CONTEXT_WORDS);
  const shown = text.slice(words[from]!.start, words[to - 1]!.end).replace(/\s+/g, ' ');
  return `${from > 0 ? '… ' : ''}${shown}${to < words.length ? ' …' : ''}`;
}

/** Titles dropped before matching speakers across outlets: "Mr Bungard" is "Pete Bungard". */
const SPEAKER_TITLES = /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|cllr|councillor|prof|professor|rev|president|senator|sen|rep|gov|governor)\.?\s+/i;

/** The part of a speaker's name two outlets most likely share: a person's surname, else the whole lower-cased name. */
export function speakerKey(speaker: string): string {
  const plain = speaker.trim().replace(SPEAKER_TITLES, '').replace(/['’]s$/, '');
  const words = plain.split(/\s+/).filter(Boolean);
  const looksLikePerson = words.length >= 1 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
  return (looksLikePerson ? words.at(-1)! : plain).toLowerCase().replace(/’/g, "'");
}

/** Who each article quotes, and how often: speakers matched across articles by speakerKey. Most quoted first. */
export function speakerCoverage(quotesPerArticle: readonly (readonly Quote[])[]): SpeakerCoverage[] {
  const rows = new Map<string, SpeakerCoverage>();
  quotesPerArticle.forEach((quotes, article) => {
    for (const quote of quotes) {
      const key = quote.speaker === null ? '' : speakerKey(quote.speaker);
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { speaker: quote.speaker, quotes: quotesPerArticle.map(() => 0) }));
      if (row.speaker !== null && quote.speaker !== null && quote.speaker.length > row.speaker.length) row.speaker = quote.speaker;
      row.quotes[article]!++;
    }
  });
  const total = (r: SpeakerCoverage) => r.quotes.reduce((s, n) => s + n, 0);
  return [...rows.values()].sort((a, b) => Number(a.speaker === null) - Number(b.speaker === null) || total(b) - total(a) || codePointOrder(a.speaker ?? '', b.speaker ?? ''));
}

function codePointOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
