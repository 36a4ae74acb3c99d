// A sparse weighted graph in compressed-row form: node n's neighbours are
// neighbours[offsets[n] .. offsets[n+1]), with the edge weights alongside. Two flat arrays whatever
// the number of edges, and a node's links are read in one pass.
import type { EdgeList } from './edge-list.js';

export class SparseGraph {
  private constructor(
    readonly size: number,
    readonly offsets: Uint32Array,
    readonly neighbours: Uint32Array,
    readonly weights: Float64Array,
  ) {}

  /** Undirected: each edge is stored at both ends. Edges are expected once per pair. */
  static from(size: number, edges: EdgeList): SparseGraph {
    const offsets = new Uint32Array(size + 1);
    for (let e = 0; e < edges.length; e++) {
      offsets[edges.a[e]! + 1]!++;
      offsets[edges.b[e]! + 1]!++;
    }
    for (let n = 0; n < size; n++) offsets[n + 1]! += offsets[n]!;
    const fill = offsets.slice(0, size);
    const neighbours = new Uint32Array(offsets[size]!);
    const weights = new Float64Array(offsets[size]!);
    for (let e = 0; e < edges.length; e++) {
      const a = edges.a[e]!;
      const b = edges.b[e]!;
      const score = edges.score[e]!;
      neighbours[fill[a]!] = b;
      weights[fill[a]!++] = score;
      neighbours[fill[b]!] = a;
      weights[fill[b]!++] = score;
    }
    return new SparseGraph(size, offsets, neighbours, weights);
  }

  /** Sum of the weights of `node`'s edges to nodes whose label is `label`. */
  weightTo(node: number, labels: Int32Array, label: number): number {
    let sum = 0;
    for (let p = this.offsets[node]!; p < this.offsets[node + 1]!; p++) if (labels[this.neighbours[p]!] === label) sum += this.weights[p]!;
    return sum;
  }
}
