// Average-link clustering on a sparse similarity graph. Two groups merge when the mean similarity
// over all their cross pairs reaches the threshold; pairs never compared count as 0, which keeps
// one strong link from chaining two stories together (the flaw of single-link). Two groups of two or
// more must also link nearly as well across as the looser of them does inside (MIN_COHESION_KEPT):
// the mean alone lets two stories of one kind, each tight, merge on their shared topic words.
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

/**
 * Two groups of two or more merge only if the mean link between them is at least this share of the
 * looser group's own cohesion (its mean internal link): the merged group must not be much weaker than
 * its weaker part. Two tight stories of one kind (two earthquakes, two verdicts in one court) link well above the
 * threshold yet far below their own cohesion; one story met in two halves links about as well across
 * as within. Higher splits more such pairs (purity), and risks splitting a story whose articles fall
 * into two tight camps (recall). 0 turns the rule off: plain average link.
 */
export const MIN_COHESION_KEPT = 0.7;

export interface MergeRule {
  threshold: number;
  /** MIN_COHESION_KEPT, or another share for tests and tuning. */
  cohesionKept: number;
}

/** Groups of item indices, each sorted, groups in order of their first item. */
export function averageLinkClusters(count: number, edges: readonly Edge[], rule: MergeRule): number[][] {
  const list = EdgeList.of(edges);
  return clusterAverageLink(SparseGraph.from(count, list), list.strongest(rule.threshold), rule);
}

/**
 * The same on a graph already built: `strong` holds the edges at or above the threshold, strongest
 * first (EdgeList.strongest); only they can start a merge, as a mean never exceeds its largest part.
 */
export function clusterAverageLink(graph: SparseGraph, strong: EdgeList, rule: MergeRule): number[][] {
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
    const cross = groups.linkTotal(graph, a, b);
    if (!mayMerge(groups, a, b, cross, rule)) {
      rejected.set(key, stamp);
      continue;
    }
    groups.merge(a, b, cross);
  }
  return groupLists(groups.group);
}

/** Average link, and the cohesion rule when both groups have an inside to compare with. */
function mayMerge(groups: Groups, a: number, b: number, cross: number, rule: MergeRule): boolean {
  const mean = cross / (groups.size[a]! * groups.size[b]!);
  if (mean < rule.threshold) return false;
  if (groups.size[a]! < 2 || groups.size[b]! < 2) return true;
  return mean >= rule.cohesionKept * Math.min(groups.cohesion(a), groups.cohesion(b));
}

class Groups {
  /** Each item's group, named by one of its members. */
  readonly group: Int32Array;
  /** Members of each group (at its name). */
  readonly size: Uint32Array;
  /** The next member of the item's group, round a ring. */
  private readonly next: Int32Array;
  /** Sum of the links between members of each group (at its name). */
  private readonly inner: Float64Array;

  constructor(count: number) {
    this.group = Int32Array.from({ length: count }, (_, i) => i);
    this.size = new Uint32Array(count).fill(1);
    this.next = Int32Array.from({ length: count }, (_, i) => i);
    this.inner = new Float64Array(count);
  }

  /** Mean link over the member pairs of group `g` (of two or more): pairs never compared count 0, as in merging. */
  cohesion(g: number): number {
    const n = this.size[g]!;
    return this.inner[g]! / ((n * (n - 1)) / 2);
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

  /** `cross`: the link total between the two groups, which becomes part of the merged group's inside. */
  merge(a: number, b: number, cross: number): void {
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
    this.inner[big]! += this.inner[small]! + cross;
  }
}

/** Every group's members ascending, groups in order of their first member. */
function groupLists(labels: Int32Array): number[][] {
  const index = new Int32Array(labels.length).fill(-1);
  const out: number[][] = [];
  for (let i = 0; i < labels.length; i++) {
    const g = labels[i]!;
    if (index[g] === -1) {
      index[g] = out.length;
      out.push([]);
    }
    out[index[g]!]!.push(i);
  }
  return out;
}
