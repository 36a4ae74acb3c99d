// Predicted quotes as the PolNeAR scoring sees them: speech quotes (not `term`) outside single
// marks, each as the set of word start offsets it covers. Shared by eval:quotes and eval:quote-misses.
import type { Quote } from '../../src/model.js';
import type { Prediction } from './quote-scoring.js';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A quote opened by single marks (‘…’, '…') or by two of them (''…'', the NYT style): PolNeAR's
 * derived file only lists contents holding " “ or ”, so these are kept out of precision.
 */
export function singleMarked(text: string, quote: Quote): boolean {
  let i = quote.paragraphs[0]!.start - 1;
  while (i > 0 && /\s/.test(text[i]!)) i--;
  return text[i] === '‘' || text[i] === "'";
}

/** The scored predictions, the quotes behind them (same order, `keptIndex` into the input) and the single-marked count. */
export function predictionsOf(text: string, quotes: readonly Quote[]): { predictions: Prediction[]; quotes: Quote[]; keptIndex: number[]; single: number } {
  const kept: Quote[] = [];
  const keptIndex: number[] = [];
  let single = 0;
  quotes.forEach((q, i) => {
    if (q.kind === 'term') return;
    if (singleMarked(text, q)) { single++; return; }
    kept.push(q);
    keptIndex.push(i);
  });
  const predictions = kept.map((q) => {
    const words = new Set<number>();
    for (const part of q.paragraphs) for (const m of text.slice(part.start, part.end).matchAll(WORD)) words.add(part.start + m.index);
    return { words, speaker: q.speaker };
  });
  return { predictions, quotes: kept, keptIndex, single };
}
