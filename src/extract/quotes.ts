// Every direct quote in an article, with who said it. The pipeline: find the quoted spans (marks
// paired, multi-paragraph quotes joined), tokenise the text around them, attribute each top-level
// quote to a speech verb and speaker, then decide its kind. Quotes inside quotes stay part of the
// outer quote's text. Every step is linear in the article length.
import type { Article, Quote, Sentence, Span } from '../model.js';
import { LineIndex } from '../text/lines.js';
import { findQuoteSpans, type QuoteSpan, type TextRange } from './quote-spans.js';
import { opensSentence, paragraphContext, type ParagraphContext, type QuoteRegion } from './quote-context.js';
import { articleSpeakers } from './speaker-mentions.js';
import { attributeQuotes, type Attribution, type QuoteAnchor } from './speakers.js';
import { quoteKind, startsSentenceLike } from './quote-kind.js';
import { isNickname } from './quote-nicknames.js';
import { SPEECH_VERBS } from './cue-words.js';

export { rankQuotes } from './quote-rank.js';

/**
 * No news article holds this many quotes: past it the text is generated or broken, and the rest is
 * not attributed (the first quotes still are, so output stays useful and time stays small).
 */
export const MAX_QUOTES = 10_000;
/** Text tokenised past the last kept quote, so its trailing attribution ("…,” he said") is still read. */
const CONTEXT_AFTER_LAST_QUOTE = 2_000;

export interface ExtractOptions {
  /** At most this many quotes (default MAX_QUOTES); Infinity measures the whole pipeline. */
  maxQuotes?: number;
}

/** Every direct quote in the article, attributed, in text order. */
export function extractQuotes(article: Article, options: ExtractOptions = {}): Quote[] {
  return traceQuotes(article, options).map((traced) => traced.quote);
}

/** A quote with the attribution rule that gave its speaker (for error analysis in eval/). */
export interface TracedQuote {
  quote: Quote;
  rule: Attribution['rule'];
}

/** extractQuotes, with the rule behind each attribution kept. */
export function traceQuotes(article: Article, options: ExtractOptions = {}): TracedQuote[] {
  const allSpans = findQuoteSpans(article.text, article.paragraphs);
  const topLevel = allSpans.filter((span) => span.depth === 0);
  const nicknames = topLevel.filter((span) => isNickname(article.text, span));
  const spans = (nicknames.length === 0 ? topLevel : topLevel.filter((span) => !nicknames.includes(span))).slice(0, options.maxQuotes ?? MAX_QUOTES);
  if (spans.length === 0) return [];
  const contexts = buildContexts(article, spans, nicknames);
  const texts = spans.map((span) => span.parts.map((part) => article.text.slice(part.start, part.end)).join('\n'));
  const anchors = anchorsOf(contexts, spans, texts);
  const speakers = articleSpeakers(article.text, contexts);
  const attributions = attributeQuotes(speakers, anchors);
  const lines = new LineIndex(article.text);
  const times = timesQuoted(article.text, allSpans);
  return spans.map((span, q) => {
    const anchor = anchors[q]!;
    const attribution = attributions[q]!;
    const text = texts[q]!;
    const kind = quoteKind({
      context: contexts[anchor.firstParagraph]!,
      quoteToken: anchor.firstToken,
      text,
      paragraphs: span.parts.length,
      attributed: attribution.speaker !== null || attribution.cue !== null,
      agentOrSpeech: attribution.rule === 'passive' || attribution.rule === 'trailing',
      speechCue: isSpeechCue(attribution.cue),
      timesQuoted: times.get(text.toLowerCase()) ?? 1,
    });
    const speech = kind !== 'term';
    const quote: Quote = {
      text,
      speaker: speech ? attribution.speaker : null,
      speakerRole: speech ? attribution.role : null,
      cue: speech ? attribution.cue : null,
      kind,
      ...spanOf(lines, span.parts[0]!.start, span.parts.at(-1)!.end),
      paragraphs: span.parts.map((part) => spanOf(lines, part.start, part.end)),
      sentence: sentenceAt(article.sentences, span.parts[0]!.start),
    };
    return { quote, rule: speech ? attribution.rule : null };
  });
}

function spanOf(lines: LineIndex, start: number, end: number): Span {
  return { start, end, ...lines.position(start) };
}

