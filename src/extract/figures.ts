// Every numeric quantity in an article, with what it counts: a pipeline of small steps.
//   tokenize a paragraph → scan it (dates, money, numbers, fractions, ranks; non-figures skipped) → per sentence:
//   relate (ranges, changes, directions) → context (what each figure counts) → Figure objects with file positions.
// Scanning a whole paragraph keeps a number whole when a sentence split falls inside it ("No. 47", "approx. 500").

import type { Article, Figure, Sentence } from '../model.js';
import { LineIndex } from '../text/lines.js';
import { tokenize, type Token } from '../text/figure-tokenizer.js';
import { copyMention, scanTokens, type Mention } from './figure-scan.js';
import { relateMentions, type RelatedMention } from './figure-relations.js';
import { continuesChange, figureContext, namesItsNoun, takenTokens, timePhrase } from './figure-context.js';
import { isCapitalised, isWord } from './figure-tokens.js';
import { ArticleCase, lowerOpener } from './figure-case.js';
import { withoutLinks } from './figure-links.js';

export { rankFigures } from './figure-rank.js';

/**
 * Most figures a command lists for one article. A news article holds dozens; past this the input is a table or
 * junk, and listing every figure would make the output hundreds of megabytes (a 10 MB line of prices).
 */
export const MAX_FIGURES_PER_ARTICLE = 10_000;

/**
 * The figures a command shows: at most MAX_FIGURES_PER_ARTICLE, with a warning added to (a copy of) the
 * article when there were more, so that the cut is reported and not silent.
 */
export function listedFigures(article: Article): { article: Article; figures: Figure[] } {
  const figures = extractFigures(article, MAX_FIGURES_PER_ARTICLE + 1);
  if (figures.length <= MAX_FIGURES_PER_ARTICLE) return { article, figures };
  const warning = {
    path: article.file, code: 'TOO_MANY_FIGURES' as const, severity: 'warning' as const,
    message: `more than ${MAX_FIGURES_PER_ARTICLE} figures: only the first ${MAX_FIGURES_PER_ARTICLE} are listed`,
    line: figures[MAX_FIGURES_PER_ARTICLE]?.line ?? null, column: figures[MAX_FIGURES_PER_ARTICLE]?.column ?? null,
  };
  return { article: { ...article, problems: [...article.problems, warning] }, figures: figures.slice(0, MAX_FIGURES_PER_ARTICLE) };
}

/** Every numeric quantity in the article body, in reading order; stops once `limit` figures are found. */
export function extractFigures(article: Article, limit = Number.POSITIVE_INFINITY): Figure[] {
  const where: ArticleWhere = { article, lines: new LineIndex(article.text), cases: new ArticleCase(article.text, article.sentences) };
  const figures: Figure[] = [];
  for (const chunk of sentenceChunks(article.sentences)) {
    if (figures.length >= limit) break;
    const first = chunk[0] as Sentence;
    const last = chunk[chunk.length - 1] as Sentence;
    const text = article.text.slice(first.start, last.end);
    const tokens = withoutLinks(tokenize(text, first.start), text, first.start);
    const mentions = scanTokens(tokens);
    let m = 0;
    let t = 0;
    for (const sentence of chunk) {
      while (t < tokens.length && (tokens[t]?.start ?? 0) < sentence.start) t++;
      let end = t;
      while (end < tokens.length && (tokens[end]?.start ?? 0) < sentence.end) end++;
      const own: Mention[] = [];
      for (; m < mentions.length && (mentions[m]?.first ?? 0) < end; m++) {
        const found = mentions[m] as Mention;
        if (found.first >= t) own.push(shiftMention(found, t, end));
      }
      if (own.length > 0) {
        const local = tokens.slice(t, end);
        addSentenceFigures(figures, where, sentence, local, relateMentions(local, own));
      }
      t = end;
    }
  }
  return figures.length > limit ? figures.slice(0, limit) : figures;
}

/** Longest run of text scanned at once. Runs of sentences are scanned together so that a sentence split inside a figure ("No. 47") does not cut it; the cap keeps memory flat on a 10 MB paragraph. */
export const CHUNK_CHARS = 4000;

