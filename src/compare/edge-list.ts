// Scored pairs of items in three growing typed arrays: millions of edges stay a few flat buffers
// instead of millions of small objects for the collector to trace.

const INITIAL_CAPACITY = 1024;

export class EdgeList {
  a = new Uint32Array(INITIAL_CAPACITY);
  b = new Uint32Array(INITIAL_CAPACITY);
  score = new Float64Array(INITIAL_CAPACITY);
  length = 0;

  static of(edges: ReadonlyArray<{ a: number; b: number; score: number }>): EdgeList {
    const list = new EdgeList();
    for (const e of edges) list.push(e.a, e.b, e.score);
    return list;
  }

  push(a: number, b: number, score: number): void {
    if (this.length === this.a.length) this.grow();
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.score[this.length] = score;
    this.length++;
  }

  /** The edges scoring at least `threshold`, strongest first (ties: by a, then b), as a new list. */
  strongest(threshold: number): EdgeList {
    const picked: number[] = [];
    for (let e = 0; e < this.length; e++) if (this.score[e]! >= threshold) picked.push(e);
    picked.sort((x, y) => this.score[y]! - this.score[x]! || this.a[x]! - this.a[y]! || this.b[x]! - this.b[y]!);
    const out = new EdgeList();
    for (const e of picked) out.push(this.a[e]!, this.b[e]!, this.score[e]!);
    return out;
  }

  private grow(): void {
    const size = this.a.length * 2;
    const a = new Uint32Array(size);
    const b = new Uint32Array(size);
    const score = new Float64Array(size);
    a.set(this.a);
    b.set(this.b);
    score.set(this.score);
    this.a = a;
    this.b = b;
    this.score = score;
  }
}
