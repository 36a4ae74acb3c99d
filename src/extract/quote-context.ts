// The running text around quotes, as tokens: each paragraph's words and punctuation, with every
// top-level quote standing in as one `quote` token. Attribution patterns ("…,” he said",
// "X said: “…") are then plain token sequences. Sentence ends are marked on the tokens here
// (a period, ? or ! before a capital, or a quote ending in one), independent of the article's
// sentence splitter.
import type { TextRange } from './quote-spans.js';
import { wordTokens } from '../text/word-tokens.js';

export interface ContextToken {
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'quote';
  /** For a quote token: the index of the quote in the top-level list; else -1. */
  quote: number;
}

export interface ParagraphContext {
  index: number;
  tokens: ContextToken[];
  /** sentenceOf[i]: index into `sentenceStarts` of the sentence holding token i. */
  sentenceOf: number[];
  /** Token index where each sentence starts; a sentence runs to the next start. */
  sentenceStarts: number[];
  /** Tokens that open a line of a paragraph broken over lines (never its first token), in order. */
  lineStarts: readonly number[];
}

/** Whether token `token` is the first of its sentence. */
export function opensSentence(context: ParagraphContext, token: number): boolean {
  return context.sentenceStarts[context.sentenceOf[token]!] === token;
}

export interface QuoteRegion extends TextRange {
  /** The index of the quote in the top-level list; negative for a region skipped (a nickname inside a name). */
  quote: number;
  /** The words inside the marks in this paragraph. */
  inner: TextRange;
}

/** Builds one paragraph's tokens; `regions` are this paragraph's quote regions in text order. */
export function paragraphContext(text: string, paragraph: TextRange & { index: number }, regions: readonly QuoteRegion[]): ParagraphContext {
  const tokens: ContextToken[] = [];
  // Where a he/she’s "’s" stands, for hasBeforeParticiples (most paragraphs have none: no array made).
  let heIs: number[] | null = null;
  let from = paragraph.start;
  const words = (to: number) => {
    // Reuse the tokens as context tokens (one allocation per word: large articles are GC-bound).
    for (const t of wordTokens(text, from, to) as ContextToken[]) {
      t.quote = -1;
      const clitic = pronounCliticAt(t.text);
      if (clitic > 0) {
        const pronoun = text.slice(t.start, t.start + clitic);
        const auxiliary = auxiliaryOf(t.text.slice(clitic + 1));
        if (auxiliary === 'is' && /^(?:he|she)$/i.test(pronoun)) (heIs ??= []).push(tokens.length + 1);
        tokens.push(wordOf(pronoun, t.start, t.start + clitic), wordOf(auxiliary, t.start + clitic, t.end));
        continue;
      }
      tokens.push(t);
    }
  };
  for (const region of regions) {
    words(region.start);
    // A nickname inside a name ("Jane “Jojo” Roe"): skipped, so the name's words stand side by side.
    if (region.quote < 0) { from = region.end; continue; }
    tokens.push({ text: text.slice(region.inner.start, region.inner.end), start: region.start, end: region.end, kind: 'quote', quote: region.quote });
    from = region.end;
  }
  words(paragraph.end);
  if (heIs) hasBeforeParticiples(tokens, heIs);
  const { sentenceOf, sentenceStarts } = markSentences(tokens);
  return { index: paragraph.index, tokens, sentenceOf, sentenceStarts, lineStarts: tokensOpeningLines(text, tokens, paragraph.end) };
}

/**
 * "He’s", "they’ve", "said it’s": a pronoun and the auxiliary it carries. Not a capitalised "It’s": a
 * sentence's opening "it" is mostly an empty subject ("It’s become clear that Roe …").
 */
