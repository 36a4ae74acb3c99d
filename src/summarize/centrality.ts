// Graph centrality of sentences (TextRank / LexRank): a sentence is central when sentences that are
// themselves central resemble it. Weighted PageRank by power iteration over a similarity matrix.

/** PageRank's damping: the share of rank that flows along edges rather than spreading evenly. */
export const DAMPING = 0.85;
/** Iterations stop when no score moves by more than this. */
export const CONVERGENCE = 1e-6;
/** A hard cap on iterations; weighted PageRank on a sentence graph converges in a few dozen. */
export const MAX_ITERATIONS = 100;

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

/**
 * Scales values so the largest is 1 (all zeros stay zeros). A Float64Array, not values.map(…): an array
 * of numbers is of small integers or of doubles to V8 as its values happen to fall (all zeros, or
 * all ones, make a small-integer one), and the code reading a feature deoptimised on each new kind.
 */
export function scaleToMax(values: ArrayLike<number>): Float64Array {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]!);
  const scaled = new Float64Array(values.length);
  if (max > 0) for (let i = 0; i < values.length; i++) scaled[i] = values[i]! / max;
  return scaled;
}