/** Consecutive sentences of one paragraph, grouped up to about CHUNK_CHARS characters. */
function sentenceChunks(sentences: readonly Sentence[]): Sentence[][] {
  const chunks: Sentence[][] = [];
  let chunk: Sentence[] = [];
  for (const sentence of sentences) {
    const head = chunk[0];
    if (head && (head.paragraph !== sentence.paragraph || sentence.end - head.start > CHUNK_CHARS)) {
      chunks.push(chunk);
      chunk = [];
    }
    chunk.push(sentence);
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** A paragraph mention in the indices of its sentence's tokens, cut at the sentence end. */
function shiftMention(m: Mention, offset: number, end: number): Mention {
  return copyMention(m, { first: m.first - offset, last: Math.min(m.last, end - 1) - offset, numberAt: m.numberAt - offset });
}

/** The article a sentence's figures are read from: its text, where its lines start, how it writes its words. */
interface ArticleWhere {
  article: Article;
  lines: LineIndex;
  cases: ArticleCase;
}

/**
 * Appends the sentence's figures to `figures`. Pushed one by one, not returned as mentions.map(…) for
 * the caller to copy: map's array is holey or packed, and of numbers when empty, as V8 happens to run
 * it, and each new kind deoptimised extractFigures' loop over it (compiled 5 times a BBC run).
 */
function addSentenceFigures(
  figures: Figure[], { article, lines, cases }: ArticleWhere, sentence: Sentence, tokens: readonly Token[], mentions: readonly RelatedMention[],
): void {
  const base = figures.length;
  const taken = takenTokens(tokens.length, mentions);
  const contexts = mentions.map((m) => figureContext(tokens, m, taken));
  const endingAt = mentions.length > 1 ? new Map(mentions.map((m, j) => [m.last, j])) : null;
  mentions.forEach((m, j) => {
    // A conversion in brackets counts what the figure before it counts: "$1.13bn (£600m)", "540bn yen ($5.2bn; £2.77bn)".
    const base = endingAt ? bracketBase(tokens, m, j, endingAt) : null;
    if (base !== null) contexts[j] = contexts[base] ?? null;
  });
  const ownNoun = mentions.map((m) => namesItsNoun(tokens, m, taken));
  continueChanges(tokens, mentions, contexts);
  continueEllipses(tokens, mentions, contexts, ownNoun);
  shareChangeContexts(tokens, mentions, contexts, ownNoun);
  lowerOpeners(tokens, contexts, cases);
  mentions.forEach((m, j) => {
    const start = tokens[m.first]?.start ?? sentence.start;
    const end = tokens[m.last]?.end ?? start;
    const position = lines.position(start);
    figures.push({
      text: article.text.slice(start, end),
      value: m.value === null ? null : roundValue(m.value),
      unit: m.unit,
      kind: m.kind,
      approx: m.approx,
      context: contexts[j] ?? null,
      sentence: sentence.index,
      start,
      end,
      line: position.line,
      column: position.column,
      changeFrom: m.changeFrom === null ? null : base + m.changeFrom,
      high: m.high === null ? null : roundValue(m.high),
      measure: m.measure,
      direction: m.direction,
    });
  });
}

/** Most symbols (quote marks, brackets) before the first word of a sentence. */
const MAX_OPENING_SYMBOLS = 3;

/** "Turnout was 29.6 per cent": contexts take the sentence's first word in lower case when it is a common word. */
function lowerOpeners(tokens: readonly Token[], contexts: Array<string | null>, cases: ArticleCase): void {
  let at = 0;
  while (at < MAX_OPENING_SYMBOLS && tokens[at]?.type === 'sym') at++;
  const opener = tokens[at];
  if (opener?.type !== 'word' || !isCapitalised(opener)) return;
  contexts.forEach((context, j) => {
    if (context?.includes(opener.text)) contexts[j] = lowerOpener(context, opener.text, cases);
  });
}

/** How many figures back a figure looks for the one whose context it shares, so that a sentence of 20,000 figures stays linear. */
export const MAX_MENTIONS_BACK = 8;

/** "…, slipping to 2.9% next year": such a figure counts what the nearest earlier figure of its unit counts, at its own time. */
function continueChanges(tokens: readonly Token[], mentions: readonly RelatedMention[], contexts: Array<string | null>): void {
  mentions.forEach((m, j) => {
    if (j === 0 || !continuesChange(tokens, m.first)) return;
    const earlier = nearestEarlier(mentions, j, (other) => other.unit === m.unit && !continuesChange(tokens, other.first));
    const counted = earlier >= 0 ? baseContext(contexts[earlier]) : '';
    if (counted !== '') contexts[j] = withTime(counted, tokens, m);
  });
}

/** Words before a bare count that say it counts more of the same: "500 idle farms … a further 40,000". */
const MORE_OF_THE_SAME = ['further', 'another', 'additional', 'extra', 'other'];

/** "found 300 empty shops and … the state of a further 2,500": the bare count counts what the earlier count names. */
function continueEllipses(tokens: readonly Token[], mentions: readonly RelatedMention[], contexts: Array<string | null>, ownNoun: readonly boolean[]): void {
  mentions.forEach((m, j) => {
    if (m.unit !== 'count' || ownNoun[j] || !isWord(tokens[m.first - 1], ...MORE_OF_THE_SAME)) return;
    const earlier = nearestEarlier(mentions, j, (other, k) => other.unit === 'count' && ownNoun[k] === true);
    if (earlier >= 0) contexts[j] = baseContext(contexts[earlier]) || contexts[j] || null;
  });
}

/**
 * The old end of a change counts what the new end counts, at its own time: "6,062 at the end of March 2016";
 * unless only the old end names its noun: "cut from nine posts to five" (then five counts posts).
 */
function shareChangeContexts(tokens: readonly Token[], mentions: readonly RelatedMention[], contexts: Array<string | null>, ownNoun: readonly boolean[]): void {
  const newerOf: number[] = new Array<number>(mentions.length).fill(-1);
  mentions.forEach((m, j) => { if (m.changeFrom !== null && newerOf[m.changeFrom] === -1) newerOf[m.changeFrom] = j; });
  mentions.forEach((_, j) => {
    const newer = newerOf[j] ?? -1;
    if (newer < 0) return;
    const [from, to] = ownNoun[j] && !ownNoun[newer] ? [j, newer] : [newer, j];
    const counted = baseContext(contexts[from]);
    const target = mentions[to];
    if (counted !== '' && target) contexts[to] = withTime(counted, tokens, target);
  });
}

/** Index of the nearest of the MAX_MENTIONS_BACK figures before j that `fits`, or -1. */
function nearestEarlier(mentions: readonly RelatedMention[], j: number, fits: (m: RelatedMention, k: number) => boolean): number {
  for (let k = j - 1; k >= Math.max(0, j - MAX_MENTIONS_BACK); k--) {
    const other = mentions[k];
    if (other && fits(other, k)) return k;
  }
  return -1;
}

/** A counted thing with the time phrase that follows figure m: "children … at the end of March 2016". */
function withTime(counted: string, tokens: readonly Token[], m: RelatedMention): string {
  const time = timePhrase(tokens, m.last + 1);
  return time ? `${counted} ${time}` : counted;
}

/** Index of the figure right before the bracket that holds mention m (index j), or null. */
function bracketBase(tokens: readonly Token[], m: RelatedMention, j: number, endingAt: ReadonlyMap<number, number>): number | null {
  for (let k = m.first - 1; k >= Math.max(0, m.first - 10); k--) {
    const text = tokens[k]?.text;
    if (text === ')') return null;
    if (text === '(') {
      const base = endingAt.get(k - 1);
      return base !== undefined && base !== j ? base : null;
    }
  }
  return null;
}

/** The counted thing without its time phrase: "children … by the end of February" → "children …". */
function baseContext(context: string | null | undefined): string {
  if (!context) return '';
  const cut = context.search(/\s(?:(?:this|last|next)\s(?:year|quarter|month|week)\b|(?:at|in|by|for|during|since|until)\s(?:the\s)?(?:end|start|beginning|first|second|third|fourth|last|three|six|nine|twelve|year|quarter|month|January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))/);
  return cut > 0 ? context.slice(0, cut) : context;
}

/** Values are rounded to 10 significant digits so that 9.2 × 1e6 prints as 9200000. */
function roundValue(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(12));
}
