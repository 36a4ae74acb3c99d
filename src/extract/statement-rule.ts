// "The union issued a statement apologizing to Roe. “On behalf of everyone …”": a quote that opens
// its sentence, right after a sentence whose subject puts out a statement, letter or post, is that
// statement: its speaker is the subject. A verb of issuing and a medium noun close together are both
// needed; "Roe released the report." puts out no words of Roe's.
import type { ParagraphContext } from './quote-context.js';
import { sentenceRange } from './quote-context.js';
import { CLAUSE_BOUNDARIES, MEDIUM_NOUNS } from './cue-words.js';
import { subjectBefore, type PhraseContext, lowerAt } from './speaker-phrases.js';
import type { RuleMatch } from './attribution-rules.js';

/** Verbs that put out a statement ("issued a statement", "posted a message", "put out a release"). */
const ISSUE_VERBS = new Set(['issued', 'issues', 'released', 'releases', 'posted', 'posts', 'sent', 'sends', 'published', 'publishes',
  'put', 'puts', 'shared', 'shares', 'tweeted', 'tweets', 'emailed', 'e-mailed', 'distributed']);

/** Kinds of statement besides the media: "tweeted a warning", "sent a reply", "issued an apology". */
const STATEMENT_NOUNS = new Set(['warning', 'reply', 'response', 'rebuttal', 'apology', 'appeal', 'plea', 'reminder', 'announcement', 'update']);

/** A statement sentence is read back at most this many tokens from its end (a sentence's usual length, with room). */
const MAX_STATEMENT_SENTENCE = 60;

/** Words between the verb and the medium noun ("issued a brief written statement"); more would reach another clause. */
const MAX_STATEMENT_GAP = 4;

/** The medium noun a few words after an issuing verb at `v`, or -1 ("put out a statement": the particle skipped). */
function mediumAfter(ctx: PhraseContext, v: number, end: number): number {
  let k = v + 1;
  if (lowerAt(ctx, v) === 'put' || lowerAt(ctx, v) === 'puts') {
    if (lowerAt(ctx, k) !== 'out') return -1;
    k++;
  }
  for (const stop = Math.min(end, k + MAX_STATEMENT_GAP); k < stop; k++) {
    const token = ctx.tokens[k]!;
    if (token.kind !== 'word' || CLAUSE_BOUNDARIES.has(lowerAt(ctx, k))) return -1;
    if (MEDIUM_NOUNS.has(lowerAt(ctx, k)) || STATEMENT_NOUNS.has(lowerAt(ctx, k))) return k;
  }
  return -1;
}

/**
 * The statement sentence ending at token `end` (exclusive) of `context`: the first issuing verb with a
 * medium noun after it, and its subject as the speaker. `end` is the quote's token when the quote
 * opens a sentence inside its paragraph, or the paragraph's length when it opens the next paragraph.
 */
export function statementRule(context: ParagraphContext, ctx: PhraseContext, end: number): RuleMatch | null {
  if (end === 0) return null;
  // Bounded like the other rules: a run-on "sentence" of thousands of tokens is not read to its start for every quote.
  const s0 = Math.max(sentenceRange(context, end - 1)[0], end - MAX_STATEMENT_SENTENCE);
  for (let v = s0; v < end; v++) {
    if (ctx.tokens[v]!.kind === 'quote') return null;
    if (!ISSUE_VERBS.has(lowerAt(ctx, v)) || mediumAfter(ctx, v, end) === -1) continue;
    const speaker = subjectBefore(ctx, s0, v);
    return speaker ? { rule: 'statement', cueToken: v, cue: lowerAt(ctx, v), speaker } : null;
  }
  return null;
}
