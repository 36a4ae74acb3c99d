// A compact, fixed-cost summary of one article for similarity: sorted term ids with counts.
// Stories keeps one per article instead of the text, so memory stays small for large folders.
import type { ArticleProfile } from './profile.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Most distinct content stems kept per article. A news story has about 150-250; beyond that the
 * extra terms are rare words that add memory and little evidence.
 */
export const MAX_SIGNATURE_TERMS = 200;
/** Most names and numbers kept per article, for the same reason. */
export const MAX_SIGNATURE_NAMES = 40;
export const MAX_SIGNATURE_NUMBERS = 30;

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
  const counted = topCounts(profile.terms, MAX_SIGNATURE_TERMS);
  const pairs = counted.map(([term, count]) => [vocabulary.id(term, profile.surfaces.get(term)), count] as const).sort((x, y) => x[0] - y[0]);
  return {
    terms: Uint32Array.from(pairs.map((p) => p[0])),
    counts: Uint16Array.from(pairs.map((p) => Math.min(p[1], 65535))),
    title: idSet(profile.title, vocabulary, '', Infinity),
    names: idSet(profile.names, vocabulary, '@', MAX_SIGNATURE_NAMES, profile.surfaces),
    numbers: idSet(profile.numbers, vocabulary, '#', MAX_SIGNATURE_NUMBERS),
    words: profile.words,
  };
}

/** Every distinct id of the signature, for document frequencies. */
export function signatureIds(signature: Signature): Set<number> {
  return new Set([...signature.terms, ...signature.names, ...signature.numbers]);
}

/** The `limit` most frequent items with their counts; ties go to the item seen first (leads matter most). */
function topCounts(items: readonly string[], limit: number): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  const entries = [...counts.entries()];
  if (entries.length <= limit) return entries;
  return entries.map((entry, order) => ({ entry, order })).sort((x, y) => y.entry[1] - x.entry[1] || x.order - y.order).slice(0, limit).map((x) => x.entry);
}

function idSet(items: readonly string[], vocabulary: Vocabulary, prefix: string, limit: number, surfaces?: ReadonlyMap<string, string>): Uint32Array {
  const distinct = [...new Set(items)].slice(0, limit);
  return Uint32Array.from(distinct.map((item) => vocabulary.id(prefix + item, surfaces?.get(prefix + item)))).sort();
}
