// Pieces every article format shares once its text is known: paragraphs with positions, the
// sentences inside them, and problems.
import type { Paragraph, Problem, Sentence } from '../model.js';
import type { LineIndex } from '../text/lines.js';
import { splitSentences } from '../text/sentences.js';
import type { Block } from './layout.js';

export function toParagraph(block: Block, index: number, lines: LineIndex): Paragraph {
  return { index, text: block.text, start: block.start, end: block.end, ...lines.position(block.start) };
}

export function sentencesOf(paragraphs: readonly Paragraph[], lines: LineIndex): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    for (const span of splitSentences(paragraph.text)) {
      const start = paragraph.start + span.start;
      const { line, column } = lines.position(start);
      sentences.push({
        index: sentences.length,
        paragraph: paragraph.index,
        text: paragraph.text.slice(span.start, span.end),
        start,
        end: paragraph.start + span.end,
        line,
        column,
      });
    }
  }
  return sentences;
}

export function problem(path: string, code: Problem['code'], severity: Problem['severity'], message: string): Problem {
  return { path, code, severity, message, line: null, column: null };
}
