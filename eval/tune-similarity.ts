// Grid search of the similarity weights on tuning data only: SemEval-2022 Task 8 training pairs
// (Pearson with the rating) and ECB+ pairs within a topic (same event or not). Prints candidates;
// the chosen weights are copied into src/compare/similarity.ts by hand. Never reads the SemEval test split.
import { profileArticle } from '../src/compare/profile.js';
import { toSignature } from '../src/compare/signature.js';
import { blend, similarity, type SimilarityPart } from '../src/compare/similarity.js';
import { Vocabulary } from '../src/compare/vocabulary.js';
import { readEcbPlus, readSemeval, toArticle } from './lib/compare-corpora.js';
import { fmt, pearson } from './lib/stats.js';

type Parts = Record<SimilarityPart, number | null>;

function pairParts(a: string, b: string, name: string): Parts {
  const vocabulary = new Vocabulary();
  const sa = toSignature(profileArticle(toArticle(`${name}-a.txt`, a)), vocabulary);
  const sb = toSignature(profileArticle(toArticle(`${name}-b.txt`, b)), vocabulary);
  return similarity(sa, sb).parts;
}

const train = readSemeval('training');
const ecb = readEcbPlus();
if (!train || !ecb) {
  console.log('corpora not found: nothing to tune');
  process.exit(0);
}
const sem = train.map((p) => ({ parts: pairParts(p.text1, p.text2, p.id), y: 4 - p.overall }));
const ecbPairs: Array<{ parts: Parts; same: boolean }> = [];
for (let i = 0; i < ecb.length; i++) {
  for (let j = i + 1; j < ecb.length; j++) {
    if (ecb[i]!.topic === ecb[j]!.topic) ecbPairs.push({ parts: pairParts(ecb[i]!.text, ecb[j]!.text, ecb[i]!.doc), same: ecb[i]!.cluster === ecb[j]!.cluster });
  }
}

function bestThreshold(scores: number[], same: boolean[]): { accuracy: number; threshold: number } {
  let best = { accuracy: 0, threshold: 0 };
  for (let t = 0.05; t < 0.9; t += 0.01) {
    let right = 0;
    scores.forEach((s, k) => { if ((s >= t) === same[k]) right++; });
    if (right / scores.length > best.accuracy) best = { accuracy: right / scores.length, threshold: t };
  }
  return best;
}

const steps = [0, 0.05, 0.1, 0.15, 0.2, 0.3];
const results: Array<{ w: Record<SimilarityPart, number>; r: number; acc: number; t: number }> = [];
for (const names of steps) for (const numbers of steps) for (const title of steps) {
  const text = 1 - names - numbers - title;
  if (text < 0.3) continue;
  const w = { text, names, numbers, title };
  const r = pearson(sem.map((p) => blend(p.parts, w)), sem.map((p) => p.y));
  const b = bestThreshold(ecbPairs.map((p) => blend(p.parts, w)), ecbPairs.map((p) => p.same));
  results.push({ w, r, acc: b.accuracy, t: b.threshold });
}
results.sort((x, y) => (y.r + y.acc) - (x.r + x.acc));
for (const x of results.slice(0, 12)) console.log(JSON.stringify(x.w), 'semeval r', fmt(x.r), 'ecb acc', fmt(x.acc), 'at', x.t.toFixed(2));
