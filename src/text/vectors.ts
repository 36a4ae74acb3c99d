// Sparse TF-IDF vectors and cosine similarity over term lists (see tokens.ts contentTerms).

import { countTerms } from './tokens.js';

/** A sparse vector: term → weight, with its Euclidean norm cached. */
export interface TermVector {
  weights: Map<string, number>;
  norm: number;
}

/** Inverse document frequency of each term over `documents` (each a term list): ln(1 + N / df). */
export function inverseDocumentFrequency(documents: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const document of documents) {
    for (const term of new Set(document)) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [term, count] of df) idf.set(term, Math.log(1 + documents.length / count));
  return idf;
}

export function tfidfVector(terms: readonly string[], idf: ReadonlyMap<string, number>): TermVector {
  const weights = new Map<string, number>();
  for (const [term, count] of countTerms(terms)) weights.set(term, count * (idf.get(term) ?? 1));
  return withNorm(weights);
}

export function withNorm(weights: Map<string, number>): TermVector {
  let sum = 0;
  for (const weight of weights.values()) sum += weight * weight;
  return { weights, norm: Math.sqrt(sum) };
}

export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small.weights) {
    const other = large.weights.get(term);
    if (other !== undefined) dot += weight * other;
  }
  return dot / (a.norm * b.norm);
}

/** The symmetric matrix of cosine similarities, with zeros on the diagonal. */
export function similarityMatrix(vectors: readonly TermVector[]): number[][] {
  const n = vectors.length;
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = cosine(vectors[i]!, vectors[j]!);
      matrix[i]![j] = value;
      matrix[j]![i] = value;
    }
  }
  return matrix;
}
