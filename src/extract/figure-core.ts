// The number at the heart of a figure, in digits or words, with its scale: "7,319", "9.2million",
// "1.5 billion", "twenty-one", "two hundred and fifty", "a dozen", "half a million", "hundreds of".

import type { Token } from '../text/figure-tokenizer.js';
import { SCALE_SUFFIXES, SCALE_WORDS, VAGUE_PLURALS, parseDigitString, parseNumberWords } from '../text/numbers.js';
import { METRE_CONTEXT } from './figure-lexicon.js';
import { glued, gluedHyphen, isSym, isWord } from './figure-tokens.js';

/** Longest run of words read as one spelled-out number. */
export const MAX_NUMBER_WORDS = 12;

export interface Core {
  value: number;
  /** Index just past the core's last token. */
  end: number;
  /** The multiplier a scale word or suffix applied (1 when none). */
  scale: number;
  /** Written in digits (else in words). */
  digits: boolean;
  /** Vague plural: "hundreds of" (the hedge it implies), else null. */
  vague: string | null;
}

/** Reads a number in digits at tokens[i], with a glued or spaced scale ("9.2m", "1.5 million"). */
export function digitCore(tokens: readonly Token[], i: number): Core | null {
  const token = tokens[i];
  if (token?.type !== 'num') return null;
  const value = parseDigitString(token.text);
  if (value === null) return null;
  const next = tokens[i + 1];
  let scale = 1;
  let end = i + 1;
  if (next?.type === 'word' && glued(next) && SCALE_SUFFIXES.get(next.lower) !== undefined && !isMetres(tokens, i + 1)) {
    scale = SCALE_SUFFIXES.get(next.lower) ?? 1;
    end++;
  } else if (next?.type === 'word' && SCALE_WORDS.get(next.lower) !== undefined) {
    scale = SCALE_WORDS.get(next.lower) ?? 1;
    end++;
  }
  const core: Core = { value: value * scale, end, scale, digits: true, vague: null };
  return andAHalf(tokens, core);
}

/** "a 10m-high wall", "the 100m final": m is metres here. */
function isMetres(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== 'm') return false;
  const after = gluedHyphen(tokens, at + 1) ? tokens[at + 2] : tokens[at + 1];
  return isWord(after) && METRE_CONTEXT.has(after?.lower ?? '');
}

interface WordRun {
  words: string[];
  indices: number[];
}

/** Words from tokens[i] on, hyphenated parts split ("twenty-one" → twenty, one). */
function wordRun(tokens: readonly Token[], i: number): WordRun {
  const run: WordRun = { words: [], indices: [] };
  let k = i;
  while (k < tokens.length && run.words.length < MAX_NUMBER_WORDS && isWord(tokens[k])) {
    run.words.push(tokens[k]?.lower ?? '');
    run.indices.push(k);
    k += gluedHyphen(tokens, k + 1) && isWord(tokens[k + 2]) ? 2 : 1;
  }
  return run;
}

/** Reads a number in words at tokens[i]: cardinals, "a dozen", "a million", "half a million", "hundreds of". */
export function wordCore(tokens: readonly Token[], i: number): Core | null {
  const run = wordRun(tokens, i);
  const first = run.words[0];
  if (first === undefined) return null;
  const vague = vagueCore(tokens, run);
  if (vague) return vague;
  const halfOf = halfOfScale(run);
  if (halfOf) return halfOf;
  const offset = 0;
  const multiplier = 1;
  if ((first === 'a' || first === 'an') && (SCALE_WORDS.get(run.words[1] ?? '') !== undefined || run.words[1] === 'dozen')) {
    run.words[0] = 'one';
  }
  const parsed = parseNumberWords(run.words.slice(offset));
  if (!parsed && run.words[offset] !== 'dozen') return null;
  let used = offset + (parsed?.used ?? 0);
  let value = (parsed?.value ?? 1) * multiplier;
  if (run.words[used] === 'dozen') {
    value *= 12;
    used++;
  }
  if (used === offset) return null;
  const scale = SCALE_WORDS.get(run.words[used - 1] ?? '') ?? 1;
  const end = (run.indices[used - 1] ?? i) + 1;
  return andAHalf(tokens, { value, end, scale, digits: false, vague: null });
}

/** "half a million" → 500000, "half a dozen" → 6. */
function halfOfScale(run: WordRun): Core | null {
  if (run.words[0] !== 'half' || (run.words[1] !== 'a' && run.words[1] !== 'an')) return null;
  const word = run.words[2] ?? '';
  const scale = word === 'dozen' ? 12 : SCALE_WORDS.get(word);
  if (scale === undefined) return null;
  return { value: scale / 2, end: (run.indices[2] ?? 0) + 1, scale, digits: false, vague: null };
}

/** "hundreds of", "thousands of", "tens of thousands of", "dozens of": a vague count, hedged. */
function vagueCore(tokens: readonly Token[], run: WordRun): Core | null {
  const first = run.words[0] ?? '';
  let value = VAGUE_PLURALS.get(first);
  if (value === undefined) return null;
  let used = 1;
  if (run.words[1] === 'of' && VAGUE_PLURALS.get(run.words[2] ?? '') !== undefined && first !== 'dozens') {
    value *= VAGUE_PLURALS.get(run.words[2] ?? '') ?? 1;
    used = 3;
  }
  if (run.words[used] !== 'of' && !(first === 'tens' && used === 3)) return null;
  if (first === 'tens' && used === 1) return null;
  const end = (run.indices[used - 1] ?? 0) + 1;
  const vague = run.words.slice(0, used).join(' ');
  return { value, end, scale: value, digits: false, vague: run.words[used] === 'of' ? `${vague} of` : vague };
}

/** "two and a half years", "two-and-a-half years" → 2.5. */
function andAHalf(tokens: readonly Token[], core: Core): Core {
  const hyphens = gluedHyphen(tokens, core.end);
  const step = hyphens ? 2 : 1;
  const at = hyphens ? core.end + 1 : core.end;
  const joined = !hyphens || (gluedHyphen(tokens, at + 1) && gluedHyphen(tokens, at + 3));
  if (joined && isWord(tokens[at], 'and') && isWord(tokens[at + step], 'a') && isWord(tokens[at + 2 * step], 'half')
    && !isSym(tokens[at + 2 * step + 1], '-')) {
    // Keys written out, not spread: a spread copy has a V8 map of its own, which the readers of cores met late in a run.
    return { value: core.value + 0.5 * (core.scale > 1 ? core.scale : 1), end: at + 2 * step + 1, scale: core.scale, digits: core.digits, vague: core.vague };
  }
  return core;
}
