// npm run eval:summarize-misses [-- held]: where digest gains and loses against TextRank on the BBC
// tune half (or the held half). For every reference sentence digest leaves out, says why: excluded
// by a filter (which one), dangling with no antecedent chosen within ANTECEDENT_REACH, a
// restatement of a chosen sentence, or simply outscored. Prints counts only: the corpus is
// third-party text, and nothing of it is printed.

import { analyzeArticle, type ArticleAnalysis } from '../src/summarize/features.js';
import { extractForSummary } from '../src/summarize/digest.js';
import { chooseSentences, summaryLength } from '../src/summarize/index.js';
import { briefness, profileFor } from '../src/summarize/profile.js';
import { ANTECEDENT_REACH } from '../src/summarize/select.js';
import { textrank } from './lib/baselines.js';
import { rougeN, rougeTokens } from './lib/rouge.js';
import { halfOf, loadBbc, type SummaryDoc } from './lib/corpora.js';

interface Tally {
  docs: number;
  worse: number;
  better: number;
  /** Sum over documents of digest's R-2 minus TextRank's. */
  difference: number;
  referenceSentences: number;
  digestOutside: number;
  textrankOutside: number;
  missed: Map<string, number>;
  excludedReference: Map<string, number>;
  excludedOther: Map<string, number>;
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** Article sentences whose text appears in the (glued) reference: the reference's own choices. */
function referenceSentences(doc: SummaryDoc): Set<number> {
  const reference = squash(doc.reference);
  const found = new Set<number>();
  doc.article.sentences.forEach((s, i) => { if (squash(s.text) !== '' && reference.includes(squash(s.text))) found.add(i); });
  return found;
}

function missReason(i: number, analysis: ArticleAnalysis, chosen: ReadonlySet<number>, restatement: number): string {
  const info = analysis.sentences[i];
  if (!info) return 'past the candidate cap';
  if (info.excluded !== null) return `excluded: ${info.excluded}`;
  const reach = Array.from({ length: ANTECEDENT_REACH }, (_, d) => i - 1 - d);
  if (info.opener !== null && i > 0 && !reach.some((j) => chosen.has(j))) return `dangling ${info.opener}`;
  if ([...chosen].some((j) => (analysis.similarity[i]?.[j] ?? 0) >= restatement)) return 'restates a chosen sentence';
  return 'outscored';
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function tallyDoc(doc: SummaryDoc, tally: Tally): void {
  const { article, quotes, figures } = extractForSummary(doc.article);
  const analysis = analyzeArticle(article, { quotes, figures });
  const length = summaryLength(article, { sentences: doc.sentences, ratio: null, words: null });
  const profile = profileFor(briefness(length, article.sentences.length));
  const digestPicks = chooseSentences(analysis, { sentences: length, words: null }, profile).chosen;
  const textrankPicks = textrank(article, doc.sentences);
  const reference = rougeTokens(doc.reference);
  const r2 = (picks: readonly number[]) => rougeN(reference, picks.flatMap((i) => rougeTokens(article.sentences[i]!.text)), 2).f1;
  const difference = r2(digestPicks) - r2(textrankPicks);
  tally.docs++;
  tally.difference += difference;
  if (difference < -1e-9) tally.worse++;
  if (difference > 1e-9) tally.better++;
  const inReference = referenceSentences(doc);
  const chosen = new Set(digestPicks);
  tally.referenceSentences += inReference.size;
  tally.digestOutside += digestPicks.filter((i) => !inReference.has(i)).length;
  tally.textrankOutside += textrankPicks.filter((i) => !inReference.has(i)).length;
  for (const i of inReference) if (!chosen.has(i)) bump(tally.missed, missReason(i, analysis, chosen, profile.selection.duplicateSimilarity));
  for (const [i, info] of analysis.sentences.entries()) {
    if (info.excluded !== null) bump(inReference.has(i) ? tally.excludedReference : tally.excludedOther, info.excluded);
  }
}

function main(): void {
  const bbc = loadBbc();
  if (!bbc) {
    console.error('eval:summarize-misses: ../shared/corpora/bbc-news-summary not found: nothing to do');
    return;
  }
  const half = process.argv[2] === 'held' ? 'held' : 'tune';
  const tally: Tally = {
    docs: 0, worse: 0, better: 0, difference: 0, referenceSentences: 0, digestOutside: 0, textrankOutside: 0,
    missed: new Map(), excludedReference: new Map(), excludedOther: new Map(),
  };
  for (const doc of bbc) if (halfOf(doc.id) === half) tallyDoc(doc, tally);
  const sorted = (map: Map<string, number>) => Object.fromEntries([...map].sort((a, b) => b[1] - a[1]));
  console.log(`BBC ${half} half, ${tally.docs} docs: digest above TextRank on ${tally.better}, below on ${tally.worse}; ` +
    `mean R-2 difference ${((100 * tally.difference) / Math.max(1, tally.docs)).toFixed(2)}`);
  console.log(`reference sentences found in the articles: ${tally.referenceSentences}; ` +
    `picks outside them: digest ${tally.digestOutside}, TextRank ${tally.textrankOutside}`);
  console.log('reference sentences digest leaves out, by reason:', sorted(tally.missed));
  console.log('excluded sentences that are in the reference:', sorted(tally.excludedReference));
  console.log('excluded sentences that are not:', sorted(tally.excludedOther));
}

main();
