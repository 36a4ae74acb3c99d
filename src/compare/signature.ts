// A compact, fixed-cost summary of one article for similarity: sorted term ids with counts.
// Stories keeps one per article instead of the text, so memory stays small for large folders.
import type { ArticleProfile } from './profile.js';
import type { Vocabulary } from './vocabulary.js';

export interface Signature {
  /** Content stem ids, ascending, each with its count in `counts`. */
  terms: Uint32Array;
  counts: Uint16Array;
  /** Headline stem ids, ascending. */
  title: Uint32Array;
  /** Name key ids, ascending (names share the vocabulary with a "@" prefix). */
  names: Uint32Array;
  /** Number ids, ascending ("#" prefix). */
  numbers: Uint32Array;
  words: number;
}

export function toSignature(profile: ArticleProfile, vocabulary: Vocabulary): Signature {
  const ids = profile.terms.map((term, i) => vocabulary.id(term, profile.termWords[i]));
  const order = ids.map((_, i) => i).sort((x, y) => ids[x]! - ids[y]!);
  return {
    terms: Uint32Array.from(order, (i) => ids[i]!),
    counts: Uint16Array.from(order, (i) => Math.min(profile.counts[i]!, 65535)),
    title: idSet(profile.title, vocabulary, ''),
    names: idSet(profile.names, vocabulary, '@', profile.nameTexts),
    numbers: idSet(profile.numbers, vocabulary, '#'),
    words: profile.words,
  };
}

/** Every distinct id of the signature, for document frequencies. */
export function signatureIds(signature: Signature): Set<number> {
  return new Set([...signature.terms, ...signature.names, ...signature.numbers]);
}

function idSet(items: readonly string[], vocabulary: Vocabulary, prefix: string, surfaces?: readonly string[]): Uint32Array {
  return Uint32Array.from(new Set(items.map((item, i) => vocabulary.id(prefix + item, surfaces?.[i])))).sort();
}
