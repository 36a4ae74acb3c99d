// PolNeAR gold quotes for one compartment: one annotator per article (the lowest annotator id
// with an annotation file for it), its attributions whose content holds a double quotation mark
// (from derived-direct-quotes.jsonl), the quoted words of each, and its source resolved for scoring.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { GoldUnit } from './quote-scoring.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../../src/extract/first-names.js';

export interface PolnearArticle {
  name: string;
  file: string;
  text: string;
  annotator: string;
  gold: GoldUnit[];
  /** Records dropped as duplicates of another unit of the same annotator (same quoted words). */
  duplicates: number;
  /** Records with no source span (Attribution-no-source). */
  noSource: number;
}

interface DerivedRecord {
  compartment: string;
  article: string;
  annotator: string;
  id: string;
  source: { text: string; spans: Array<[number, number]> } | null;
  content: { text: string; spans: Array<[number, number]> };
  kind: 'full' | 'partial';
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'him', 'her', 'them', 'who', 'which', 'that']);
const DOUBLE_MARK = /["“”]/g;
const WORD = /[\p{L}\p{N}]+/gu;

export function isPronoun(text: string): boolean {
  return PRONOUNS.has(text.trim().toLowerCase());
}

/** Word start offsets inside the quotation marks of one content fragment (first mark to last mark). */
export function quotedWords(text: string, start: number, end: number, into: Set<number>): void {
  const fragment = text.slice(start, end);
  const marks = [...fragment.matchAll(DOUBLE_MARK)].map((m) => m.index);
  if (marks.length === 0) return;
  let from = marks[0]!;
  let to = marks.at(-1)!;
  if (marks.length === 1) {
    if (fragment[from] === '”' || (fragment[from] === '"' && from > fragment.length / 2)) { to = from; from = 0; }
    else to = fragment.length;
  }
  for (const m of fragment.slice(from, to).matchAll(WORD)) into.add(start + from + m.index);
}

/** Source spans of one annotation file, in order: for resolving a pronoun source to its antecedent. */
function sourceSpans(annFile: string, text: string): Array<{ start: number; text: string }> {
  const spans: Array<{ start: number; text: string }> = [];
  for (const line of readFileSync(annFile, 'utf8').split('\n')) {
    const m = /^T\d+\tSource (\d+) (\d+)/.exec(line);
    if (!m) continue;
    const start = Number(m[1]);
    spans.push({ start, text: text.slice(start, Number(m[2])) });
  }
  return spans.sort((a, b) => a.start - b.start);
}

const DETERMINER_CAPS = new Set(['A', 'An', 'The', 'One', 'Some', 'His', 'Her', 'Their', 'Its', 'Our', 'This', 'That']);
const ORG_HEADS = /\b(?:campaign|committee|party|council|department|office|agency|association|group|times|post|news|journal|network|poll|polls|survey|report|page|statement|website)$/i;

/** A name in the source: a capitalised word that is not just a capitalised determiner. */
function hasName(text: string): boolean {
  return text.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !DETERMINER_CAPS.has(w));
}

/** The gender a source's first name or title shows, if any (same word lists as the extractor). */
function genderOf(text: string): 'male' | 'female' | null {
  for (const word of text.toLowerCase().replace(/[.,]/g, '').split(/\s+/)) {
    if (FEMALE_FIRST_NAMES.has(word) || ['mrs', 'ms', 'miss'].includes(word)) return 'female';
    if (MALE_FIRST_NAMES.has(word) || word === 'mr') return 'male';
  }
  return null;
}

/**
 * "he said" → the nearest earlier annotated source that names someone the pronoun can stand for:
 * a name (not a pronoun or a bare description), for he/she not an organisation and not of the other gender.
 */
function antecedent(sources: ReadonlyArray<{ start: number; text: string }>, offset: number, pronoun: string): string | null {
  const wanted = /^he$/i.test(pronoun) ? 'male' : /^she$/i.test(pronoun) ? 'female' : null;
  for (let i = sources.length - 1; i >= 0; i--) {
    const s = sources[i]!;
    if (s.start >= offset || isPronoun(s.text) || !hasName(s.text)) continue;
    if (wanted && ORG_HEADS.test(s.text.trim())) continue;
    const gender = genderOf(s.text);
    if (wanted && gender && gender !== wanted) continue;
    return s.text;
  }
  return null;
}

/** "Sen. Ted Cruz, who said" → "Ted Cruz": a relative pronoun stands for the name just before it. */
function relativeAntecedent(text: string, pronoun: string, offset: number): string | null {
  if (!/^(?:who|which|that)$/i.test(pronoun.trim())) return null;
  const before = text.slice(Math.max(0, offset - 80), offset).replace(/[\s,]+$/, '');
  const m = /((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*)$/u.exec(before);
  return m ? m[1]! : null;
}

export function loadDerived(root: string): DerivedRecord[] {
  return readFileSync(path.join(root, 'derived-direct-quotes.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as DerivedRecord);
}

export function loadCompartment(root: string, compartment: string, records: readonly DerivedRecord[]): PolnearArticle[] {
  const textDir = path.join(root, compartment, 'text');
  const annDir = path.join(root, compartment, 'attributions');
  if (!existsSync(textDir)) return [];
  const annFiles = readdirSync(annDir);
  const byArticle = new Map<string, DerivedRecord[]>();
  for (const r of records) if (r.compartment === compartment) byArticle.set(r.article, [...(byArticle.get(r.article) ?? []), r]);
  return readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const name = f.slice(0, -4);
    const file = path.join(textDir, f);
    const text = readFileSync(file, 'utf8');
    const annotators = annFiles.filter((a) => a.startsWith(`${name}_`)).map((a) => a.slice(name.length + 1, -4)).sort();
    const annotator = annotators[0] ?? '';
    const sources = annotator ? sourceSpans(path.join(annDir, `${name}_${annotator}.ann`), text) : [];
    return { name, file, text, annotator, ...goldUnits(text, (byArticle.get(name) ?? []).filter((r) => r.annotator === annotator), sources) };
  });
}

function goldUnits(text: string, records: readonly DerivedRecord[], sources: ReadonlyArray<{ start: number; text: string }>) {
  const gold: GoldUnit[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  let noSource = 0;
  for (const r of records) {
    const words = new Set<number>();
    for (const [s, e] of r.content.spans) quotedWords(text, s, e, words);
    if (words.size === 0) continue;
    const key = [...words].sort((a, b) => a - b).join(',');
    if (seen.has(key)) { duplicates++; continue; }
    seen.add(key);
    if (!r.source) noSource++;
    const pronoun = r.source !== null && isPronoun(r.source.text);
    const at = r.source?.spans[0]?.[0] ?? 0;
    const speaker = !r.source ? null : !pronoun ? r.source.text
      : relativeAntecedent(text, r.source.text, at) ?? antecedent(sources, at, r.source.text.trim());
    gold.push({ words, speaker, speakerAsAnnotated: r.source?.text ?? null, pronoun });
  }
  return { gold, duplicates, noSource };
}
