// How alike two articles are, from 0 to 1, with no model: TF-IDF cosine of content stems, shared
// names, shared numbers and headline overlap, blended with fixed weights; and the verdict drawn from it.
import type { Verdict } from '../model.js';
import type { Signature } from './signature.js';

/**
 * How much each kind of evidence counts when two articles are compared on their own (no IDF);
 * they add up to 1. Tuned on SemEval-2022 Task 8 training pairs and ECB+ pairs (eval/tune-similarity.ts):
 * without document frequencies the words of the text are the steadiest evidence.
 */
export const SIMILARITY_WEIGHTS = {
  /** The words of the whole text: broad topic, robust, but two fires read alike. */
  text: 0.75,
  /** People, organisations and places: what tells two events of one kind apart. */
  names: 0.1,
  /** Numbers (counts, money, years): strong when shared, absent from many stories. */
  numbers: 0.05,
  /** Headline words found in the other article: what each outlet thinks the story is. */
  title: 0.1,
} as const;

export type SimilarityPart = keyof typeof SIMILARITY_WEIGHTS;

/** At or above: the same story (same event). Tuned on ECB+ and SemEval-2022 Task 8 training pairs. */
export const SAME_STORY_THRESHOLD = 0.3;
/** At or above (and below SAME_STORY_THRESHOLD): related (same topic or people, another event). */
export const RELATED_THRESHOLD = 0.15;

export interface Similarity {
  score: number;
  /** Each part from 0 to 1, or null when neither article has that kind of evidence. */
  parts: Record<SimilarityPart, number | null>;
}

export type Idf = (id: number) => number;

export const UNIFORM_IDF: Idf = () => 1;

export function verdictFor(score: number): Verdict {
  if (score >= SAME_STORY_THRESHOLD) return 'same story';
  if (score >= RELATED_THRESHOLD) return 'related';
  return 'different';
}

/**
 * `norms` may carry the two signatures' textNorm values, computed once per article when one
 * article meets many others (stories); they are computed here otherwise.
 */
export function similarity(a: Signature, b: Signature, idf: Idf = UNIFORM_IDF, norms?: readonly [number, number], weights: Record<SimilarityPart, number> = SIMILARITY_WEIGHTS): Similarity {
  const parts: Record<SimilarityPart, number | null> = {
    text: textCosine(a, b, idf, norms),
    names: weightedDice(a.names, b.names, idf),
    numbers: weightedDice(a.numbers, b.numbers, idf),
    title: titleCoverage(a, b),
  };
  return { score: blend(parts, weights), parts };
}

/** Weighted mean of the parts that have evidence; a missing part neither helps nor hurts. */
export function blend(parts: Record<SimilarityPart, number | null>, weights: Record<SimilarityPart, number> = SIMILARITY_WEIGHTS): number {
  let total = 0;
  let used = 0;
  for (const key of Object.keys(weights) as SimilarityPart[]) {
    const value = parts[key];
    if (value === null) continue;
    total += weights[key] * value;
    used += weights[key];
  }
  return used === 0 ? 0 : total / used;
}

/** Cosine of sublinear TF times IDF over the two sorted term lists. */
export function textCosine(a: Signature, b: Signature, idf: Idf, norms?: readonly [number, number]): number | null {
  if (a.terms.length === 0 || b.terms.length === 0) return null;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) {
      const w = idf(x);
      dot += tfWeight(a.counts[i]!) * tfWeight(b.counts[j]!) * w * w;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return dot === 0 ? 0 : dot / ((norms?.[0] ?? textNorm(a, idf)) * (norms?.[1] ?? textNorm(b, idf)));
}

function tfWeight(count: number): number {
  return 1 + Math.log(count);
}

/** Length of the signature's TF-IDF vector, the denominator of textCosine. */
export function textNorm(s: Signature, idf: Idf): number {
  let sum = 0;
  for (let i = 0; i < s.terms.length; i++) {
    const w = tfWeight(s.counts[i]!) * idf(s.terms[i]!);
    sum += w * w;
  }
  return Math.sqrt(sum);
}

/** Dice coefficient of two sorted id sets, each id weighted by its IDF; null when both are empty. */
export function weightedDice(a: Uint32Array, b: Uint32Array, idf: Idf): number | null {
  if (a.length === 0 && b.length === 0) return null;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared += idf(a[i]!);
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const total = sumIdf(a, idf) + sumIdf(b, idf);
  return total === 0 ? 0 : (2 * shared) / total;
}

function sumIdf(ids: Uint32Array, idf: Idf): number {
  let sum = 0;
  for (const id of ids) sum += idf(id);
  return sum;
}

/** Share of each headline's stems found anywhere in the other article, averaged over the headlines there are. */
export function titleCoverage(a: Signature, b: Signature): number | null {
  const ab = coverage(a.title, b);
  const ba = coverage(b.title, a);
  if (ab === null) return ba;
  if (ba === null) return ab;
  return (ab + ba) / 2;
}

function coverage(title: Uint32Array, other: Signature): number | null {
  if (title.length === 0 || other.terms.length === 0) return null;
  let found = 0;
  for (const id of title) if (sortedHas(other.terms, id) || sortedHas(other.title, id)) found++;
  return found / title.length;
}

export function sortedHas(ids: Uint32Array, id: number): boolean {
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = ids[mid]!;
    if (value === id) return true;
    if (value < id) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}
