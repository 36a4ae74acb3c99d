// ROUGE-1, ROUGE-2 and ROUGE-L F1, computed the way Google's rouge-score package does
// (rouge_scorer.py with use_stemmer=True, tokenize.py):
//   lower-case; every run of characters other than [a-z0-9] becomes one space; split on spaces;
//   tokens longer than 3 characters are Porter-stemmed; empty tokens are dropped.
// ROUGE-N is clipped n-gram overlap. ROUGE-L here is rouge-score's `rougeL`: the longest common
// subsequence of the two whole token sequences (sentence-level), not the summary-level `rougeLsum`.
// Our stemmer is the `stemmer` package (Porter's original algorithm); rouge-score uses NLTK's
// PorterStemmer, whose extensions stem a few words differently (see eval/results/summarize.md).

import { stemmer } from 'stemmer';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: Prf;
  rouge2: Prf;
  rougeL: Prf;
}

/** rouge-score's tokenizer: lower-case, non-alphanumerics to spaces, stem tokens longer than 3. */
export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((token) => token !== '')
    .map((token) => (token.length > 3 ? stemmer(token) : token))
    .filter((token) => /^[a-z0-9]+$/.test(token));
}

function prf(overlap: number, predicted: number, reference: number): Prf {
  const precision = predicted > 0 ? overlap / predicted : 0;
  const recall = reference > 0 ? overlap / reference : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Clipped n-gram overlap: each reference n-gram matches at most as often as it occurs there. */
export function rougeN(reference: readonly string[], prediction: readonly string[], n: number): Prf {
  const ref = ngramCounts(reference, n);
  const pred = ngramCounts(prediction, n);
  let overlap = 0;
  for (const [gram, count] of ref) overlap += Math.min(count, pred.get(gram) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return prf(overlap, total(pred), total(ref));
}

/** Length of the longest common subsequence, in O(n·m) time and O(m) memory. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1]
        ? (previous[j - 1] ?? 0) + 1
        : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

export function rougeL(reference: readonly string[], prediction: readonly string[]): Prf {
  if (reference.length === 0 || prediction.length === 0) return prf(0, 0, 0);
  return prf(lcsLength(reference, prediction), prediction.length, reference.length);
}

/** All three scores for one prediction against one reference (both plain text). */
export function rougeScores(reference: string, prediction: string): RougeScores {
  const ref = rougeTokens(reference);
  const pred = rougeTokens(prediction);
  return { rouge1: rougeN(ref, pred, 1), rouge2: rougeN(ref, pred, 2), rougeL: rougeL(ref, pred) };
}
