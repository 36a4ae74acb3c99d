export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  const r = new Array<number>(xs.length);
  for (let k = 0; k < order.length;) {
    let m = k;
    while (m + 1 < order.length && order[m + 1]!.x === order[k]!.x) m++;
    for (let t = k; t <= m; t++) r[order[t]!.i] = (k + m) / 2 + 1;
    k = m + 1;
  }
  return r;
}

export function spearman(xs: readonly number[], ys: readonly number[]): number {
  return pearson(ranks(xs), ranks(ys));
}

/** B-cubed precision, recall and F1 of predicted cluster labels against gold labels. */
export function bcubed(predicted: readonly (string | number)[], gold: readonly (string | number)[]): { precision: number; recall: number; f1: number } {
  const byPred = groupIndices(predicted);
  const byGold = groupIndices(gold);
  let p = 0;
  let r = 0;
  for (let i = 0; i < predicted.length; i++) {
    const same = byPred.get(predicted[i]!)!;
    const truth = byGold.get(gold[i]!)!;
    let both = 0;
    for (const j of same) if (gold[j] === gold[i]) both++;
    p += both / same.length;
    r += both / truth.length;
  }
  const precision = p / predicted.length;
  const recall = r / predicted.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

function groupIndices(labels: readonly (string | number)[]): Map<string | number, number[]> {
  const groups = new Map<string | number, number[]>();
  labels.forEach((label, i) => {
    const list = groups.get(label) ?? [];
    list.push(i);
    groups.set(label, list);
  });
  return groups;
}

function choose2(n: number): number {
  return (n * (n - 1)) / 2;
}

/** Adjusted Rand index. */
export function adjustedRand(predicted: readonly (string | number)[], gold: readonly (string | number)[]): number {
  const table = new Map<string, number>();
  for (let i = 0; i < predicted.length; i++) {
    const key = `${predicted[i]}\u0000${gold[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
  }
  const sumCells = [...table.values()].reduce((s, n) => s + choose2(n), 0);
  const sumPred = [...groupIndices(predicted).values()].reduce((s, g) => s + choose2(g.length), 0);
  const sumGold = [...groupIndices(gold).values()].reduce((s, g) => s + choose2(g.length), 0);
  const expected = (sumPred * sumGold) / choose2(predicted.length);
  const max = (sumPred + sumGold) / 2;
  return (sumCells - expected) / (max - expected);
}

/** Purity: share of items whose predicted cluster's majority gold label is their own. */
export function purity(predicted: readonly (string | number)[], gold: readonly (string | number)[]): number {
  let hits = 0;
  for (const members of groupIndices(predicted).values()) {
    const counts = new Map<string | number, number>();
    for (const i of members) counts.set(gold[i]!, (counts.get(gold[i]!) ?? 0) + 1);
    hits += Math.max(...counts.values());
  }
  return hits / predicted.length;
}

export function fmt(x: number, digits = 3): string {
  return Number.isFinite(x) ? x.toFixed(digits) : 'n/a';
}
