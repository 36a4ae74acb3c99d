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
  const title = idSet(profile.title, vocabulary, '');
  const names = idSet(profile.names, vocabulary, '@', profile.nameTexts);
  const numbers = idSet(profile.numbers, vocabulary, '#');
  // One buffer for all the ids: tens of thousands of signatures stay few objects for the collector.
  const all = new Uint32Array(ids.length + title.length + names.length + numbers.length);
  order.forEach((i, k) => { all[k] = ids[i]!; });
  let at = ids.length;
  const place = (list: number[]) => {
    all.set(list, at);
    at += list.length;
    return all.subarray(at - list.length, at);
  };
  return {
    terms: all.subarray(0, ids.length),
    counts: Uint16Array.from(order, (i) => Math.min(profile.counts[i]!, 65535)),
    title: place(title),
    names: place(names),
    numbers: place(numbers),
    words: profile.words,
  };
}

/** The signature's ids as lists, each id once in all (terms, names and numbers never share an id): for document frequencies. */
export function signatureIds(signature: Signature): ReadonlyArray<ArrayLike<number>> {
  return [signature.terms, signature.names, signature.numbers];
}

/** Distinct ids of `items`, ascending. */
function idSet(items: readonly string[], vocabulary: Vocabulary, prefix: string, surfaces?: readonly string[]): number[] {
  return [...new Set(items.map((item, i) => vocabulary.id(prefix + item, surfaces?.[i])))].sort((a, b) => a - b);
}
