// Hand-made Quote and Figure objects for unit tests: only the fields a test cares about are given.
import type { Figure, Quote } from '../../src/model.js';

let offset = 0;

export function quote(text: string, speaker: string | null = null, kind: Quote['kind'] = 'full'): Quote {
  const start = (offset += 100);
  return { text, speaker, speakerRole: null, cue: speaker ? 'said' : null, kind, start, end: start + text.length, line: 1, column: 1, paragraphs: [], sentence: 0 };
}

export function figure(text: string, value: number | null, unit: Figure['unit'], kind: Figure['kind'], context: string | null): Figure {
  const start = (offset += 100);
  return { text, value, unit, kind, approx: null, context, start, end: start + text.length, line: 1, column: 1, sentence: 0, changeFrom: null, high: null, measure: null, direction: null };
}
