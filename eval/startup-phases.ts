// Where a one-file `digest summarize` spends its time over bare node, phase by phase, in one fresh
// process. Run by `npm run bench:startup` (eval/startup.ts) many times; it prints one JSON line.
//   node dist/eval/startup-phases.js <article> <other article>
// Phases: loading the CLI (commander, chalk, main), loading the summarize modules, then reading,
// digesting and rendering the first article (everything cold), a different second article (code
// warm, but some paths still new), and the first article again (warm).
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
const { loadArticleFile, DEFAULT_MAX_BYTES } = await import('../src/ingest/load.js');
const { isProblem } = await import('../src/ingest/parse-text.js');
const { summarizePipeline } = await import('../src/cli/pipelines/summarize.js');
phase('load summarize modules');

const options = { sentences: 3, ratio: null, words: null, quotes: 3, figures: 3, explain: false };
const view = summarizePipeline.views(options).text;
// Read as the CLI reads a named file (load.ts), so that only the modules it loads are loaded.
async function run(file: string): Promise<void> {
  const article = await loadArticleFile({ kind: 'file', path: file, display: file }, DEFAULT_MAX_BYTES);
  if (isProblem(article)) throw new Error(`${file}: ${article.message}`);
  view(summarizePipeline.compute(article, options), { color: false, columns: 80 });
}
await run(first);
phase('first article (cold)');
await run(second);
phase('second article');
await run(first);
phase('first article again (warm)');
process.stdout.write(`${JSON.stringify(phases)}\n`);
