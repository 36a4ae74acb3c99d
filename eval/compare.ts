// npm run eval:compare — how well `digest compare` scores similarity and finds shared quotes:
// SemEval-2022 Task 8 (Pearson with the human "overall" rating), ECB+ (same event or the other
// event of the same kind) and BASIL triplets (three outlets, one event). Writes eval/results/compare.md.
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { compareArticles, pairSimilarities } from '../src/compare/index.js';
import { profileArticle } from '../src/compare/profile.js';
import { signatureIds, toSignature } from '../src/compare/signature.js';
import { similarity, verdictFor, SAME_STORY_THRESHOLD, RELATED_THRESHOLD } from '../src/compare/similarity.js';
import { STORY_SIMILARITY_WEIGHTS } from '../src/compare/stories.js';
import { Vocabulary } from '../src/compare/vocabulary.js';
import type { Article } from '../src/model.js';
import { basilArticle, readBasil, readEcbPlus, readSemeval, repoRoot, toArticle, type SemevalPair } from './lib/compare-corpora.js';
import { fmt, pearson, spearman } from './lib/stats.js';

const out: string[] = ['# compare: evaluation', '', 'Made by `npm run eval:compare` (eval/compare.ts). Corpora from ../shared/corpora, read at run time.', ''];
const say = (line = '') => {
  console.log(line);
  out.push(line);
};

function semeval(): void {
  say('## SemEval-2022 Task 8 (English pairs): similarity against the human "overall" rating');
  say();
  const splits = { training: readSemeval('training'), testing: readSemeval('testing') };
  if (!splits.training || !splits.testing) {
    say('_semeval2022-task8-en not found: skipped._');
    return;
  }
  // The rating runs 1 (very similar) to 4 (very dissimilar): similarity is correlated with 4 - overall.
  const rows: string[][] = [];
  for (const [name, pairs] of Object.entries(splits) as Array<[string, SemevalPair[]]>) {
    const articles = pairs.map((p) => [toArticle(`${p.id}-1.txt`, p.text1), toArticle(`${p.id}-2.txt`, p.text2)] as const);
    const truth = pairs.map((p) => 4 - p.overall);
    const asCompare = articles.map(([a, b]) => pairSimilarities([a, b])[0]!.score);
    const withIdf = scoresWithCollectionIdf(articles);
    const clear = pairs.map((p, i) => ({ same: p.overall <= 1.5, different: p.overall >= 3.5, verdict: verdictFor(asCompare[i]!) }));
    const sameHit = clear.filter((c) => c.same && c.verdict === 'same story').length / clear.filter((c) => c.same).length;
    const diffHit = clear.filter((c) => c.different && c.verdict !== 'same story').length / clear.filter((c) => c.different).length;
    rows.push([name, String(pairs.length), fmt(pearson(asCompare, truth)), fmt(spearman(asCompare, truth)), fmt(pearson(withIdf, truth)), fmt(sameHit), fmt(diffHit)]);
  }
  say('| split | pairs | Pearson (compare, no IDF) | Spearman | Pearson (IDF over the split and the weights of stories) | overall ≤ 1.5 called same story | overall ≥ 3.5 not called same story |');
  say('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) say(`| ${r.join(' | ')} |`);
  say();
  say('The weights were chosen on the training split; the testing split was not used for tuning. Target: Pearson ≥ 0.70 (best system of the task, with large neural models: 0.82 over all languages).');
  say();
}

function scoresWithCollectionIdf(articles: ReadonlyArray<readonly [Article, Article]>): number[] {
  const vocabulary = new Vocabulary();
  const signatures = articles.map(([a, b]) => [toSignature(profileArticle(a), vocabulary), toSignature(profileArticle(b), vocabulary)] as const);
  for (const [a, b] of signatures) {
    vocabulary.addDocument(signatureIds(a));
    vocabulary.addDocument(signatureIds(b));
  }
  return signatures.map(([a, b]) => similarity(a, b, (id) => vocabulary.idf(id), undefined, STORY_SIMILARITY_WEIGHTS).score);
}

function ecbPairs(): void {
  say('## ECB+ (topics here): one event or the other event of the same kind, as `digest compare` sees a pair');
  say();
  const docs = readEcbPlus();
  if (!docs) {
    say('_ecbplus not found: skipped._');
    return;
  }
  const articles = docs.map((d) => toArticle(`${d.doc}.txt`, d.text));
  const counts = { same: { n: 0, sameStory: 0, related: 0 }, other: { n: 0, sameStory: 0, related: 0 } };
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      if (docs[i]!.topic !== docs[j]!.topic) continue;
      const verdict = pairSimilarities([articles[i]!, articles[j]!])[0]!.verdict;
      const row = docs[i]!.cluster === docs[j]!.cluster ? counts.same : counts.other;
      row.n++;
      if (verdict === 'same story') row.sameStory++;
      else if (verdict === 'related') row.related++;
    }
  }
  say('| pairs within a topic | pairs | verdict same story | related | different |');
  say('| --- | --- | --- | --- | --- |');
  for (const [name, c] of [['same event', counts.same], ['other event, same kind', counts.other]] as const) {
    say(`| ${name} | ${c.n} | ${fmt(c.sameStory / c.n)} | ${fmt(c.related / c.n)} | ${fmt((c.n - c.sameStory - c.related) / c.n)} |`);
  }
  const accuracy = (counts.same.sameStory + (counts.other.n - counts.other.sameStory)) / (counts.same.n + counts.other.n);
  say();
  say(`Pairwise accuracy of "same story" against "not the same story" within topics: ${fmt(accuracy)} (thresholds: same story ≥ ${SAME_STORY_THRESHOLD}, related ≥ ${RELATED_THRESHOLD}). ECB+ texts are short (median ~1.4k characters) and many same-event pairs share little wording; \`digest stories\` does better on them by pooling evidence over a whole group (see eval/results/stories.md).`);
  say();
}

