// Average-link clustering on a sparse similarity graph. Two groups merge when the mean similarity
// over all their cross pairs reaches the threshold; pairs never compared count as 0, which keeps
// one strong link from chaining two stories together (the flaw of single-link).
//
// Memory is flat: every item knows its group (relabelled on merge, smaller group into larger, so
// each item moves O(log n) times) and its group's next member (a ring); the link total between two
// groups is summed when asked, from the smaller group's edges, instead of kept for every pair.
import { EdgeList } from './edge-list.js';
import { SparseGraph } from './graph.js';

export interface Edge {
  a: number;
  b: number;
  score: number;
}

/** Groups of item indices, each sorted, groups in order of their first item. */
export function averageLinkClusters(count: number, edges: readonly Edge[], threshold: number): number[][] {
  const list = EdgeList.of(edges);
  return clusterAverageLink(SparseGraph.from(count, list), list.strongest(threshold), threshold);
}

/**
 * The same on a graph already built: `strong` holds the edges at or above the threshold, strongest
 * first (EdgeList.strongest); only they can start a merge, as a mean never exceeds its largest part.
 */
export function clusterAverageLink(graph: SparseGraph, strong: EdgeList, threshold: number): number[][] {
  const groups = new Groups(graph.size);
  const rejected = new Map<number, number>();
  for (let e = 0; e < strong.length; e++) {
    const a = groups.group[strong.a[e]!]!;
    const b = groups.group[strong.b[e]!]!;
    if (a === b) continue;
    // Two groups that failed stay failed until one of them grows: their total cannot have changed.
    const key = Math.min(a, b) * graph.size + Math.max(a, b);
    const stamp = groups.size[Math.min(a, b)]! * (graph.size + 1) + groups.size[Math.max(a, b)]!;
    if (rejected.get(key) === stamp) continue;
    if (groups.linkTotal(graph, a, b) / (groups.size[a]! * groups.size[b]!) < threshold) {
      rejected.set(key, stamp);
      continue;
    }
    groups.merge(a, b);
  }
  return groups.lists();
}

class Groups {
  /** Each item's group, named by one of its members. */
  readonly group: Int32Array;
  /** Members of each group (at its name). */
  readonly size: Uint32Array;
  /** The next member of the item's group, round a ring. */
  private readonly next: Int32Array;

  constructor(count: number) {
    this.group = Int32Array.from({ length: count }, (_, i) => i);
    this.size = new Uint32Array(count).fill(1);
    this.next = Int32Array.from({ length: count }, (_, i) => i);
  }

  /** Sum of the edge weights between groups `a` and `b`, read from the smaller one's members. */
  linkTotal(graph: SparseGraph, a: number, b: number): number {
    const [from, to] = this.size[a]! <= this.size[b]! ? [a, b] : [b, a];
    let total = 0;
    let member = from;
    do {
      total += graph.weightTo(member, this.group, to);
      member = this.next[member]!;
    } while (member !== from);
    return total;
  }

  merge(a: number, b: number): void {
    const [big, small] = this.size[a]! >= this.size[b]! ? [a, b] : [b, a];
    let member = small;
    do {
      this.group[member] = big;
      member = this.next[member]!;
    } while (member !== small);
    const after = this.next[big]!;
    this.next[big] = this.next[small]!;
    this.next[small] = after;
    this.size[big]! += this.size[small]!;
  }

  /** Every group's members ascending, groups in order of their first member. */
  lists(): number[][] {
    const index = new Int32Array(this.group.length).fill(-1);
    const out: number[][] = [];
    for (let i = 0; i < this.group.length; i++) {
      const g = this.group[i]!;
      if (index[g] === -1) {
        index[g] = out.length;
        out.push([]);
      }
      out[index[g]!]!.push(i);
    }
    return out;
  }
}
