// npm run eval:stories — how well `digest stories` groups articles into events: ECB+ (B-cubed and
// ARI against the event clusters, and telling apart the two events of each topic) and BASIL
// (every triplet in one story). Writes eval/results/stories.md.
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { profileArticle } from '../src/compare/profile.js';
import { DEFAULT_STORY_RULES, STORY_THRESHOLD, StoryCollection, type StoryRules } from '../src/compare/stories.js';
import type { Article } from '../src/model.js';
import { basilArticle, readBasil, readEcbPlus, repoRoot, toArticle } from './lib/compare-corpora.js';
import { adjustedRand, bcubed, fmt, purity } from './lib/stats.js';

const out: string[] = ['# stories: evaluation', '', 'Made by `npm run eval:stories` (eval/stories.ts). Corpora from ../shared/corpora, read at run time.', ''];
const say = (line = '') => {
  console.log(line);
  out.push(line);
};

/**
 * The rules turned off one at a time, and all of them with the threshold of before: what each adds.
 * "before" is `digest stories` as it was up to 2026-11 (plain average link at 0.18).
 */
const VARIANTS: ReadonlyArray<{ label: string; threshold: number; rules: StoryRules }> = [
  { label: 'before: plain average link, threshold 0.18', threshold: 0.18, rules: { cohesionKept: 0, useContext: false, titleKeyBoost: 1 } },
  { label: 'default (all rules)', threshold: STORY_THRESHOLD, rules: DEFAULT_STORY_RULES },
  { label: 'without the cohesion rule', threshold: STORY_THRESHOLD, rules: { ...DEFAULT_STORY_RULES, cohesionKept: 0 } },
  { label: 'without outlets and dates', threshold: STORY_THRESHOLD, rules: { ...DEFAULT_STORY_RULES, useContext: false } },
  { label: 'without the headline key-term boost', threshold: STORY_THRESHOLD, rules: { ...DEFAULT_STORY_RULES, titleKeyBoost: 1 } },
];

/** Story label of each article, as `digest stories` would group them. */
function cluster(articles: readonly Article[], threshold = STORY_THRESHOLD, rules = DEFAULT_STORY_RULES): number[] {
  const collection = new StoryCollection(rules);
  for (const a of articles) collection.add(profileArticle(a), a);
  const labels = new Array<number>(articles.length);
  collection.stories(threshold).forEach((story, k) => story.members.forEach((m) => (labels[m] = k)));
  return labels;
}

/** Within each topic, the share of document pairs put together when they are one event and apart when they are not. */
function sameTopicAccuracy(predicted: readonly number[], gold: readonly string[], topics: readonly number[]): number {
  let right = 0;
  let total = 0;
  for (let i = 0; i < gold.length; i++) {
    for (let j = i + 1; j < gold.length; j++) {
      if (topics[i] !== topics[j]) continue;
      total++;
      if ((predicted[i] === predicted[j]) === (gold[i] === gold[j])) right++;
    }
  }
  return right / total;
}

function ecb(): void {
  say('## ECB+ (topics 1-30 as found here; 31-45 are held out)');
  say();
  const docs = readEcbPlus();
  if (!docs) {
    say('_ecbplus not found: skipped._');
    return;
  }
  const articles = docs.map((d) => toArticle(`${d.doc}.txt`, d.text));
  const gold = docs.map((d) => d.cluster);
  const topics = docs.map((d) => d.topic);
  say(`${docs.length} documents, ${new Set(gold).size} events in ${new Set(topics).size} topics (two events of the same kind per topic).`);
  say();
  say('| threshold | stories | B-cubed P | B-cubed R | B-cubed F1 | ARI | same-topic pair accuracy | purity | inverse purity |');
  say('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const threshold of [STORY_THRESHOLD - 0.04, STORY_THRESHOLD, STORY_THRESHOLD + 0.04]) {
    const started = performance.now();
    const predicted = cluster(articles, threshold);
    const ms = performance.now() - started;
    const b = bcubed(predicted, gold);
    const mark = threshold === STORY_THRESHOLD ? ' (default)' : '';
    say(`| ${threshold.toFixed(2)}${mark} | ${new Set(predicted).size} | ${fmt(b.precision)} | ${fmt(b.recall)} | **${fmt(b.f1)}** | ${fmt(adjustedRand(predicted, gold))} | ${fmt(sameTopicAccuracy(predicted, gold, topics))} | ${fmt(purity(predicted, gold))} | ${fmt(purity(gold, predicted))} |`);
    if (threshold === STORY_THRESHOLD) console.log(`  (clustered in ${ms.toFixed(0)} ms)`);
  }
  say();
  say('| rules | threshold | stories | B-cubed F1 | ARI | same-topic pair accuracy | purity | inverse purity |');
  say('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const v of VARIANTS) {
    const predicted = cluster(articles, v.threshold, v.rules);
    say(`| ${v.label} | ${v.threshold.toFixed(2)} | ${new Set(predicted).size} | ${fmt(bcubed(predicted, gold).f1)} | ${fmt(adjustedRand(predicted, gold))} | ${fmt(sameTopicAccuracy(predicted, gold, topics))} | ${fmt(purity(predicted, gold))} | ${fmt(purity(gold, predicted))} |`);
  }
  say();
  say('ECB+ documents carry no outlet, date or headline, so the rules that use them change nothing here: only the cohesion rule and the threshold are tested on ECB+.');
  say();
  say('Target: B-cubed F1 ≥ 0.85 at the default threshold. "Same-topic pair accuracy": over all pairs of documents of one topic, the share put in one story exactly when they report the same event.');
  say();
}

function basil(): void {
  say('## BASIL (years here; 2018-2019 held out): every triplet (three outlets, one event) in one story');
  say();
  const rows = readBasil();
  if (!rows) {
    say('_basil not found: skipped._');
    return;
  }
  const articles = rows.map(basilArticle);
  const gold = rows.map((r) => r.triplet);
  say('| rules | threshold | stories | triplets wholly in one story | purity | inverse purity | B-cubed F1 |');
  say('| --- | --- | --- | --- | --- | --- | --- |');
  for (const v of VARIANTS) {
    const predicted = cluster(articles, v.threshold, v.rules);
    const together = new Map<string, Set<number>>();
    rows.forEach((r, i) => together.set(r.triplet, (together.get(r.triplet) ?? new Set()).add(predicted[i]!)));
    const whole = [...together.values()].filter((set) => set.size === 1).length;
    say(`| ${v.label} | ${v.threshold.toFixed(2)} | ${new Set(predicted).size} | ${whole} of ${together.size} (${fmt(whole / together.size)}) | ${fmt(purity(predicted, gold))} | ${fmt(purity(gold, predicted))} | ${fmt(bcubed(predicted, gold).f1)} |`);
  }
  say();
}

ecb();
basil();
const file = path.join(repoRoot(), 'eval', 'results', 'stories.md');
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, `${out.join('\n').trimEnd()}\n`);
console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
