// npm run eval:summarize-misses: where digest loses to TextRank on the BBC tune half. For every
// reference sentence digest leaves out, says why: past the candidate cap, excluded by a filter
// (which one), dangling without its antecedent, a near-duplicate of a chosen sentence, or simply
// outscored. Prints counts only (the corpus is third-party text: nothing of it is printed).

import { analyzeArticle, MAX_CANDIDATES } from '../src/summarize/features.js';
import type { Candidate } from '../src/summarize/select.js';
import { chooseSentences, summaryLength } from '../src/summarize/index.js';
import { briefness, profileFor } from '../src/summarize/profile.js';
import { textrank } from './lib/baselines.js';
import { rougeN, rougeTokens } from './lib/rouge.js';
import { halfOf, loadBbc, type SummaryDoc } from './lib/corpora.js';

const squash = (text: string) => text.replace(/\s+/g, '');

/** Article sentences whose text appears in the (glued) reference: the reference's own choices. */
function goldSentences(doc: SummaryDoc): Set<number> {
  const reference = squash(doc.reference);
  const gold = new Set<number>();
  doc.article.sentences.forEach((s, i) => { if (squash(s.text).length > 0 && reference.includes(squash(s.text))) gold.add(i); });
  return gold;
}

type Reason = string;

function missReason(
  i: number, candidates: readonly Candidate[], chosen: ReadonlySet<number>, similarity: number[][], excluded: (string | null)[], duplicate: number,
): Reason {
  if (i >= candidates.length) return 'past candidate cap';
  if (excluded[i] !== null) return `excluded: ${excluded[i]}`;
  if (candidates[i]!.opener !== null && !chosen.has(i - 1) && !chosen.has(i - 2) && i > 0) return `dangling ${candidates[i]!.opener}`;
  const redundancy = Math.max(0, ...[...chosen].map((j) => similarity[i]?.[j] ?? 0));
  if (redundancy >= duplicate) return 'near-duplicate';
  return 'outscored';
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function main(): void {
  const docs = (loadBbc() ?? []).filter((d) => halfOf(d.id) === (process.argv[2] === 'held' ? 'held' : 'tune'));
  const reasons = new Map<string, number>();
  const exclusionsGold = new Map<string, number>();
  const exclusionsOther = new Map<string, number>();
  const openers = new Map<string, number>();
  let worse = 0; let better = 0; let diff = 0; let goldTotal = 0; let wrongPicks = 0; let trWrong = 0;
  for (const doc of docs) {
    const analysis = analyzeArticle(doc.article);
    const length = summaryLength(doc.article, { sentences: doc.sentences, ratio: null, words: null });
    const profile = profileFor(briefness(length, doc.article.sentences.length));
    const { chosen: chosenList, scored } = chooseSentences(analysis, { sentences: length, words: null }, profile);
    const candidates: Candidate[] = analysis.sentences.map((info, i) => ({
      index: i, previous: i > 0 ? i - 1 : null, score: scored[i]!.score,
      words: info.words, opener: info.opener, eligible: info.excluded === null,
    }));
    const chosen = new Set(chosenList);
    const tr = textrank(doc.article, doc.sentences);
    const gold = goldSentences(doc);
    goldTotal += gold.size;
    const ref = rougeTokens(doc.reference);
    const score = (list: readonly number[]) => rougeN(ref, list.flatMap((i) => rougeTokens(doc.article.sentences[i]!.text)), 2).f1;
    const d = score(chosenList) - score(tr);
    diff += d;
    if (d < -1e-9) worse++; else if (d > 1e-9) better++;
    wrongPicks += chosenList.filter((i) => !gold.has(i)).length;
    trWrong += tr.filter((i) => !gold.has(i)).length;
    const excluded = analysis.sentences.map((s) => s.excluded);
    for (const i of gold) if (!chosen.has(i)) bump(reasons, missReason(i, candidates, chosen, analysis.similarity, excluded, profile.selection.duplicateSimilarity));
    analysis.sentences.forEach((s, i) => {
      if (s.excluded !== null) bump(gold.has(i) ? exclusionsGold : exclusionsOther, s.excluded);
      if (s.opener !== null && gold.has(i)) {
        const antecedentGold = gold.has(i - 1) ? 'prev gold' : gold.has(i - 2) ? 'prev-2 gold' : 'no antecedent gold';
        bump(openers, `${s.opener}, ${antecedentGold}`);
      }
    });
    if (doc.article.sentences.length > MAX_CANDIDATES) bump(reasons, 'articles over cap');
  }
  console.log(`docs ${docs.length}; digest worse than textrank on ${worse}, better on ${better}; mean R-2 diff ${(100 * diff / docs.length).toFixed(2)}`);
  console.log(`reference sentences matched ${goldTotal}; digest picks outside them ${wrongPicks}, textrank ${trWrong}`);
  console.log('missed reference sentences by reason:', Object.fromEntries([...reasons].sort((a, b) => b[1] - a[1])));
  console.log('exclusions of reference sentences:', Object.fromEntries(exclusionsGold));
  console.log('exclusions of other sentences:', Object.fromEntries(exclusionsOther));
  console.log('dangling openers among reference sentences:', Object.fromEntries(openers));
}

main();
