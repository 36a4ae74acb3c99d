// npm run eval:summarize: ROUGE-1/2/L F1 of digest's summaries against Lead-3, TextRank, LexRank
// and word-frequency baselines on the CNN/DailyMail sample and the BBC News Summary set, each split
// into a fixed tuning half and a held half; plus summarize speed on BBC. Prints the tables and
// writes eval/results/summarize.md. `--dump DIR` also writes refs/preds as JSONL for cross-checks.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article } from '../src/model.js';
import { digestArticle } from '../src/summarize/digest.js';
import { parseArticleText, isProblem } from '../src/ingest/parse.js';
import { rougeScores, type RougeScores } from './lib/rouge.js';
import { lead, lexrank, textrank, wordfreq, type Baseline } from './lib/baselines.js';
import { halfOf, loadBbc, loadCnndm, projectRoot, type SummaryDoc } from './lib/corpora.js';

const digest: Baseline = (article, k) =>
  digestArticle(article, { sentences: k, ratio: null, words: null, quotes: 3, figures: 3 }).summary.map((s) => s.sentence);

const SYSTEMS: Record<string, Baseline> = { digest, lead, textrank, lexrank, wordfreq };

interface Means { rouge1: number; rouge2: number; rougeL: number; docs: number }

type Split = 'all' | 'tune' | 'held';

function summaryText(article: Article, indices: readonly number[]): string {
  return indices.map((i) => article.sentences[i]?.text ?? '').join('\n');
}

function mean(scores: readonly RougeScores[]): Means {
  const sum = (key: keyof RougeScores) => (100 * scores.reduce((a, s) => a + s[key].f1, 0)) / Math.max(1, scores.length);
  return { rouge1: sum('rouge1'), rouge2: sum('rouge2'), rougeL: sum('rougeL'), docs: scores.length };
}

function evaluate(
  docs: readonly SummaryDoc[], dump: string | null, corpus: string, length: (doc: SummaryDoc) => number = (doc) => doc.sentences,
): Record<string, Record<Split, Means>> {
  const table: Record<string, Record<Split, Means>> = {};
  for (const [name, system] of Object.entries(SYSTEMS)) {
    const scores: Record<Split, RougeScores[]> = { all: [], tune: [], held: [] };
    const preds: string[] = [];
    for (const doc of docs) {
      const text = summaryText(doc.article, system(doc.article, length(doc)));
      const score = rougeScores(doc.reference, text);
      scores.all.push(score);
      scores[halfOf(doc.id)].push(score);
      preds.push(JSON.stringify({ id: doc.id, summary: text.split('\n') }));
    }
    table[name] = { all: mean(scores.all), tune: mean(scores.tune), held: mean(scores.held) };
    if (dump) writeFileSync(path.join(dump, `${corpus}-pred-${name}.jsonl`), `${preds.join('\n')}\n`);
  }
  if (dump) {
    writeFileSync(path.join(dump, `${corpus}-refs.jsonl`), `${docs.map((d) => JSON.stringify({ id: d.id, ref: d.reference })).join('\n')}\n`);
  }
  return table;
}

function formatTable(title: string, table: Record<string, Record<Split, Means>>): string {
  const f = (n: number) => n.toFixed(2);
  const any = Object.values(table)[0];
  const lines = [
    `### ${title}`, '',
    `all ${any?.all.docs ?? 0} docs; tune half ${any?.tune.docs ?? 0}, held half ${any?.held.docs ?? 0}. F1 × 100.`, '',
    '| system | R-1 | R-2 | R-L | tune R-1 | tune R-2 | tune R-L | held R-1 | held R-2 | held R-L |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [name, row] of Object.entries(table)) {
    const cells = (['all', 'tune', 'held'] as const).flatMap((split) => [row[split].rouge1, row[split].rouge2, row[split].rougeL].map(f));
    lines.push(`| ${name} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** Articles per second through summarize (analysis, scoring, selection and the extractors). */
function measureSpeed(docs: readonly SummaryDoc[]): string {
  const options = { sentences: 3, ratio: null, words: null, quotes: 3, figures: 3 };
  const started = performance.now();
  for (const doc of docs) digestArticle(doc.article, options);
  const summarizeMs = performance.now() - started;
  const parseStarted = performance.now();
  for (const doc of docs) {
    const parsed = parseArticleText(doc.article.file, doc.article.text);
    if (!isProblem(parsed)) digestArticle(parsed, options);
  }
  const totalMs = performance.now() - parseStarted;
  const rate = (ms: number) => Math.round((docs.length * 1000) / ms);
  return `summarize: ${rate(summarizeMs)} articles/s; parse + summarize: ${rate(totalMs)} articles/s ` +
    `(${docs.length} BBC articles, 3 sentences each, one core, in-process; no file reading).`;
}

function main(): void {
  const dumpIndex = process.argv.indexOf('--dump');
  const dump = dumpIndex > 0 ? process.argv[dumpIndex + 1] ?? null : null;
  if (dump) mkdirSync(dump, { recursive: true });
  const sections: string[] = [];
  const cnndm = loadCnndm();
  if (cnndm) sections.push(formatTable('CNN/DailyMail sample (cnndm_test_frank100, 3 sentences)', evaluate(cnndm, dump, 'cnndm')));
  else console.error('eval:summarize: ../shared/corpora/cnndm-test-sample not found: CNN/DM skipped');
  const bbc = loadBbc();
  if (bbc) {
    sections.push(formatTable('BBC News Summary (length = reference sentence count)', evaluate(bbc, dump, 'bbc')));
    sections.push(formatTable(
      'BBC News Summary (length = reference pieces holding a word: lone quote marks not counted)',
      evaluate(bbc, null, 'bbc-worded', (doc) => doc.wordedSentences ?? doc.sentences),
    ));
    sections.push(`### Speed\n\n${measureSpeed(bbc)}`);
  } else console.error('eval:summarize: ../shared/corpora/bbc-news-summary not found: BBC skipped');
  if (sections.length === 0) return;
  const report = [
    '# Summarization: ROUGE', '',
    'Written by `npm run eval:summarize` (eval/summarize.ts). ROUGE as in Google\'s rouge-score with stemming:',
    'lower-case, non-alphanumerics to spaces, Porter stems for tokens longer than 3; ROUGE-L is `rougeL`',
    '(sentence-level LCS over the whole summary), not `rougeLsum`. Articles are parsed by the product parser;',
    'every system picks from the same sentences. Halves are a fixed hash split of the document ids:',
    'weights were tuned on the tune half only. BBC summary length is the reference\'s sentence count as',
    '`splitGluedSummary` counts it; that split also counts a lone opening quote mark as a sentence (about',
    '13% of the units), so every system gets somewhat more sentences than the reference really has.', '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
  console.log(report);
  const out = path.join(projectRoot(), 'eval/results/summarize.md');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, report);
}

main();
