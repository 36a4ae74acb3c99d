// similarity()'s score as one number, for the millions of candidate pairs of `stories`: the same
// blend, operation for operation, but nothing allocated per pair and every per-article total
// (text norm, summed IDF of names and numbers) computed once.
import type { Signature } from './signature.js';
import { sortedHas, type SimilarityPart } from './similarity.js';

/** Counts below this have their sublinear TF weight looked up instead of computed. */
const TF_TABLE_SIZE = 256;
const TF_TABLE = Float64Array.from({ length: TF_TABLE_SIZE }, (_, count) => (count === 0 ? 0 : 1 + Math.log(count)));

function tfWeight(count: number): number {
  return count < TF_TABLE_SIZE ? TF_TABLE[count]! : 1 + Math.log(count);
}

/**
 * Scores one article (the focus) against many others: the focus's term weights are spread over
 * arrays indexed by term id, so each pair costs one pass over the other article's ids, with no
 * merging of two sorted lists and the branch misses that come with it. The sums run in the same
 * order as similarity()'s, so the scores are the same to the last bit.
 */
export class PairScorer {
  private readonly norms: Float64Array;
  private readonly nameTotals: Float64Array;
  private readonly numberTotals: Float64Array;
  private readonly weights: readonly [number, number, number, number];
  /** The focus's TF weight of each of its terms, and 1 at each of its names and numbers; 0 elsewhere. */
  private readonly focusWeight: Float64Array;
  /** 1 at each of the focus's headline terms. */
  private readonly focusTitle: Uint8Array;
  private focus = -1;

  /** `idf[id]` is the weight of term id (ids beyond the table weigh 0, as in `stories`). */
  constructor(private readonly signatures: readonly Signature[], private readonly idf: Float64Array, weights: Record<SimilarityPart, number>) {
    this.norms = Float64Array.from(signatures, (s) => this.textNorm(s));
    this.nameTotals = Float64Array.from(signatures, (s) => this.sumIdf(s.names));
    this.numberTotals = Float64Array.from(signatures, (s) => this.sumIdf(s.numbers));
    // The order of similarity()'s blend, so that sums round the same way.
    this.weights = [weights.text, weights.names, weights.numbers, weights.title];
    const size = Math.max(idf.length, maxId(signatures) + 1);
    this.focusWeight = new Float64Array(size);
    this.focusTitle = new Uint8Array(size);
  }

  /** The blended score of articles `a` and `b`: similarity(a, b, idf, norms, weights).score. Fastest when many calls share `a`. */
  score(a: number, b: number): number {
    if (a !== this.focus) this.setFocus(a);
    const sa = this.signatures[a]!;
    const sb = this.signatures[b]!;
    const [wText, wNames, wNumbers, wTitle] = this.weights;
    const text = this.textAndTitle(sb);
    let total = 0;
    let used = 0;
    if (sa.terms.length > 0 && sb.terms.length > 0) {
      total += wText * (text.dot === 0 ? 0 : text.dot / (this.norms[a]! * this.norms[b]!));
      used += wText;
    }
    if (sa.names.length > 0 || sb.names.length > 0) {
      total += wNames * this.dice(sb.names, this.nameTotals[a]! + this.nameTotals[b]!);
      used += wNames;
    }
    if (sa.numbers.length > 0 || sb.numbers.length > 0) {
      total += wNumbers * this.dice(sb.numbers, this.numberTotals[a]! + this.numberTotals[b]!);
      used += wNumbers;
    }
    const title = averageCoverage(
      sa.title.length === 0 || sb.terms.length === 0 ? -1 : (text.focusTitleFound + this.focusTitleInTitleOnly(sb)) / sa.title.length,
      sb.title.length === 0 || sa.terms.length === 0 ? -1 : this.titleFoundInFocus(sb) / sb.title.length,
    );
    if (title >= 0) {
      total += wTitle * title;
      used += wTitle;
    }
    return used === 0 ? 0 : total / used;
  }

  private setFocus(a: number): void {
    if (this.focus >= 0) this.mark(this.signatures[this.focus]!, false);
    this.mark(this.signatures[a]!, true);
    this.focus = a;
  }

  private mark(s: Signature, on: boolean): void {
    for (let i = 0; i < s.terms.length; i++) this.focusWeight[s.terms[i]!] = on ? tfWeight(s.counts[i]!) : 0;
    for (const ids of [s.names, s.numbers]) for (let i = 0; i < ids.length; i++) this.focusWeight[ids[i]!] = on ? 1 : 0;
    for (let i = 0; i < s.title.length; i++) this.focusTitle[s.title[i]!] = on ? 1 : 0;
  }

  private readonly pass = { dot: 0, focusTitleFound: 0 };

  /** One pass over `other`'s terms: the TF-IDF dot product with the focus, and how many of the focus's headline terms they hold. */
  private textAndTitle(other: Signature): { dot: number; focusTitleFound: number } {
    let dot = 0;
    let found = 0;
    const terms = other.terms;
    for (let j = 0; j < terms.length; j++) {
      const t = terms[j]!;
      const focusTf = this.focusWeight[t]!;
      if (focusTf !== 0) {
        const w = this.weight(t);
        dot += focusTf * tfWeight(other.counts[j]!) * w * w;
      }
      found += this.focusTitle[t]!;
    }
    this.pass.dot = dot;
    this.pass.focusTitleFound = found;
    return this.pass;
  }

  /** The focus's headline terms in `other`'s headline but not among its (capped) terms. */
  private focusTitleInTitleOnly(other: Signature): number {
    let found = 0;
    for (let i = 0; i < other.title.length; i++) {
      const t = other.title[i]!;
      if (this.focusTitle[t] === 1 && !sortedHas(other.terms, t)) found++;
    }
    return found;
  }

  /** `other`'s headline terms found among the focus's terms or headline. */
  private titleFoundInFocus(other: Signature): number {
    let found = 0;
    for (let i = 0; i < other.title.length; i++) {
      const t = other.title[i]!;
      if (this.focusWeight[t] !== 0 || this.focusTitle[t] === 1) found++;
    }
    return found;
  }

  /** Dice coefficient of the focus's ids and `ids`, each weighted by IDF; `total` is both lists' summed IDF. */
  private dice(ids: Uint32Array, total: number): number {
    let shared = 0;
    for (let i = 0; i < ids.length; i++) if (this.focusWeight[ids[i]!] !== 0) shared += this.weight(ids[i]!);
    return total === 0 ? 0 : (2 * shared) / total;
  }

  private weight(id: number): number {
    return this.idf[id] ?? 0;
  }

  private textNorm(s: Signature): number {
    let sum = 0;
    for (let i = 0; i < s.terms.length; i++) {
      const w = tfWeight(s.counts[i]!) * this.weight(s.terms[i]!);
      sum += w * w;
    }
    return Math.sqrt(sum);
  }

  private sumIdf(ids: Uint32Array): number {
    let sum = 0;
    for (let i = 0; i < ids.length; i++) sum += this.weight(ids[i]!);
    return sum;
  }
}

/** similarity's titleCoverage: the mean of the two coverages there are (-1: none). */
function averageCoverage(ab: number, ba: number): number {
  if (ab < 0) return ba;
  if (ba < 0) return ab;
  return (ab + ba) / 2;
}

function maxId(signatures: readonly Signature[]): number {
  let max = -1;
  for (const s of signatures) for (const ids of [s.terms, s.title, s.names, s.numbers]) if (ids.length > 0) max = Math.max(max, ids[ids.length - 1]!);
  return max;
}
