// Where a one-file `digest summarize` spends its time over bare node, phase by phase, in one fresh
// process. Run by `npm run bench:startup` (eval/startup.ts) many times; it prints one JSON line.
//   node dist/eval/startup-phases.js <article> <other article>
// Phases: loading the CLI (commander, chalk, main), loading the summarize modules, then reading,
// digesting and rendering the first article (everything cold), a different second article (code
// warm, but some paths still new), and the first article again (warm).
import { readFileSync } from 'node:fs';

const [first, second] = process.argv.slice(2);
if (!first || !second) throw new Error('usage: startup-phases <article> <other article>');

const phases: Record<string, number> = {};
let last = performance.now();
function phase(name: string): void {
  const now = performance.now();
  phases[name] = now - last;
  last = now;
}

await import('../src/cli/main.js');
phase('load CLI');
const { parseArticleText, isProblem } = await import('../src/ingest/parse.js');
const { summarizePipeline } = await import('../src/cli/pipelines/summarize.js');
phase('load summarize modules');

const options = { sentences: 3, ratio: null, words: null, quotes: 3, figures: 3, explain: false };
const view = summarizePipeline.views(options).text;
function run(file: string): void {
  const article = parseArticleText(file, readFileSync(file, 'utf8'));
  if (isProblem(article)) throw new Error(`${file}: ${article.message}`);
  view(summarizePipeline.compute(article, options), { color: false, columns: 80 });
}
run(first);
phase('first article (cold)');
run(second);
phase('second article');
run(first);
phase('first article again (warm)');
process.stdout.write(`${JSON.stringify(phases)}\n`);
