// BASIL recall check: its phrase annotations marked `quote: yes` are words inside quotes; how many
// fall inside a predicted quote, and is the named speaker right.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extractQuotes } from '../../src/extract/quotes.js';
import type { Article } from '../../src/model.js';
import { speakerWords } from './quote-scoring.js';

export interface BasilResult {
  articles: number;
  spans: number;
  covered: number;
  namedSpeaker: number;
  speakerRight: number;
  /** Of the named speakers, those whose label is a name ("Rick_Perry"), not a group ("House_Democrats", "Tea_Party"). */
  nameLabels: number;
  nameLabelsRight: number;
}

interface BasilArticle {
  title: string;
  'body-paragraphs': string[][];
}

interface BasilPhrase {
  id: string;
  txt: string;
  start: number;
  quote: string;
  speaker: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The article as a text file: title line, blank line, paragraphs (sentences joined by a space). */
function articleText(a: BasilArticle): { text: string; sentences: Array<{ start: number; text: string }> } {
  const sentences: Array<{ start: number; text: string }> = [];
  let text = `${a.title}\n\n`;
  for (const paragraph of a['body-paragraphs']) {
    paragraph.forEach((s, i) => {
      if (i > 0) text += ' ';
      sentences.push({ start: text.length, text: s });
      text += s;
    });
    text += '\n\n';
  }
  return { text, sentences };
}

export function basilRecall(root: string, parse: (file: string, text: string) => Article | null): BasilResult | null {
  if (!existsSync(root)) return null;
  const result: BasilResult = { articles: 0, spans: 0, covered: 0, namedSpeaker: 0, speakerRight: 0, nameLabels: 0, nameLabelsRight: 0 };
  for (const year of readdirSync(path.join(root, 'annotations')).sort()) {
    for (const file of readdirSync(path.join(root, 'annotations', year)).sort()) {
      const annotation = JSON.parse(readFileSync(path.join(root, 'annotations', year, file), 'utf8')) as { 'phrase-level-annotations': BasilPhrase[] };
      const phrases = annotation['phrase-level-annotations'].filter((p) => p.quote === 'yes' && p.id !== 'title');
      if (phrases.length === 0) continue;
      const source = JSON.parse(readFileSync(path.join(root, 'articles', year, file.replace('_ann', '')), 'utf8')) as BasilArticle;
      const { text, sentences } = articleText(source);
      const article = parse(`${file}.txt`, text);
      if (!article) continue;
      const quotes = extractQuotes(article).filter((q) => q.kind !== 'term');
      result.articles++;
      for (const phrase of phrases) scorePhrase(phrase, sentences, quotes, result);
    }
  }
  return result;
}

function scorePhrase(phrase: BasilPhrase, sentences: ReadonlyArray<{ start: number; text: string }>, quotes: ReturnType<typeof extractQuotes>, result: BasilResult): void {
  const sentence = sentences.find((s) => s.text.slice(phrase.start, phrase.start + phrase.txt.length) === phrase.txt);
  if (!sentence) return;
  const start = sentence.start + phrase.start;
  const words = [...phrase.txt.matchAll(WORD)].map((m) => start + m.index);
  if (words.length === 0) return;
  result.spans++;
  const holder = (w: number) => quotes.find((q) => q.paragraphs.some((p) => p.start <= w && w < p.end));
  const inside = words.filter((w) => holder(w) !== undefined);
  if (inside.length * 2 < words.length) return;
  result.covered++;
  if (/^other_/.test(phrase.speaker) || phrase.speaker.trim() === '') return;
  result.namedSpeaker++;
  const quote = holder(inside[0]!);
  const head = speakerWords(phrase.speaker.replace(/_/g, ' ')).at(-1);
  const right = Boolean(quote?.speaker && head && speakerWords(quote.speaker).includes(head));
  if (right) result.speakerRight++;
  if (!isNameLabel(phrase.speaker)) return;
  result.nameLabels++;
  if (right) result.nameLabelsRight++;
}

/** Label words that make a label a group of people, not one person ("Senate_Republicans", "Obama_campaign"). */
const GROUP_WORD = /(?:party|democrats?|republicans?|lawmakers|officials|campaign|administration|department|committee|congress|senate|house|court|police|protesters|supporters|members|leaders|group)$/i;

/** "Rick_Perry", "Ruth_Bader_Ginsburg": two or more capitalised parts, none a group word. */
export function isNameLabel(label: string): boolean {
  const parts = label.split('_');
  return parts.length >= 2 && parts.every((part) => /^\p{Lu}/u.test(part) && !GROUP_WORD.test(part));
}
