// The sentences of one article as bags of numbered terms, their TF-IDF vectors and cosine matrix.
// The same arithmetic as vectors.ts (same sums in the same order, so the same numbers to the last
// bit), but terms are numbered once per article and vectors are typed arrays: the summarizer
// compares every pair of sentences, and string-keyed maps and sets made that a large share of its time.

/** Slots in a TermNumbers id table at first (small: a typed array costs more to make the larger it is); it doubles when half full. */
const FIRST_ID_SLOTS = 1 << 8;

/**
 * Numbers terms in order of first appearance; one per article. A term may come with an id (a
 * number that stands for that term string alone, as sentence-terms.ts gives them); those are
 * numbered through a small integer-keyed table, without hashing the string. A term without an id
 * (id < 0) is numbered through a Map. A term string must come always with its id or always without.
 */
export class TermNumbers {
  private numbers: Map<string, number> | null = null;
  private count = 0;
  /** Open addressing, two numbers a slot: an id + 1 (0 marks an empty slot) and its number. One array, one allocation. */
  private idSlots = new Int32Array(2 * FIRST_ID_SLOTS);
  private ids = 0;

  get size(): number {
    return this.count;
  }

  /** The term's number, giving it the next one if it is new. */
  number(term: string, id = -1): number {
    if (id >= 0) return this.numberOfId(id);
    this.numbers ??= new Map<string, number>();
    let n = this.numbers.get(term);
    if (n === undefined) {
      n = this.count++;
      this.numbers.set(term, n);
    }
    return n;
  }

  private numberOfId(id: number): number {
    const key = id + 1;
    const slots = this.idSlots;
    const mask = (slots.length >> 1) - 1;
    let slot = slotOf(key, mask);
    for (; slots[2 * slot] !== 0; slot = (slot + 1) & mask) if (slots[2 * slot] === key) return slots[2 * slot + 1]!;
    const n = this.count++;
    slots[2 * slot] = key;
    slots[2 * slot + 1] = n;
    if (++this.ids * 4 > slots.length) this.growIds();
    return n;
  }

  private growIds(): void {
    const old = this.idSlots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let at = 0; at < old.length; at += 2) {
      const key = old[at]!;
      if (key === 0) continue;
      let slot = slotOf(key, mask);
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = key;
      slots[2 * slot + 1] = old[at + 1]!;
    }
    this.idSlots = slots;
  }
}

/** A multiplicative hash of an id key, masked to a slot. */
function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
}

/**
 * A term list as its distinct terms (in order of first appearance) with how often each occurs.
 * Plain arrays of small integers, not typed ones: two are made per sentence, and a typed array of
 * more than a few numbers costs many times as much to make as the plain array it would copy.
 */
export interface TermBag {
  terms: readonly number[];
  counts: readonly number[];
}

/** A sparse TF-IDF vector over numbered terms, in the bag's term order, with its Euclidean norm. */
export interface SparseVector {
  terms: readonly number[];
  /** A plain array, not a typed one: one is made per sentence, and a typed array of more than a few numbers costs several times as much to make. */
  weights: number[];
  norm: number;
}

/**
 * Bags of several term lists numbered by `numbers`, counting in one scratch list. `termIds`, when
 * given, holds each list's term ids (see TermNumbers.number).
 */
export function termBags(lists: readonly (readonly string[])[], numbers: TermNumbers, termIds?: readonly (readonly number[])[]): TermBag[] {
  // slot[n]: where term number n sits in the bag being built, -1 when not in it. Numbers are given
  // in one pass with the counting, so no list of numbers is made per sentence.
  const slot: number[] = [];
  return lists.map((list, i) => {
    const known = termIds?.[i];
    const terms: number[] = [];
    const counts: number[] = [];
    for (let k = 0; k < list.length; k++) {
      const id = numbers.number(list[k]!, known?.[k] ?? -1);
      while (slot.length <= id) slot.push(-1);
      const at = slot[id]!;
      if (at >= 0) {
        counts[at]!++;
      } else {
        slot[id] = terms.length;
        terms.push(id);
        counts.push(1);
      }
    }
    for (const id of terms) slot[id] = -1;
    return { terms, counts };
  });
}

/** ln(1 + N / df) for each term number below `termCount`, over the bags (each one document). */
export function inverseFrequencies(bags: readonly TermBag[], termCount: number): Float64Array {
  const df = new Int32Array(termCount);
  for (const bag of bags) for (const term of bag.terms) df[term]!++;
  const idf = new Float64Array(termCount);
  for (let term = 0; term < termCount; term++) if (df[term]! > 0) idf[term] = Math.log(1 + bags.length / df[term]!);
  return idf;
}

