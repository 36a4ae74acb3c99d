// npm run eval:figure-context-misses [-- own|dev]: for every matched figure whose `context` misses what the gold says
// it counts, prints the gold keywords, our context and the figure's sentence, to the terminal only (never to a file).
// The fresh split of eval/gold/figures.jsonl is never printed: it stays unseen.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stemmer } from 'stemmer';
import { extractFigures } from '../src/extract/figures.js';
import { isProblem, parseArticleText } from '../src/ingest/parse.js';
import type { Article, Figure } from '../src/model.js';
import { loadArticlesManifest } from './lib/articles-manifest.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHARED = path.resolve(ROOT, '../shared');

interface GoldFigure { at: number; value: number; unit: string; counts: string[] | null }
interface GoldArticle { source: string; split: string; path: string; id: string | null; figures: GoldFigure[] }

function stems(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => stemmer(w)));
}

function names(context: string | null, counts: readonly string[]): boolean {
  if (!context) return false;
  const words = stems(context);
  return counts.flatMap((c) => c.split(/[\s-]+/)).filter((c) => c.length > 2).some((c) => words.has(stemmer(c.toLowerCase())));
}

function parse(file: string, text: string): Article {
  const parsed = parseArticleText(file, text);
  if (isProblem(parsed)) throw new Error(`${file}: ${parsed.message}`);
  return parsed;
}

function sentenceOf(article: Article, f: Figure): string {
  const s = article.sentences[f.sentence];
  return s ? article.text.slice(s.start, s.end).replace(/\s+/g, ' ') : '';
}

function show(article: Article, f: Figure, counts: string): void {
  console.log(`  ${f.text} [${counts}] got "${f.context ?? ''}"\n      ${sentenceOf(article, f)}`);
}

function dev(): void {
  let n = 0;
  for (const line of readFileSync(path.join(ROOT, 'eval/gold/figures.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const gold = JSON.parse(line) as GoldArticle;
    if (gold.split !== 'dev') continue;
    const file = path.join(gold.source === 'own' ? ROOT : SHARED, gold.path);
    if (!existsSync(file)) continue;
    let text = readFileSync(file, 'utf8');
    if (gold.id !== null) text = (JSON.parse(text.split('\n').find((l) => l.includes(`"id": "${gold.id}"`)) ?? '{}') as { article: string }).article;
    const article = parse(gold.path, text);
    const figures = extractFigures(article);
    const out: string[] = [];
    for (const g of gold.figures) {
      if (!g.counts || g.unit === 'year') continue;
      const f = figures.find((x) => x.unit === g.unit && x.start <= g.at && g.at < x.end);
      if (f && !names(f.context, g.counts)) { out.push(''); show(article, f, g.counts.join(',')); n++; }
    }
    if (out.length) console.log(`${gold.path}${gold.id ? `#${gold.id.slice(0, 12)}` : ''}`);
  }
  console.log(`dev context misses: ${n}`);
}

function own(): void {
  const filler = new Set(['that', 'this', 'with', 'from', 'into', 'than', 'their', 'there', 'when', 'which', 'year', 'years', 'months', 'share', 'number', 'times', 'before', 'after', 'until', 'last', 'each']);
  let n = 0;
  for (const gold of loadArticlesManifest(ROOT).articles) {
    const article = parse(gold.file, readFileSync(path.join(ROOT, gold.file), 'utf8'));
    const figures = extractFigures(article);
    console.log(gold.file);
    for (const g of gold.figures) {
      if (g.kind === 'other' || g.kind === 'year' || g.kind === 'date') continue;
      const keywords = g.counts.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4 && !filler.has(w));
      if (keywords.length === 0) continue;
      const f = figures.find((x) => x.line === g.line && x.kind !== 'other' && (g.value === null || (x.value !== null && Math.abs(x.value - g.value) <= 1e-3 * Math.abs(g.value) + 1e-9)) && x.unit === g.unit);
      if (f && !names(f.context, keywords)) { show(article, f, g.counts); n++; }
    }
  }
  console.log(`own context misses: ${n}`);
}

const which = process.argv[2];
if (which !== 'dev') own();
if (which !== 'own') dev();
