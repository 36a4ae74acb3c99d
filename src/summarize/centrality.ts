// Graph centrality of sentences (TextRank / LexRank): a sentence is central when sentences that are
// themselves central resemble it. Weighted PageRank by power iteration over a similarity matrix.

/** PageRank's damping: the share of rank that flows along edges rather than spreading evenly. */
export const DAMPING = 0.85;
/** Iterations stop when no score moves by more than this. */
export const CONVERGENCE = 1e-6;
/** A hard cap on iterations; weighted PageRank on a sentence graph converges in a few dozen. */
export const MAX_ITERATIONS = 100;

/** Sentences with fewer distinct terms get no edges: a dateline or "He agreed." is like nothing in particular. */
export const MIN_GRAPH_TERMS = 2;

/**
 * A weight matrix as rows of its positive entries (column order), with each row's full sum: the
 * walk only follows positive edges, so power iteration need not visit the zeros every round. Plain
 * arrays, not typed ones: an article's graph is small, and making a typed array costs more than
 * filling it (the same doubles either way).
 */
interface SparseRows {
  starts: number[];
  columns: number[];
  values: number[];
  rowSums: number[];
}

function sparseRows(weights: readonly (readonly number[])[]): SparseRows {
  const n = weights.length;
  const starts: number[] = [0];
  const columns: number[] = [];
  const values: number[] = [];
  const rowSums: number[] = [];
  for (let j = 0; j < n; j++) {
    const row = weights[j]!;
    let sum = 0;
    for (let i = 0; i < row.length; i++) {
      const w = row[i] ?? 0;
      sum += w;
      if (w > 0 && i < n) {
        columns.push(i);
        values.push(w);
      }
    }
    rowSums.push(sum);
    starts.push(columns.length);
  }
  return { starts, columns, values, rowSums };
}

/** Stationary scores of a random walk over `weights` (non-negative, symmetric); they sum to 1. */
export function pageRank(weights: readonly (readonly number[])[], damping = DAMPING): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const { starts, columns, values, rowSums } = sparseRows(weights);
  let scores = new Array<number>(n).fill(1 / n);
  let next = new Array<number>(n).fill(0);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    next.fill((1 - damping) / n);
    let dangling = 0;
    for (let j = 0; j < n; j++) {
      const out = rowSums[j]!;
      const share = scores[j]!;
      if (out === 0) { dangling += share; continue; }
      const flow = damping * share;
      for (let k = starts[j]!; k < starts[j + 1]!; k++) next[columns[k]!]! += (flow * values[k]!) / out;
    }
    // A sentence like no other would leak rank; spread it evenly, as PageRank does for dead ends.
    const leaked = (damping * dangling) / n;
    let moved = 0;
    for (let i = 0; i < n; i++) {
      next[i]! += leaked;
      moved = Math.max(moved, Math.abs(next[i]! - scores[i]!));
    }
    [scores, next] = [next, scores];
    if (moved < CONVERGENCE) break;
  }
  return scores;
}

/** Scales values so the largest is 1 (all zeros stay zeros). */
export function scaleToMax(values: readonly number[]): number[] {
  const max = values.reduce((a, b) => Math.max(a, b), 0);
  return max > 0 ? values.map((v) => v / max) : values.map(() => 0);
}

/**
 * The shared-words sentence graph behind the coverage feature. TextRank (Mihalcea & Tarau 2004)
 * weighs an edge by the distinct terms two sentences share over ln|Si| + ln|Sj|; we divide by
 * sqrt(|Si|·|Sj|) instead (the Otsuka–Ochiai coefficient, cosine on term sets). A log barely
 * grows, so TextRank's edges favour the longest sentences; the square root still lets a long
 * sentence that touches many of the story's threads rank high, but not merely for being long.
 * Measured on BBC News Summary (top-k by PageRank, no other rule): R-2 75.71 against TextRank's
 * 75.14 on the tune half, 75.54 against 74.82 on the held half.
 */
export function overlapGraph(terms: readonly (readonly string[])[]): number[][] {
  const numbers = new Map<string, number>();
  const sets = terms.map((list) => Array.from(new Set(list), (term) => {
    let n = numbers.get(term);
    if (n === undefined) numbers.set(term, (n = numbers.size));
    return n;
  }));
  return overlapGraphOfSets(sets, numbers.size);
}

/**
 * marks[term] === stamp while one sentence's terms are marked: a new stamp for each sentence, so
 * nothing is cleared between sentences, nor between articles (the array is shared by the thread
 * rather than made, vocabulary-sized, for every article).
 */
let marks = new Int32Array(0);
let stamp = 0;

function marksFor(termCount: number): Int32Array {
  if (marks.length < termCount) {
    marks = new Int32Array(Math.max(termCount, 2 * marks.length));
    stamp = 0;
  }
  return marks;
}

/** A stamp no term of `marks` holds. */
function nextStamp(): number {
  if (stamp === 0x7fffffff) {
    marks.fill(0);
    stamp = 0;
  }
  return ++stamp;
}

/** overlapGraph over sentences given as their distinct term numbers (each below `termCount`). */
export function overlapGraphOfSets(sets: readonly (readonly number[])[], termCount: number): number[][] {
  const n = sets.length;
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const mark = marksFor(termCount);
  for (let i = 0; i < n; i++) {
    const a = sets[i]!;
    if (a.length < MIN_GRAPH_TERMS) continue;
    const stamp = nextStamp();
    for (const term of a) mark[term] = stamp;
    for (let j = i + 1; j < n; j++) {
      const b = sets[j]!;
      if (b.length < MIN_GRAPH_TERMS) continue;
      let shared = 0;
      for (const term of b) if (mark[term] === stamp) shared++;
      const weight = shared / Math.sqrt(a.length * b.length);
      matrix[i]![j] = weight;
      matrix[j]![i] = weight;
    }
  }
  return matrix;
}