/** count × idf per term; terms without an idf (not in any sentence) weigh their count, as in vectors.ts. */
export function sparseVector(bag: TermBag, idf: Float64Array): SparseVector {
  const weights: number[] = [];
  let sum = 0;
  for (let k = 0; k < bag.terms.length; k++) {
    const term = bag.terms[k]!;
    const weight = bag.counts[k]! * (term < idf.length && idf[term]! > 0 ? idf[term]! : 1);
    weights.push(weight);
    sum += weight * weight;
  }
  return { terms: bag.terms, weights, norm: Math.sqrt(sum) };
}

/**
 * The dot product summed over `small`'s terms in its order, reading the other vector's weights
 * from `dense` (indexed by term number, zero where absent: adding 0 changes no sum).
 */
function dotWith(small: SparseVector, dense: Float64Array): number {
  let dot = 0;
  for (let k = 0; k < small.terms.length; k++) dot += small.weights[k]! * dense[small.terms[k]!]!;
  return dot;
}

function spread(vector: SparseVector, dense: Float64Array): void {
  for (let k = 0; k < vector.terms.length; k++) dense[vector.terms[k]!] = vector.weights[k]!;
}

function clear(vector: SparseVector, dense: Float64Array): void {
  for (let k = 0; k < vector.terms.length; k++) dense[vector.terms[k]!] = 0;
}

/**
 * Two dense vectors of at least `length` zeros, shared by every call in this thread: making two
 * typed arrays of an article's vocabulary size for every article cost more than the sums over them.
 * Whoever takes them must leave them all zeros again (each spread is undone by a clear).
 */
let scratch: [Float64Array, Float64Array] = [new Float64Array(0), new Float64Array(0)];

function zeroedScratch(length: number): [Float64Array, Float64Array] {
  if (scratch[0].length < length) {
    const size = Math.max(length, 2 * scratch[0].length);
    scratch = [new Float64Array(size), new Float64Array(size)];
  }
  return scratch;
}

/**
 * Cosine similarity of each vector with `target`, summing over whichever has fewer terms (the
 * vector on a tie), as vectors.ts cosine(vector, target) does.
 */
export function cosinesWith(vectors: readonly SparseVector[], target: SparseVector, termCount: number): Float64Array {
  const [targetDense, vectorDense] = zeroedScratch(termCount);
  spread(target, targetDense);
  // A Float64Array, not vectors.map(…): all-zero cosines would make an array of small integers, whose
  // readers V8 had optimised for doubles (see scaleToMax).
  const cosines = new Float64Array(vectors.length);
  vectors.forEach((vector, i) => {
    if (vector.norm === 0 || target.norm === 0) return;
    if (vector.terms.length <= target.terms.length) {
      cosines[i] = dotWith(vector, targetDense) / (vector.norm * target.norm);
      return;
    }
    spread(vector, vectorDense);
    const dot = dotWith(target, vectorDense);
    clear(vector, vectorDense);
    cosines[i] = dot / (vector.norm * target.norm);
  });
  clear(target, targetDense);
  return cosines;
}

/**
 * The symmetric matrix of cosine similarities, zeros on the diagonal; equal to vectors.ts similarityMatrix.
 * Each pair sums over its vector with fewer terms, reading the other's weights from a dense copy: every
 * vector is spread once, and every pair it is the denser side of is taken there (spreading the denser
 * side anew for each pair cost more than the sums).
 */
export function sparseSimilarityMatrix(vectors: readonly SparseVector[], termCount: number): number[][] {
  const n = vectors.length;
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const [dense] = zeroedScratch(termCount);
  for (let d = 0; d < n; d++) {
    const denser = vectors[d]!;
    if (denser.norm === 0) continue;
    spread(denser, dense);
    for (let s = 0; s < n; s++) {
      const sparser = vectors[s]!;
      if (s === d || sparser.norm === 0 || !sumsOver(sparser, s, denser, d)) continue;
      const value = dotWith(sparser, dense) / (sparser.norm * denser.norm);
      matrix[s]![d] = value;
      matrix[d]![s] = value;
    }
    clear(denser, dense);
  }
  return matrix;
}

/** Whether a pair's dot product sums over vector `a` (index i) rather than `b` (index j): the one with fewer terms, the earlier on a tie. */
function sumsOver(a: SparseVector, i: number, b: SparseVector, j: number): boolean {
  return a.terms.length < b.terms.length || (a.terms.length === b.terms.length && i < j);
}
