// PolNeAR gold quotes for one compartment: one annotator per article (the lowest annotator id
// with an annotation file for it), its attributions whose content holds a double quotation mark
// (from derived-direct-quotes.jsonl), the quoted words of each, and its source resolved for scoring.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SOURCE_CHUNK_SEPARATOR, type GoldUnit } from './quote-scoring.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../../src/extract/first-names.js';
import { SPEECH_VERBS } from '../../src/extract/cue-words.js';

/**
 * How gold sources are read for speaker accuracy. v1: as first published (every source scored; a
 * pronoun stands for the nearest earlier annotated source with a name, organisations and the other
 * gender by first name skipped). v2 adds two corrections of plainly wrong gold, both independent of
 * what digest predicts: a source span that names nobody (the annotator marked the verb: "said",
 * "asked in an interview") is not scored, like a quote with no source; and "he"/"she" never stands
 * for a plural, an organisation in capitals or a document ("leaders of …", "the FBI", "a poll from
 * …", "by thousands of …"): the search goes on to the next earlier source.
 */
export type GoldProtocol = 'v1' | 'v2';

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
  /** Protocol v2: records whose source span names nobody (a verb: "said"), not scored for the speaker. */
  unusableSource: number;
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
function antecedent(sources: ReadonlyArray<{ start: number; text: string }>, offset: number, pronoun: string, protocol: GoldProtocol): string | null {
  const wanted = /^he$/i.test(pronoun) ? 'male' : /^she$/i.test(pronoun) ? 'female' : null;
  for (let i = sources.length - 1; i >= 0; i--) {
    const s = sources[i]!;
    if (s.start >= offset || isPronoun(s.text) || !hasName(s.text)) continue;
    if (wanted && ORG_HEADS.test(s.text.trim())) continue;
    if (wanted && protocol === 'v2' && !canBeOnePerson(s.text)) continue;
    const gender = genderOf(s.text);
    if (wanted && gender && gender !== wanted) continue;
    return s.text;
  }
  return null;
}

/**
 * Protocol v2: does a source name one person? Not when it opens with "by" (a passive agent span),
 * nor when the head of its first chunk (cut at the first preposition: "leaders of X" → "leaders",
 * "a new poll from X" → "poll", "the state senator" → "senator") is a lower-case word (a plural, a
 * document, or a description of someone named before), an organisation word, or a bare acronym in
 * capitals ("the FBI").
 */
function canBeOnePerson(source: string): boolean {
  const chunks = source.replace(/\([^)]*\)/g, ' ').split(SOURCE_CHUNK_SEPARATOR).map((chunk) => chunk.trim().split(/\s+/).filter((w) => w && !REFLEXIVES.has(w.toLowerCase())));
  if (/^by$/i.test(chunks[0]![0] ?? '')) return false;
  const first = headOf(chunks[0]!);
  if (/^\p{Ll}+[^s]s$/u.test(first) || ORG_HEADS.test(first)) return false;
  // A chunk must end in a name: "the state senator", "The county governor" name nobody (the search goes on to
  // the name they describe); "her adviser, Jo Lind" and "Former secretary of state Roe" do.
  return chunks.some((words) => {
    const head = words.at(-1)?.replace(/[’'.]s?$/, '') ?? '';
    // "the FBI", "AP": a bare acronym; but "The Podesta Group's CEO" is a person.
    return /^\p{Lu}/u.test(head) && !ORG_HEADS.test(head) && !(/^\p{Lu}{2,}$/u.test(head) && words.length <= 2);
  });
}

/** "Roe himself": the reflexive is not the head. */
const REFLEXIVES = new Set(['himself', 'herself']);

/** The head of a chunk: its last word before the first preposition, possessive dropped. */
function headOf(words: readonly string[]): string {
  const cut = words.findIndex((w, n) => n > 0 && HEAD_PREPOSITIONS.has(w.toLowerCase()));
  return (cut === -1 ? words : words.slice(0, cut)).at(-1)?.replace(/[’'.]s?$/, '') ?? '';
}

/** Prepositions that end the head of a source ("leaders of …", "a poll from …"). */
const HEAD_PREPOSITIONS = new Set(['of', 'from', 'at', 'for', 'with', 'in', 'on', 'by']);

/**
 * Protocol v2: a source span that names nobody: the annotator marked the verb or its modifiers
 * ("said", "asked in an interview": a speech verb first and no capital; not "state Sen. Jason
 * Holsman"), or a fragment of a single letter (not "I").
 */
function namesNobody(source: string): boolean {
  const first = source.trim().split(/\s+/)[0] ?? '';
  return (SPEECH_VERBS.has(first) && !/\p{Lu}/u.test(source)) || (source.replace(/[^\p{L}]/gu, '').length <= 1 && !isPronoun(source));
}

/** "Sen. Jo Roe, who said" → "Jo Roe": a relative pronoun stands for the name just before it. */
function relativeAntecedent(text: string, pronoun: string, offset: number): string | null {
  if (!/^(?:who|which|that)$/i.test(pronoun.trim())) return null;
  const before = text.slice(Math.max(0, offset - 80), offset).replace(/[\s,]+$/, '');
  const m = /((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*)$/u.exec(before);
  return m ? m[1]! : null;
}

export function loadDerived(root: string): DerivedRecord[] {
  return readFileSync(path.join(root, 'derived-direct-quotes.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as DerivedRecord);
}

export function loadCompartment(root: string, compartment: string, records: readonly DerivedRecord[], protocol: GoldProtocol = 'v2'): PolnearArticle[] {
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
    return { name, file, text, annotator, ...goldUnits(text, (byArticle.get(name) ?? []).filter((r) => r.annotator === annotator), sources, protocol) };
  });
}

function goldUnits(text: string, records: readonly DerivedRecord[], sources: ReadonlyArray<{ start: number; text: string }>, protocol: GoldProtocol) {
  const gold: GoldUnit[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  let noSource = 0;
  let unusableSource = 0;
  for (const r of records) {
    const words = new Set<number>();
    for (const [s, e] of r.content.spans) quotedWords(text, s, e, words);
    if (words.size === 0) continue;
    const key = [...words].sort((a, b) => a - b).join(',');
    if (seen.has(key)) { duplicates++; continue; }
    seen.add(key);
    if (!r.source) noSource++;
    const unusable = protocol === 'v2' && r.source !== null && namesNobody(r.source.text);
    if (unusable) unusableSource++;
    const pronoun = r.source !== null && isPronoun(r.source.text);
    const at = r.source?.spans[0]?.[0] ?? 0;
    const speaker = !r.source || unusable ? null : !pronoun ? r.source.text
      : relativeAntecedent(text, r.source.text, at) ?? antecedent(sources, at, r.source.text.trim(), protocol);
    gold.push({ words, speaker, speakerAsAnnotated: r.source?.text ?? null, pronoun });
  }
  return { gold, duplicates, noSource, unusableSource };
}
