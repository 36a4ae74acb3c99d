// Long job descriptions around a name after a quote, as wire and BBC copy writes them without commas:
// "…,” director of planning Jo Roe said", "…,” Port Board of Trade chief Li Wen told the wire",
// "…,” Dr Jo Roe head of research said". The trailing rule reads the short, comma-set forms itself;
// these two tests let it read the longer ones when a person's name stands next to the speech verb.
import { CLAUSE_BOUNDARIES, FINITE_HELPERS, POSSESSIVE, SPEECH_VERBS, STRONG_SPEECH_VERBS } from './cue-words.js';
import { TITLES } from './entities.js';
import { isAuxiliary, namesBetween, type PhraseContext, type SpeakerPhrase, lowerAt } from './speaker-phrases.js';

/**
 * Words a descriptor before the name may hold between a quote and its speaker ("…,” Sound Wave
 * sales and marketing manager Petra Holm said"). More reaches longer titles; fewer keeps a clause
 * after the quote that happens to end in a name ("…” as the board of the trust met Jo Roe") out.
 */
const MAX_LONG_DESCRIPTOR = 8;

/** A role written after the name without commas ("Dr Jo Roe head of research at the firm said") is at most this long. */
const MAX_BARE_ROLE = 8;

/** Linking words a descriptor may hold inside it ("director of rugby", "music and marketing manager"), never first or last. */
const INNER_LINKS = new Set(['of', 'and', 'for', 'at', '&']);

/** Linking words a bare role after a name may hold inside it ("head of research at the firm"). */
const ROLE_LINKS = new Set(['of', 'for', 'at', 'in']);

/** Nouns that make a bare phrase after a name a job, beside the titles ("head of exploration", "games systems director"). */
const ROLE_HEADS = new Set(['head', 'manager', 'executive', 'editor', 'analyst', 'economist', 'spokesman', 'spokeswoman',
  'spokesperson', 'adviser', 'advisor', 'founder', 'co-founder', 'lecturer', 'researcher', 'partner', 'boss', 'owner',
  'lawyer', 'strategist', 'consultant', 'expert', 'designer', 'producer', 'curator', 'organiser', 'organizer']);

/** Past the helpers between a subject and its verb ("has said", "later told"): the subject's last token. */
function beforeHelpers(ctx: PhraseContext, v: number): number {
  let i = v - 1;
  while (i >= 0 && isAuxiliary(ctx.tokens[i]!)) i--;
  return i;
}

/** Tokens [from, to] that can sit inside a description: plain words, no helper verb, speech verb or relative. */
function plainWords(ctx: PhraseContext, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const word = lowerAt(ctx, i);
    if (ctx.tokens[i]!.kind !== 'word' || FINITE_HELPERS.has(word) || SPEECH_VERBS.has(word) || word === 'who' || word === 'which') return false;
  }
  return true;
}

/**
 * "…,” head of medicine Ola Berg told the paper": a person's name right before the speech verb,
 * after a descriptor of plain words from `k` on whose linking words ("of", "and") sit inside it.
 */
export function longDescriptorBefore(ctx: PhraseContext, k: number, speaker: SpeakerPhrase, v: number): boolean {
  if (speaker.kind !== 'name' || !speaker.mention || speaker.mention.kind === 'organisation') return false;
  // A role read right before the name ("marketing manager Petra Holm") is part of the descriptor here.
  const begin = speaker.first;
  if (speaker.last !== beforeHelpers(ctx, v) || begin <= k || begin - k > MAX_LONG_DESCRIPTOR) return false;
  const edge = (i: number) => CLAUSE_BOUNDARIES.has(lowerAt(ctx, i)) || INNER_LINKS.has(lowerAt(ctx, i));
  if (edge(k) || edge(begin - 1) || !plainWords(ctx, k, begin - 1)) return false;
  for (let i = k; i < begin; i++) if (CLAUSE_BOUNDARIES.has(lowerAt(ctx, i)) && !INNER_LINKS.has(lowerAt(ctx, i))) return false;
  return true;
}

/**
 * "…,” Dr Ivo Marek head of drilling said": a person's name opening the words after the quote,
 * then a job of plain words with no commas, then a strong speech verb. The job is the speaker's role.
 */
export function nameWithBareRole(ctx: PhraseContext, k: number, v: number): SpeakerPhrase | null {
  if (!STRONG_SPEECH_VERBS.has(lowerAt(ctx, v))) return null;
  const mention = namesBetween(ctx, k, v)[0];
  if (!mention || mention.firstToken !== k || mention.kind === 'organisation' || POSSESSIVE.test(ctx.tokens[mention.lastToken]!.text)) return null;
  const first = mention.lastToken + 1;
  const last = beforeHelpers(ctx, v);
  if (last < first || last - first + 1 > MAX_BARE_ROLE || !/^\p{Ll}/u.test(ctx.tokens[first]!.text)) return null;
  if (ROLE_LINKS.has(lowerAt(ctx, first)) || ROLE_LINKS.has(lowerAt(ctx, last)) || isAuxiliary(ctx.tokens[first]!) || !plainWords(ctx, first, last)) return null;
  let job = false;
  for (let i = first; i <= last; i++) {
    const word = lowerAt(ctx, i);
    if (CLAUSE_BOUNDARIES.has(word) && !ROLE_LINKS.has(word)) return null;
    if (TITLES.has(word) || ROLE_HEADS.has(word)) job = true;
  }
  return job ? { kind: 'name', first: mention.firstToken, last: mention.lastToken, mention, role: { first, last }, partner: null } : null;
}
