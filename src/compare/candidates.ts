// The candidate step of `stories`: only articles that share rare key terms are ever compared, so the
// cost grows with the number of articles times their neighbours, never with all pairs.
import type { Signature } from './signature.js';

/** Key terms per article: its highest TF-IDF stems, names and numbers. More finds more pairs, slower. */
export const KEY_TERMS = 20;
/** Pairs must share this many key terms to be compared; 1 compares far more pairs for few extra finds. */
export const MIN_SHARED_KEY_TERMS = 2;
/**
 * A key term held by more articles than this is skipped for candidates: it is a topic word, not an
 * event's, and its postings would make the step quadratic. Big stories still link through rarer terms.
 */
export const MAX_POSTINGS = 2000;

export type IdfTable = Float64Array;

/** Each article's key term ids: the top KEY_TERMS by weight among terms held by two or more articles. */
export function keyTerms(signature: Signature, idf: IdfTable, df: Uint32Array): Uint32Array {
  const scored: Array<{ id: number; weight: number }> = [];
  for (let i = 0; i < signature.terms.length; i++) {
    const id = signature.terms[i]!;
    if ((df[id] ?? 0) >= 2) scored.push({ id, weight: (1 + Math.log(signature.counts[i]!)) * (idf[id] ?? 0) });
  }
  for (const id of [...signature.names, ...signature.numbers]) {
    if ((df[id] ?? 0) >= 2) scored.push({ id, weight: 1.5 * (idf[id] ?? 0) });
  }
  scored.sort((a, b) => b.weight - a.weight || a.id - b.id);
  return Uint32Array.from(scored.slice(0, KEY_TERMS).map((s) => s.id)).sort();
}

/** Postings in compressed-row form: the articles holding term t are ids[offsets[t] .. offsets[t+1]). */
interface Postings {
  offsets: Uint32Array;
  ids: Uint32Array;
}

function buildPostings(keys: readonly Uint32Array[], vocabularySize: number): Postings {
  const offsets = new Uint32Array(vocabularySize + 1);
  for (const list of keys) for (const id of list) offsets[id + 1]!++;
  for (let t = 0; t < vocabularySize; t++) offsets[t + 1]! += offsets[t]!;
  const fill = offsets.slice(0, vocabularySize);
  const ids = new Uint32Array(offsets[vocabularySize]!);
  keys.forEach((list, doc) => {
    for (const id of list) ids[fill[id]!++] = doc;
  });
  return { offsets, ids };
}

/**
 * Calls `visit(i, j)` once for each pair of articles (i < j) sharing at least MIN_SHARED_KEY_TERMS
 * key terms. Memory: the postings plus one counter per article.
 */
export function forEachCandidate(keys: readonly Uint32Array[], vocabularySize: number, visit: (i: number, j: number) => void): void {
  const postings = buildPostings(keys, vocabularySize);
  const shared = new Uint16Array(keys.length);
  const touched: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    for (const term of keys[i]!) {
      const from = postings.offsets[term]!;
      const to = postings.offsets[term + 1]!;
      if (to - from > MAX_POSTINGS) continue;
      for (let p = from; p < to; p++) {
        const j = postings.ids[p]!;
        if (j <= i) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j]!++;
      }
    }
    for (const j of touched) {
      if (shared[j]! >= MIN_SHARED_KEY_TERMS) visit(i, j);
      shared[j] = 0;
    }
    touched.length = 0;
  }
}
