import { describe, expect, it } from 'vitest';
import { rankQuotes } from '../../../src/extract/quotes.js';
import type { Quote } from '../../../src/model.js';

function quote(text: string, speaker: string | null, kind: Quote['kind'] = 'full'): Quote {
  return { text, speaker, speakerRole: null, cue: speaker ? 'said' : null, kind, start: 0, end: text.length, line: 1, column: 1, paragraphs: [], sentence: 0 };
}

describe('rankQuotes', () => {
  const quotes = [
    quote('inadequate', null, 'term'),
    quote('fine', null, 'partial'),
    quote('We will spend £9m on new social workers and we must do better by every child in our care.', 'Pete Bungard'),
    quote('We are sorry that families waited far too long for help.', 'Pete Bungard'),
    quote('The council has failed children for years and its leaders must explain why.', 'Paul Hodgkinson'),
  ];

  it('puts named speakers with substantial full quotes first, varies speakers, never picks a term', () => {
    const ranked = rankQuotes(quotes, 3);
    expect(ranked).toHaveLength(3);
    expect(ranked.slice(0, 2).sort()).toEqual([2, 4]);
    expect(ranked).not.toContain(0);
  });

  it('puts a fragment of a few words after a second full quote of a speaker already chosen', () => {
    const ranked = rankQuotes([
      quote('Most of the people who come to us could be treated somewhere else, and sooner.', 'Rhea Imrie'),
      quote('This centre gives them that place, on the same site, with no appointment.', 'Rhea Imrie'),
      quote('around the clock', 'Marcus Osei', 'partial'),
    ], 3);
    expect(ranked).toEqual([0, 1, 2]);
  });

  it('respects the limit and returns nothing for zero', () => {
    expect(rankQuotes(quotes, 0)).toEqual([]);
    expect(rankQuotes(quotes, 10)).toHaveLength(4);
  });

  it('leaves out a quote the summary already shows whole, but not one it shows only in part', () => {
    const placed = (q: Quote, start: number): Quote => ({ ...q, start, end: start + q.text.length });
    const spaced = quotes.map((q, i) => placed(q, i * 200));
    const summaryHoldsThird = [{ start: 390, end: 500 }];
    expect(rankQuotes(spaced, 10, summaryHoldsThird)).not.toContain(2);
    expect(rankQuotes(spaced, 10, summaryHoldsThird)).toHaveLength(3);
    const summaryCutsThird = [{ start: 410, end: 500 }];
    expect(rankQuotes(spaced, 10, summaryCutsThird)).toContain(2);
  });
});