/** Index of the sentence holding `offset` (the last one starting at or before it). */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo]!.index;
}

/**
 * A quote's region in one paragraph. Keys written out, not `{ ...outer, quote, inner }`: V8 gave each
 * such spread a map of its own, so the code reading regions met a new shape with every quote.
 */
function region(outer: TextRange, quote: number, inner: TextRange): QuoteRegion {
  return { start: outer.start, end: outer.end, quote, inner };
}

/** `hidden`: nicknames inside names, left out of the tokens so the name around them reads as one. */
function buildContexts(article: Article, spans: readonly QuoteSpan[], hidden: readonly QuoteSpan[]): ParagraphContext[] {
  const regions: QuoteRegion[][] = article.paragraphs.map(() => []);
  spans.forEach((span, q) => {
    span.outer.forEach((outer, k) => {
      regions[span.partParagraphs[k]!]?.push(region(outer, q, span.parts[k]!));
    });
  });
  if (hidden.length > 0) {
    for (const span of hidden) regions[span.paragraph]?.push(region(span.outer[0]!, HIDDEN_REGION, span.parts[0]!));
    for (const list of regions) list.sort((a, b) => a.start - b.start);
  }
  // Past the last quote nothing needs reading but a little trailing text.
  const stop = spans.at(-1)!.outer.at(-1)!.end + CONTEXT_AFTER_LAST_QUOTE;
  return article.paragraphs.map((paragraph, i) => {
    if (paragraph.start > stop) return paragraphContext(article.text, { ...paragraph, end: paragraph.start }, []);
    return paragraphContext(article.text, { ...paragraph, end: Math.min(paragraph.end, Math.max(stop, regionsEnd(regions[i]!))) }, regions[i]!);
  });
}

/** The quote index of a region whose text is skipped (a nickname), not tokenised as a quote. */
const HIDDEN_REGION = -1;

function regionsEnd(regions: readonly QuoteRegion[]): number {
  return regions.at(-1)?.end ?? 0;
}

function anchorsOf(contexts: readonly ParagraphContext[], spans: readonly QuoteSpan[], texts: readonly string[]): QuoteAnchor[] {
  const first = new Map<number, [number, number]>();
  const last = new Map<number, [number, number]>();
  for (const context of contexts) {
    context.tokens.forEach((token, i) => {
      if (token.kind !== 'quote') return;
      if (!first.has(token.quote)) first.set(token.quote, [context.index, i]);
      last.set(token.quote, [context.index, i]);
    });
  }
  return spans.map((_, q) => {
    const [firstParagraph, firstToken] = first.get(q)!;
    const [lastParagraph, lastToken] = last.get(q)!;
    return { firstParagraph, firstToken, lastParagraph, lastToken, sentenceLike: startsSentenceLike(texts[q]!), opensSentence: opensSentence(contexts[firstParagraph]!, firstToken) };
  });
}

/** How often each quoted text (lower case) appears, nested quotes included: a repeated short quote is a label. */
function timesQuoted(text: string, spans: readonly QuoteSpan[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const span of spans) {
    if (span.parts.length !== 1) continue;
    const part = span.parts[0]!;
    if (part.end - part.start > 60) continue;
    const key = text.slice(part.start, part.end).toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Verbs that report what someone said of a thing without being speech verbs: the quoted words after them
 * are the speaker's ("praised the ‘spirit of cooperation’", "likened it to a ‘Rubik’s cube’").
 */
const EVALUATIVE_VERBS = new Set(`praise praises praised praising condemn condemns condemned condemning
  welcome welcomes welcomed welcoming liken likens likened likening deny denies denied denying dub dubs dubbed
  brand brands branded accuse accuses accused accusing express expresses expressed name names named naming
  defend defends defended defending reject rejects rejected rejecting hail hails hailed hailing
  dismiss dismisses dismissed dismissing expect expects expected expecting`.split(/\s+/));

/** A cue that reports speech: a speech or evaluative verb ("said", "described by", "praised") or "according to". */
function isSpeechCue(cue: string | null): boolean {
  if (cue === null) return false;
  const verb = cue.toLowerCase().split(' ')[0]!;
  return SPEECH_VERBS.has(verb) || EVALUATIVE_VERBS.has(verb) || verb === 'according';
}
