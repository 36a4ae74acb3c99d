// Grid search of the similarity weights on the SemEval-2022 Task 8 training pairs (never the test
// pairs). Prints the best weights; copy them into src/compare/similarity.ts by hand.
import { profileText } from '../src/compare/profile.js';
import { toSignature, signatureIds } from '../src/compare/signature.js';
import { blend, similarity, type SimilarityPart } from '../src/compare/similarity.js';
import { Vocabulary } from '../src/compare/vocabulary.js';
import { readSemeval } from './lib/corpora.js';
import { fmt, pearson } from './lib/stats.js';

const train = readSemeval('training');
const test = readSemeval('testing');
if (!train || !test) {
  console.log('semeval2022-task8-en not found: nothing to tune');
  process.exit(0);
}
for (const useIdf of [false, true]) {
  const vocabulary = new Vocabulary();
  const sig = (t: string) => toSignature(profileText('', t), vocabulary);
  const pairsOf = (rows: typeof train) => rows.map((r) => ({ a: sig(r.text1), b: sig(r.text2), y: (4 - r.overall) / 3 }));
  const tr = pairsOf(train);
  const te = pairsOf(test);
  if (useIdf) for (const p of [...tr, ...te]) { vocabulary.addDocument(signatureIds(p.a)); vocabulary.addDocument(signatureIds(p.b)); }
  const idf = (id: number) => vocabulary.idf(id);
  const partsTr = tr.map((p) => similarity(p.a, p.b, idf).parts);
  const partsTe = te.map((p) => similarity(p.a, p.b, idf).parts);
  for (const key of ['text', 'names', 'numbers', 'title'] as SimilarityPart[]) {
    const xs = partsTr.map((p) => p[key] ?? 0);
    console.log(useIdf ? 'idf' : 'uniform', key, fmt(pearson(xs, tr.map((p) => p.y))));
  }
  let best = { r: -1, w: {} as Record<SimilarityPart, number> };
  const steps = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];
  for (const names of steps) for (const numbers of steps) for (const title of steps) {
    const text = 1 - names - numbers - title;
    if (text < 0.1) continue;
    const w = { text, names, numbers, title };
    const r = pearson(partsTr.map((p) => blend(p, w)), tr.map((p) => p.y));
    if (r > best.r) best = { r, w };
  }
  const rTest = pearson(partsTe.map((p) => blend(p, best.w)), te.map((p) => p.y));
  console.log(useIdf ? 'idf' : 'uniform', 'best train', fmt(best.r), JSON.stringify(best.w), 'test', fmt(rTest));
}