const PRONOUN_CLITIC = /^(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|it)['’](?:s|re|ve|d|ll|m)$/;
/** The auxiliary a contraction stands for: the rules read "He’s claiming" as "He is claiming" (offsets still cover "’s"). */
const CLITIC_AUXILIARIES: Readonly<Record<string, string>> = { s: 'is', re: 'are', ve: 'have', d: 'would', ll: 'will', m: 'am' };

/** Where the auxiliary of a pronoun contraction starts; 0 for other words (most words have no apostrophe: no regex run). */
function pronounCliticAt(word: string): number {
  if (word.length > 7) return 0;
  const curly = word.indexOf('’');
  const mark = curly === -1 ? word.indexOf("'") : curly;
  return mark > 0 && PRONOUN_CLITIC.test(word) ? mark : 0;
}

/** Past participles not ending in "-ed" that follow "he’s" as "he has" ("he’s said", "she’s been"). */
const IRREGULAR_PARTICIPLES = new Set(['been', 'said', 'told', 'made', 'done', 'gone', 'got', 'gotten', 'given', 'taken', 'seen', 'known',
  'become', 'written', 'shown', 'kept', 'held', 'won', 'lost', 'spent', 'put', 'run', 'come', 'brought', 'thought', 'left', 'found', 'sent', 'paid']);

/** "He’s maintained that …": the "’s" of he/she (at `heIs`) before a past participle is "has", not "is" (which would read as a passive). */
function hasBeforeParticiples(tokens: ContextToken[], heIs: readonly number[]): void {
  for (const i of heIs) {
    const next = tokens[i + 1]?.text ?? '';
    if (/^\p{Ll}+ed$/u.test(next) || IRREGULAR_PARTICIPLES.has(next)) tokens[i] = wordOf('has', tokens[i]!.start, tokens[i]!.end);
  }
}

function auxiliaryOf(clitic: string): string {
  return CLITIC_AUXILIARIES[clitic.toLowerCase()] ?? clitic;
}

function wordOf(text: string, start: number, end: number): ContextToken {
  return { text, start, end, kind: 'word', quote: -1 };
}

const NO_LINE_STARTS: readonly number[] = [];

/** The tokens that come first after a line break before `end` (most paragraphs are one line: no array made). */
function tokensOpeningLines(text: string, tokens: readonly ContextToken[], end: number): readonly number[] {
  if (tokens.length === 0) return NO_LINE_STARTS;
  let lineBreak = text.indexOf('\n', tokens[0]!.start);
  if (lineBreak === -1 || lineBreak >= end) return NO_LINE_STARTS;
  const starts: number[] = [];
  for (let i = 1; i < tokens.length && lineBreak !== -1 && lineBreak < end; i++) {
    if (tokens[i]!.start < lineBreak) continue;
    starts.push(i);
    lineBreak = text.indexOf('\n', tokens[i]!.start);
  }
  return starts;
}

const SENTENCE_END = /^[.!?]$/;
// Honorifics too ("… in Kelsford, N.Y. Mr. Roe had asked"), but not "Sen."/"Rep.", which follow "U.S.".
const SENTENCE_OPENERS = new Set(['He', 'She', 'They', 'It', 'We', 'I', 'The', 'But', 'And', 'In', 'This', 'That', 'His', 'Her',
  'Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms']);
const QUOTE_ENDS_SENTENCE = /[.!?]['"’”)\]]*$/;

function beginsSentence(token: ContextToken | undefined): boolean {
  if (!token) return false;
  if (token.kind === 'quote') return true;
  return /^[\p{Lu}\p{N}(“‘"']/u.test(token.text);
}

function markSentences(tokens: readonly ContextToken[]): { sentenceOf: number[]; sentenceStarts: number[] } {
  const sentenceOf: number[] = new Array<number>(tokens.length);
  const sentenceStarts: number[] = [0];
  for (let i = 0; i < tokens.length; i++) {
    sentenceOf[i] = sentenceStarts.length - 1;
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const ends = token.kind === 'punct' ? SENTENCE_END.test(token.text) && beginsSentence(next)
      : token.kind === 'quote' ? QUOTE_ENDS_SENTENCE.test(token.text) && next !== undefined && next.kind === 'word' && /^\p{Lu}/u.test(next.text)
        // "… at 7 p.m. He says": an abbreviation ends the sentence when a typical sentence opener follows.
        : token.text.endsWith('.') && next !== undefined && SENTENCE_OPENERS.has(next.text);
    if (ends && i + 1 < tokens.length) sentenceStarts.push(i + 1);
  }
  return { sentenceOf, sentenceStarts };
}

/** Token range [start, end) of the sentence holding token i. */
export function sentenceRange(context: ParagraphContext, i: number): [number, number] {
  const s = context.sentenceOf[i] ?? 0;
  return [context.sentenceStarts[s] ?? 0, context.sentenceStarts[s + 1] ?? context.tokens.length];
}

/** Words this long are capitalised in a title-case line; shorter ones ("and", "of", "to") may not be. */
const TITLE_CASE_WORD_LENGTH = 4;
/** Fewer such words than this is too little to tell title case from a short name line. */
const MIN_TITLE_CASE_WORDS = 3;

/**
 * A paragraph in title case with no sentence end and no quote: a headline repeated in the body or a
 * crosshead ("Flood Defences Failed Twice Before"), not running text.
 */
export function headlineCase(context: ParagraphContext): boolean {
  const { tokens } = context;
  const last = tokens.at(-1);
  if (!last || last.kind !== 'word' || tokens[0]!.text === '(') return false;
  let long = 0;
  for (const token of tokens) {
    if (token.kind === 'quote' || SENTENCE_END.test(token.text)) return false;
    if (token.kind !== 'word' || token.text.length < TITLE_CASE_WORD_LENGTH || !/^\p{L}/u.test(token.text)) continue;
    if (!/^\p{Lu}/u.test(token.text)) return false;
    long++;
  }
  return long >= MIN_TITLE_CASE_WORDS;
}
