// The k best of many scored items without sorting them all: per-article work in `stories` that
// must stay cheap and allocate little.

/** Keeps the `k` highest-weighted ids offered, ties to the smaller id. */
export class TopK {
  private readonly ids: Int32Array;
  private readonly weights: Float64Array;
  private count = 0;

  constructor(private readonly k: number) {
    this.ids = new Int32Array(k);
    this.weights = new Float64Array(k);
  }

  offer(id: number, weight: number): void {
    if (this.k === 0) return;
    if (this.count === this.k && !better(weight, id, this.weights[this.k - 1]!, this.ids[this.k - 1]!)) return;
    let at = Math.min(this.count, this.k - 1);
    while (at > 0 && better(weight, id, this.weights[at - 1]!, this.ids[at - 1]!)) {
      this.ids[at] = this.ids[at - 1]!;
      this.weights[at] = this.weights[at - 1]!;
      at--;
    }
    this.ids[at] = id;
    this.weights[at] = weight;
    if (this.count < this.k) this.count++;
  }

  /** The kept ids, best first. */
  best(): number[] {
    return Array.from(this.ids.subarray(0, this.count));
  }
}

function better(weight: number, id: number, otherWeight: number, otherId: number): boolean {
  return weight > otherWeight || (weight === otherWeight && id < otherId);
}
