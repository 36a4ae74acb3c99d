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
  const pairs = profile.terms.map(([term, count]) => [vocabulary.id(term, profile.surfaces[term]), count] as const).sort((x, y) => x[0] - y[0]);
  return {
    terms: Uint32Array.from(pairs.map((p) => p[0])),
    counts: Uint16Array.from(pairs.map((p) => Math.min(p[1], 65535))),
    title: idSet(profile.title, vocabulary, '', profile.surfaces),
    names: idSet(profile.names, vocabulary, '@', profile.surfaces),
    numbers: idSet(profile.numbers, vocabulary, '#', profile.surfaces),
    words: profile.words,
  };
}

/** Every distinct id of the signature, for document frequencies. */
export function signatureIds(signature: Signature): Set<number> {
  return new Set([...signature.terms, ...signature.names, ...signature.numbers]);
}

function idSet(items: readonly string[], vocabulary: Vocabulary, prefix: string, surfaces: Readonly<Record<string, string>>): Uint32Array {
  return Uint32Array.from(new Set(items.map((item) => vocabulary.id(prefix + item, surfaces[prefix + item])))).sort();
}
