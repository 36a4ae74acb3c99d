// Readers for the evaluation corpora in ../shared/corpora. They are read at run time only; an
// absent corpus gives null so a script can skip it with a clear message.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isProblem, parseArticleText } from '../../src/ingest/parse.js';
import type { Article } from '../../src/model.js';
import { csvRecords } from './csv.js';

/** The repository root, from src (eval/lib) or from the build (dist/eval/lib). */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

export const SHARED = path.resolve(repoRoot(), '..', 'shared');
export const CORPORA = path.join(SHARED, 'corpora');

export function corpusDir(name: string): string | null {
  const dir = path.join(CORPORA, name);
  return existsSync(dir) ? dir : null;
}

/** An article parsed the way `digest` parses a file; text that cannot be an article throws. */
export function toArticle(file: string, text: string): Article {
  const parsed = parseArticleText(file, text);
  if (isProblem(parsed)) throw new Error(`${file}: ${parsed.message}`);
  return parsed;
}

export interface SemevalPair {
  id: string;
  text1: string;
  text2: string;
  /** Human rating, 1 = very similar … 4 = very dissimilar. */
  overall: number;
}

export function readSemeval(split: 'training' | 'testing'): SemevalPair[] | null {
  const dir = corpusDir('semeval2022-task8-en');
  if (!dir) return null;
  const records = csvRecords(readFileSync(path.join(dir, `${split}_set.en-en.csv`), 'utf8'));
  return records.map((r) => ({ id: r.pair_id ?? '', text1: (r.text1 ?? '').trim(), text2: (r.text2 ?? '').trim(), overall: Number(r.Overall) }));
}

export interface EcbDoc {
  cluster: string;
  topic: number;
  doc: string;
  text: string;
}

export function readEcbPlus(): EcbDoc[] | null {
  const dir = corpusDir('ecbplus');
  if (!dir) return null;
  return readFileSync(path.join(dir, 'ecbplus_docs.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => {
    const row = JSON.parse(line) as EcbDoc;
    return { cluster: row.cluster, topic: row.topic, doc: row.doc, text: row.text };
  });
}

export interface BasilArticle {
  triplet: string;
  source: string;
  file: string;
  title: string;
  date: string;
  paragraphs: string[];
  /** Phrases the annotators marked as quotes (quote: yes), as written. */
  quoteSpans: string[];
}

export function readBasil(): BasilArticle[] | null {
  const dir = corpusDir('basil');
  if (!dir) return null;
  const out: BasilArticle[] = [];
  const root = path.join(dir, 'articles');
  for (const year of readdirSync(root).sort()) {
    for (const name of readdirSync(path.join(root, year)).sort()) {
      if (!name.endsWith('.json')) continue;
      const raw = JSON.parse(readFileSync(path.join(root, year, name), 'utf8')) as Record<string, unknown>;
      const paragraphs = (raw['body-paragraphs'] as string[][]).map((sentences) => sentences.join(' ')).filter((p) => p.trim() !== '');
      const annotations = path.join(dir, 'annotations', year, name.replace(/\.json$/, '_ann.json'));
      const spans = existsSync(annotations)
        ? ((JSON.parse(readFileSync(annotations, 'utf8')) as { 'phrase-level-annotations'?: Array<{ quote?: string; txt?: string; id?: string }> })['phrase-level-annotations'] ?? [])
          .filter((a) => a.quote === 'yes' && a.id !== 'title' && typeof a.txt === 'string').map((a) => a.txt!)
        : [];
      out.push({
        triplet: String(raw['triplet-uuid']), source: String(raw.source).toLowerCase(), file: `${year}/${name}`,
        title: String(raw.title ?? ''), date: String(raw.date ?? ''), paragraphs, quoteSpans: spans,
      });
    }
  }
  return out;
}

/** A BASIL article as a Markdown file with front matter, the way a newsroom would store it. */
export function basilArticle(b: BasilArticle): Article {
  const front = `---\ntitle: ${JSON.stringify(b.title)}\nsource: ${b.source}\ndate: ${JSON.stringify(b.date)}\n---\n\n`;
  return toArticle(`basil/${b.file.replace(/\.json$/, '.md')}`, `${front}${b.paragraphs.join('\n\n')}\n`);
}