function basil(): void {
  say('## BASIL triplets (three outlets, one event): verdicts and quotes shared by two or more outlets');
  say();
  const rows = readBasil();
  if (!rows) {
    say('_basil not found: skipped._');
    return;
  }
  const byTriplet = new Map<string, Article[]>();
  const spansByTriplet = new Map<string, string[][]>();
  for (const r of rows) {
    byTriplet.set(r.triplet, [...(byTriplet.get(r.triplet) ?? []), basilArticle(r)]);
    spansByTriplet.set(r.triplet, [...(spansByTriplet.get(r.triplet) ?? []), r.quoteSpans]);
  }
  let goldShared = 0;
  let goldFound = 0;
  let pairs = 0;
  let sameStory = 0;
  let related = 0;
  let sharedGroups = 0;
  let variantGroups = 0;
  let tripletsWithShared = 0;
  let quotes = 0;
  for (const [triplet, articles] of byTriplet) {
    const comparison = compareArticles(articles);
    const recall = sharedSpanRecall(comparison, articles, spansByTriplet.get(triplet)!);
    goldShared += recall.gold;
    goldFound += recall.found;
    for (const p of comparison.pairs) {
      pairs++;
      if (p.verdict === 'same story') sameStory++;
      else if (p.verdict === 'related') related++;
    }
    const shared = comparison.quotes.filter((g) => g.kind === 'shared' && new Set(g.members.map((m) => m.article)).size >= 2).length;
    sharedGroups += shared;
    variantGroups += comparison.quotes.filter((g) => g.kind === 'variant').length;
    quotes += comparison.articles.reduce((s, a) => s + a.quotes.length, 0);
    if (shared > 0) tripletsWithShared++;
  }
  say('| triplets | outlet pairs | pairs called same story | related | quotes extracted | quotes shared by ≥ 2 outlets | quote variants | triplets with a shared quote |');
  say('| --- | --- | --- | --- | --- | --- | --- | --- |');
  say(`| ${byTriplet.size} | ${pairs} | ${fmt(sameStory / pairs)} | ${fmt(related / pairs)} | ${quotes} | ${sharedGroups} | ${variantGroups} | ${tripletsWithShared} |`);
  say();
  say(`Recall against the annotations: of the ${goldShared} phrases the BASIL annotators marked as quotes whose words also stand in another outlet's article of the triplet, ${goldFound} (${fmt(goldFound / Math.max(1, goldShared))}) are inside a quote that compare reports in a shared or variant group spanning two or more outlets. (Annotated spans are biased phrases, not all quotes, so this is a recall sample, not a full gold list.)`);
  if (quotes === 0) say('\n_No quotes were extracted: the quote extractor on this branch is still the placeholder, so the quote columns are empty._');
  say();
}

semeval();
ecbPairs();
basil();
const file = path.join(repoRoot(), 'eval', 'results', 'compare.md');
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, `${out.join('\n').trimEnd()}\n`);
console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);

function normalisedWords(text: string): string {
  return ` ${text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim()} `;
}

/** Annotated quote phrases also found word for word in another outlet's text, and how many compare groups across outlets. */
function sharedSpanRecall(comparison: ReturnType<typeof compareArticles>, articles: readonly Article[], spans: readonly string[][]): { gold: number; found: number } {
  const texts = articles.map((a) => normalisedWords(a.paragraphs.map((p) => p.text).join(' ')));
  let gold = 0;
  let found = 0;
  spans.forEach((list, article) => {
    for (const span of new Set(list)) {
      const words = normalisedWords(span);
      if (words.trim().split(' ').length < 2 || !texts.some((t, j) => j !== article && t.includes(words))) continue;
      gold++;
      const hit = comparison.quotes.some((g) => g.kind !== 'only' && new Set(g.members.map((m) => m.article)).size > 1
        && g.members.some((m) => m.article === article && normalisedWords(m.quote.text).includes(words)));
      if (hit) found++;
    }
  });
  return { gold, found };
}
