// The exact best choice when redundancy does not count (a summary that condenses the article, see
// profile.ts): the `count` eligible sentences with the highest total score, such that every
// dangling sentence ("He said…", "But…") has one of the `reach` sentences before it chosen too.
// Greedy picking gets this wrong in two ways: it takes a sentence's antecedent last, with no room
// left for the sentence that needed it, and it will not take a middling sentence that lets two good
// dangling ones in. Dynamic programming over the article in order: the state after each sentence is
// how many are chosen and which of the last `reach` sentences are; O(n · count · 2^reach).

/** What the best-set search needs to know of each sentence, in article order. */
export interface SetCandidate {
  score: number;
  /** May be chosen at all (not a caption, heading, fragment, near-duplicate…). */
  eligible: boolean;
  /** Opens with a word that leans on the sentences before it, and is not its article's first. */
  dangling: boolean;
}

/** Sentence indices (article order) of the best set; fewer than `count` only when no more can be chosen. */
export function bestSet(candidates: readonly SetCandidate[], count: number, reach: number): number[] {
  const n = candidates.length;
  const k = Math.min(count, n);
  if (k <= 0) return [];
  const masks = 1 << reach;
  // total[c * masks + m]: best score sum with c chosen, m = which of the last `reach` were (bit 0: the latest).
  let total = new Float64Array((k + 1) * masks).fill(-Infinity);
  total[0] = 0;
  // from[i][c * masks + m]: the mask before sentence i on the best path to that state; -1: unreachable.
  const from: Int16Array[] = [];
  for (let i = 0; i < n; i++) {
    const next = new Float64Array((k + 1) * masks).fill(-Infinity);
    const came = new Int16Array((k + 1) * masks).fill(-1);
    const candidate = candidates[i]!;
    const mayTake = candidate.eligible && Number.isFinite(candidate.score);
    for (let c = 0; c <= k; c++) {
      for (let m = 0; m < masks; m++) {
        const value = total[c * masks + m]!;
        if (value === -Infinity) continue;
        relax(next, came, c * masks + ((m << 1) & (masks - 1)), value, m);
        if (mayTake && c < k && (!candidate.dangling || m !== 0)) {
          relax(next, came, (c + 1) * masks + (((m << 1) | 1) & (masks - 1)), value + candidate.score, m);
        }
      }
    }
    total = next;
    from.push(came);
  }
  return backtrack(total, from, k, masks);
}

function relax(values: Float64Array, came: Int16Array, state: number, value: number, mask: number): void {
  if (value > values[state]!) {
    values[state] = value;
    came[state] = mask;
  }
}

/** Walks the best path back from the fullest reachable end state. */
function backtrack(total: Float64Array, from: readonly Int16Array[], k: number, masks: number): number[] {
  for (let c = k; c > 0; c--) {
    let mask = -1;
    for (let m = 0; m < masks; m++) if (total[c * masks + m]! > -Infinity && (mask < 0 || total[c * masks + m]! > total[c * masks + mask]!)) mask = m;
    if (mask < 0) continue;
    const chosen: number[] = [];
    let count = c;
    for (let i = from.length - 1; i >= 0; i--) {
      const previous = from[i]![count * masks + mask]!;
      if ((mask & 1) === 1) { chosen.push(i); count--; }
      mask = previous;
    }
    return chosen.reverse();
  }
  return [];
}
