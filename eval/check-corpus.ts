// How `digest check` behaves on published, copy-edited journalism: findings per rule on the BBC
// News Summary articles (plain text, as stored) and on BASIL articles written out as Markdown
// with front matter (title, date, url, source). Published copy should give few findings, and
// those few should be real. Reads ../shared/corpora at run time; prints a table and writes
// eval/results/check-corpus.md.   npm run eval:check
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPORA = path.resolve(ROOT, '../shared/corpora');
const BBC = path.join(CORPORA, 'bbc-news-summary/articles');
const BASIL = path.join(CORPORA, 'basil/articles');
/** A fixed "today" so results do not change with the day the script is run. */
const TODAY = '2025-06-01';

interface Finding { file: string; ruleId: string; severity: string }
interface Result { name: string; files: number; findings: Finding[] }

async function check(name: string, target: string, cwd: string): Promise<Result> {
  let out = '';
  const io: Io = {
    stdout: (text) => { out += text; }, stderr: () => undefined, readStdin: async () => '', cwd, env: {},
    isTTY: { stdin: false, stdout: false, stderr: false }, columns: 80, cpus: 1,
  };
  await main(['check', target, '--format', 'json', '--today', TODAY], io);
  const document = JSON.parse(out) as { findings: Finding[]; summary: { files: number } };
  return { name, files: document.summary.files, findings: document.findings };
}

/** BASIL's JSON articles as Markdown files with front matter, in a temporary folder. */
function basilAsMarkdown(into: string): void {
  for (const year of readdirSync(BASIL)) {
    for (const file of readdirSync(path.join(BASIL, year)).filter((f) => f.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(path.join(BASIL, year, file), 'utf8')) as { title?: string; date?: string; url?: string; source?: string; 'body-paragraphs'?: string[][] };
      const front = ['---', `title: ${JSON.stringify(data.title ?? '')}`, `date: ${JSON.stringify(data.date ?? '')}`, `url: ${JSON.stringify(data.url ?? '')}`, `source: ${JSON.stringify(data.source ?? '')}`, '---', ''];
      const body = (data['body-paragraphs'] ?? []).map((sentences) => sentences.join(' ')).join('\n\n');
      writeFileSync(path.join(into, `${year}-${file.replace(/\.json$/, '.md')}`), `${front.join('\n')}\n${body}\n`);
    }
  }
}

function table(results: readonly Result[]): string {
  const rules = [...new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort();
  const head = `| rule | ${results.map((r) => `${r.name} (${r.files} files)`).join(' | ')} |`;
  const rows = rules.map((rule) => `| ${rule} | ${results.map((r) => {
    const hits = r.findings.filter((f) => f.ruleId === rule);
    return `${hits.length} in ${new Set(hits.map((f) => f.file)).size} files`;
  }).join(' | ')} |`);
  const total = `| **all findings** | ${results.map((r) => `${r.findings.length} in ${new Set(r.findings.map((f) => f.file)).size} files`).join(' | ')} |`;
  return [head, `|---|${results.map(() => '---').join('|')}|`, ...rows, total].join('\n');
}

async function run(): Promise<void> {
  if (!existsSync(BBC) && !existsSync(BASIL)) {
    console.log(`../shared/corpora not found at ${CORPORA}: nothing to evaluate, skipped.`);
    return;
  }
  const results: Result[] = [];
  if (existsSync(BBC)) results.push(await check('BBC News Summary (.txt)', BBC, ROOT));
  if (existsSync(BASIL)) {
    const dir = mkdtempSync(path.join(tmpdir(), 'digest-check-basil-'));
    try {
      basilAsMarkdown(dir);
      results.push(await check('BASIL (.md with front matter)', dir, dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const text = table(results);
  console.log(text);
  const markdown = `# digest check on published articles\n\nMeasured by \`npm run eval:check\` (eval/check-corpus.ts) with default rules and today = ${TODAY}. ` +
    'Published, copy-edited articles should give few findings; each finding below is either a real problem in the stored text or a false alarm (see the notes).\n\n' +
    `${text}\n`;
  mkdirSync(path.join(ROOT, 'eval/results'), { recursive: true });
  const notesFile = path.join(ROOT, 'eval/results/check-corpus-notes.md');
  const notes = existsSync(notesFile) ? `\n${readFileSync(notesFile, 'utf8')}` : '';
  writeFileSync(path.join(ROOT, 'eval/results/check-corpus.md'), markdown + notes);
}

await run();
