import { describe, expect, it } from 'vitest';
import { candidateBoundaries, constructionAt, describeConstruction, quoteDepths, SHORT_SENTENCE_WORDS } from '../../../eval/sentence-errors.js';
import {
  constructionOracle, contradictsPractice, MIN_PRACTICE_POSITIONS, positionsOf, practiceOf, tallyPositions, withoutContradictions,
} from '../../../eval/sentence-consistency.js';
import { joinGold, locateSummarySentences, scoreLocatedSentences } from '../../../eval/sentence-metrics.js';

// All text written for these tests.
function constructionOf(text: string, before: string): string {
  const boundary = text.indexOf(before) + before.length + 1;
  return describeConstruction(constructionAt(text, boundary, quoteDepths(text)));
}

describe('constructionAt', () => {
  it.each([
    ['The vote failed. Then it rained.', 'failed.', 'full stop after a word, outside quotations, then sentence-opening word'],
    ['He said, “We lost. Nobody won,” at noon.', 'lost.', 'full stop after a word, inside a quotation, then sentence-opening word'],
    ['She said “we lost.” Then she left.', 'lost.”', 'full stop after a word, closing a quotation, then sentence-opening word'],
    ['Mr. Hale met Ms. Rowe.', 'Mr.', 'full stop after an abbreviation or initial, outside quotations, then other capitalised word'],
    ['“Why now?” Ms. Rowe asked.', 'now?”', '?/!, closing a quotation, then speaker and verb'],
    ['It ended... and then not.', 'ended...', 'ellipsis, outside quotations, then lower-case word'],
    ['It ended: "Fine."', 'ended:', 'no final mark, outside quotations, then opening quote'],
  ])('%s', (text, before, expected) => {
    expect(constructionOf(text, before)).toBe(expected);
  });

  it('tracks straight and curly quotes separately', () => {
    const depths = quoteDepths('a "b" “c ”d');
    expect([depths[0], depths[3], depths[5], depths[8], depths[11]]).toEqual([0, 1, 0, 1, 0]);
  });
});

describe('short sentences inside a quotation', () => {
  function constructionAfter(text: string, before: string): string | undefined {
    const boundary = text.indexOf(before) + before.length + 1;
    return positionsOf({ text, gold: [], found: [] }).find((p) => p.boundary === boundary)?.construction;
  }
  const SHORT = `both sentences ≤ ${SHORT_SENTENCE_WORDS} words`;

  it.each([
    ['“We lost. Nobody won,” she said.', 'lost.', true],
    ['“Why? Nobody knows,” she said.', 'Why?', true],
    ['“We lost the vote on the new bridge by a wide margin. Nobody won,” she said.', 'margin.', false],
    ['“We lost. Nobody in the council won anything at all in the end,” she said.', 'lost.', false],
    ['We lost. Nobody won.', 'lost.', false],
    // abbreviation stops do not cut the stretch: eleven words before "Nobody"
    ['“Mr. Hale and Dr. Rowe lost the vote on the new bridge. Nobody won,” she said.', 'bridge.', false],
  ])('%s', (text, before, short) => {
    expect(constructionAfter(text, before)?.includes(SHORT)).toBe(short);
  });
});

describe('candidateBoundaries', () => {
  it('finds each start after terminal marks, closers and white space', () => {
    expect(candidateBoundaries('One. “Two?” Three... four')).toEqual([5, 12, 21]);
  });
});

describe('gold practice', () => {
  // Ten paragraphs split after "done." and two that keep it whole: a practice of splitting.
  const split = Array.from({ length: 10 }, () => ['It was done.', 'Then we left.']);
  const kept = Array.from({ length: 2 }, () => ['It was done. Then we left.']);
  const results = [...split, ...kept].map((sentences) => ({ ...joinGold(sentences), found: [13] }))
    .map(({ text, boundaries, found }) => ({ text, gold: boundaries, found }));
  const tallies = new Map();
  for (const result of results) tallyPositions(positionsOf({ ...result, found: [] }), tallies);

  it('sees a practice once enough positions agree', () => {
    expect(results.length).toBeGreaterThanOrEqual(MIN_PRACTICE_POSITIONS);
    expect([...tallies.values()].map(practiceOf)).toEqual(['splits']);
  });

  it('sets aside only the positions that go against the practice', () => {
    const keptResult = results.at(-1)!;
    const positions = positionsOf(keptResult);
    expect(positions.map((p) => contradictsPractice(p, tallies))).toEqual([true]);
    expect(withoutContradictions(keptResult, positions, tallies).found).toEqual([]);
    const splitResult = results[0]!;
    expect(withoutContradictions(splitResult, positionsOf(splitResult), tallies)).toEqual(splitResult);
  });

  it('bounds a construction-by-construction splitter: the gold\'s minority places count against it', () => {
    // 10 split of 12 positions: splitting everywhere gives TP 10, FP 2, FN 0 → F1 = 20 / 22.
    expect(constructionOracle(tallies)).toEqual({ truePositives: 10, falsePositives: 2, falseNegatives: 0, f1: 20 / 22 });
  });

  it('splits a construction the gold splits just under half the time when that raises F1', () => {
    const tally = (positions: number, goldSplits: number) => ({ positions, goldSplits, foundSplits: 0, falsePositives: 0, falseNegatives: 0 });
    // "a": 90 of 100 split. "c": 9 of 19 (0.47, under half): with "a" alone F1 = 180 / 199 = 0.905, and a
    // construction pays when its split share beats F1 / 2, so "c" is split too (F1 = 198 / 218 = 0.908).
    // "b": 10 of 100 split: kept together.
    const withC = constructionOracle(new Map([['a', tally(100, 90)], ['c', tally(19, 9)]]));
    expect(withC.truePositives).toBe(99);
    expect(withC.f1).toBeCloseTo((2 * 99) / (99 + 99 + 20), 10);
    const keepsB = constructionOracle(new Map([['a', tally(100, 90)], ['b', tally(100, 10)]]));
    expect(keepsB).toMatchObject({ truePositives: 90, falsePositives: 10, falseNegatives: 10 });
  });

  it('has no practice for a construction split half the time', () => {
    const t = { positions: 10, goldSplits: 5, foundSplits: 0, falsePositives: 0, falseNegatives: 0 };
    expect(practiceOf(t)).toBe('no clear practice');
  });
});

describe('locateSummarySentences and scoreLocatedSentences', () => {
  const article = 'Storm hits coast\n\nThe storm came at night. Roofs were lost. Mr. Hale said the town would rebuild.\n\nSchools shut.';
  const summary = 'Roofs were lost.Schools shut.The storm came at night.';

  it('takes a glued summary apart by where it stops matching the article', () => {
    const spans = locateSummarySentences(article, summary);
    expect(spans.map((s) => article.slice(s.start, s.end))).toEqual(['Roofs were lost.', 'Schools shut.', 'The storm came at night.']);
  });

  it('counts the maker boundaries we share, and our extra splits inside its sentences', () => {
    const spans = locateSummarySentences(article, summary);
    const paragraphStarts = new Set([0, 18, article.indexOf('Schools')]);
    const roofs = article.indexOf('Roofs');
    const hale = article.indexOf('Mr. Hale');
    const good = scoreLocatedSentences(article, spans, new Set([...paragraphStarts, roofs, hale]), paragraphStarts);
    expect(good).toEqual({ truePositives: 2, falsePositives: 0, falseNegatives: 0 });
    const splitsAtNight = new Set([...paragraphStarts, article.indexOf('night'), hale]);
    expect(scoreLocatedSentences(article, spans, splitsAtNight, paragraphStarts)).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
  });
});
