// The candidate step of `stories`: only articles that share rare key terms are ever compared, so the
// cost grows with the number of articles times their neighbours, never with all pairs.
import type { Signature } from './signature.js';
import { TopK } from './top.js';

/** Key terms per article: its highest TF-IDF stems, names and numbers. More finds more pairs, slower. */
export const KEY_TERMS = 20;
/** Pairs must share this many key terms to be compared; 1 compares far more pairs for few extra finds. */
export const MIN_SHARED_KEY_TERMS = 2;
/**
 * A key term held by more articles than this is skipped for candidates: it is a topic word, not an
 * event's, and its postings would make the step quadratic. Big stories still link through rarer terms.
 */
export const MAX_POSTINGS = 500;

export type IdfTable = Float64Array;

/** Names and numbers count this much more than a word of the same rarity when choosing key terms: they pin an event down. */
export const NAME_KEY_BOOST = 1.5;

/**
 * Headline stems count this much more than body words of the same weight when choosing key terms:
 * the headline names the event in the outlet's own words, and outlets that share few rare body words
 * (a long profile against a short wire piece) still share headline words ("mayor announces run for governor").
 * Higher finds more such pairs; too high fills the key terms with headline words common to a topic.
 */
export const TITLE_KEY_BOOST = 1.5;

/** Each article's key term ids: the top KEY_TERMS by weight among terms held by two or more articles. */
export function keyTerms(signature: Signature, idf: IdfTable, df: Uint32Array, titleBoost = TITLE_KEY_BOOST): Uint32Array {
  const top = new TopK(KEY_TERMS);
  const title = signature.title;
  let t = 0;
  for (let i = 0; i < signature.terms.length; i++) {
    const id = signature.terms[i]!;
    // Both lists ascend: one cursor walks the headline alongside.
    while (t < title.length && title[t]! < id) t++;
    const boost = t < title.length && title[t] === id ? titleBoost : 1;
    if ((df[id] ?? 0) >= 2) top.offer(id, boost * (1 + Math.log(signature.counts[i]!)) * (idf[id] ?? 0));
  }
  for (const ids of [signature.names, signature.numbers]) {
    for (const id of ids) if ((df[id] ?? 0) >= 2) top.offer(id, NAME_KEY_BOOST * (idf[id] ?? 0));
  }
  return Uint32Array.from(top.best()).sort();
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
 * key terms. Memory: the postings plus one counter per article. Postings are in article order, so
 * a cursor per term marks where article i stands in it: only the articles after it are read.
 */
export function forEachCandidate(keys: readonly Uint32Array[], vocabularySize: number, visit: (i: number, j: number) => void): void {
  const { offsets, ids } = buildPostings(keys, vocabularySize);
  const cursor = offsets.slice(0, vocabularySize);
  const shared = new Uint16Array(keys.length);
  const touched = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const terms = keys[i]!;
    let count = 0;
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k]!;
      const from = ++cursor[term]!;
      const to = offsets[term + 1]!;
      if (to - offsets[term]! > MAX_POSTINGS) continue;
      for (let p = from; p < to; p++) {
        const j = ids[p]!;
        if (shared[j] === 0) touched[count++] = j;
        shared[j]!++;
      }
    }
    for (let t = 0; t < count; t++) {
      const j = touched[t]!;
      if (shared[j]! >= MIN_SHARED_KEY_TERMS) visit(i, j);
      shared[j] = 0;
    }
  }
}
