// Average-link clustering on a sparse similarity graph. Two groups merge when the mean similarity
// over all their cross pairs reaches the threshold; pairs never compared count as 0, which keeps
// one strong link from chaining two stories together (the flaw of single-link).

export interface Edge {
  a: number;
  b: number;
  score: number;
}

/** Groups of item indices, each sorted, groups in order of their first item. */
export function averageLinkClusters(count: number, edges: readonly Edge[], threshold: number): number[][] {
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const size = new Uint32Array(count).fill(1);
  const links = new Map<number, Map<number, number>>();
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const e of edges) addLink(links, e.a, e.b, e.score);
  const sorted = [...edges].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const edge of sorted) {
    if (edge.score < threshold) break;
    const a = find(edge.a);
    const b = find(edge.b);
    if (a === b) continue;
    const total = links.get(a)?.get(b) ?? 0;
    if (total / (size[a]! * size[b]!) < threshold) continue;
    const [big, small] = size[a]! >= size[b]! ? [a, b] : [b, a];
    parent[small] = big;
    size[big]! += size[small]!;
    mergeLinks(links, big, small);
  }
  return groups(count, find);
}

function addLink(links: Map<number, Map<number, number>>, a: number, b: number, score: number): void {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    let row = links.get(x);
    if (!row) links.set(x, (row = new Map()));
    row.set(y, (row.get(y) ?? 0) + score);
  }
}

/** Moves the links of `small` onto `big`, keeping every other group's row in step. */
function mergeLinks(links: Map<number, Map<number, number>>, big: number, small: number): void {
  const row = links.get(small);
  links.delete(small);
  links.get(big)?.delete(small);
  if (!row) return;
  for (const [other, total] of row) {
    if (other === big) continue;
    const otherRow = links.get(other)!;
    otherRow.delete(small);
    otherRow.set(big, (otherRow.get(big) ?? 0) + total);
    let bigRow = links.get(big);
    if (!bigRow) links.set(big, (bigRow = new Map()));
    bigRow.set(other, (bigRow.get(other) ?? 0) + total);
  }
}

function groups(count: number, find: (x: number) => number): number[][] {
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const root = find(i);
    const list = byRoot.get(root);
    if (list) list.push(i);
    else byRoot.set(root, [i]);
  }
  return [...byRoot.values()];
}
