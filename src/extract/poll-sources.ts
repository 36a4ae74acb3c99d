// A poll named in the phrase opening a sentence is the source of the share of people it reports:
// "In a county poll released Monday, 62 percent of tenants said they were “very unhappy”." The
// tenants did not speak to the reporter; the poll did, so the poll is the speaker (as annotators of
// attributed speech mark it), not the share and not a fragment of it ("landlord-leaning voters").
import type { PhraseContext, SpeakerPhrase } from './speaker-phrases.js';
import { lowerAt } from './speaker-phrases.js';
import { isQuantityShare } from './quantity-subjects.js';
import { DETERMINERS } from './cue-words.js';

/** Nouns for a survey whose answers a share of people gives. */
const POLL_NOUNS = new Set(['poll', 'survey', 'polls', 'surveys']);
/**
 * Most tokens from the opening "In" to its comma ("In a national Acme/Opinium poll released
 * Monday"): longer, the phrase is likely a clause of its own, and the poll no longer the frame.
 */
const MAX_OPENING_TOKENS = 14;

/** "31%" is two tokens; "KTV/Opinium", "AT&T" keep their marks inside a name. */
const IN_SHARE = /^%$/;
const IN_OPENING = /^[/&]$/;

function inPhrase(ctx: PhraseContext, i: number, marks: RegExp): boolean {
  const token = ctx.tokens[i];
  return token !== undefined && (token.kind === 'word' || (token.kind === 'punct' && marks.test(token.text)));
}

/**
 * The poll that reports the share of people speaking at `verb`, when the sentence opens with "In"
 * or "According to" and a poll, then a comma, then the share ("about half of the tenants"): a
 * described speaker from the poll's determiner to the comma. Null for any other subject.
 */
export function pollOfShare(ctx: PhraseContext, floor: number, verb: number): SpeakerPhrase | null {
  let comma = verb - 1;
  while (comma > floor && inPhrase(ctx, comma, IN_SHARE)) comma--;
  if (comma <= floor || ctx.tokens[comma]!.text !== ',') return null;
  const share: string[] = [];
  for (let i = comma + 1; i < verb; i++) share.push(lowerAt(ctx, i));
  if (!isQuantityShare(share)) return null;
  let open = comma - 1;
  while (open > floor && comma - open < MAX_OPENING_TOKENS && inPhrase(ctx, open - 1, IN_OPENING)) open--;
  const opensSentence = open === floor || /^[.!?]$/.test(ctx.tokens[open - 1]?.text ?? '');
  const preposition = lowerAt(ctx, open) === 'in' ? 1 : lowerAt(ctx, open) === 'according' && lowerAt(ctx, open + 1) === 'to' ? 2 : 0;
  const first = open + preposition;
  if (!opensSentence || preposition === 0 || !DETERMINERS.has(lowerAt(ctx, first))) return null;
  for (let i = first + 1; i < comma; i++) if (POLL_NOUNS.has(lowerAt(ctx, i))) return { kind: 'phrase', first, last: comma - 1, mention: null, role: null, partner: null };
  return null;
}
