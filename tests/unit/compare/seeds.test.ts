import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/compare/index.js';
import { isProblem, parseArticleText } from '../../../src/ingest/parse.js';
import type { Article, Comparison, QuoteGroup } from '../../../src/model.js';
import { SEED_000, SEED_003, haveSeeds, readSeed } from '../../helpers/seeds.js';

function parseSeed(file: string): Article {
  const parsed = parseArticleText(file, readSeed(file));
  if (isProblem(parsed)) throw new Error(parsed.message);
  return parsed;
}

/** The group holding a quote of `article` whose text is `text` (case ignored). */
function groupWith(comparison: Comparison, article: number, text: string): QuoteGroup | undefined {
  return comparison.quotes.find((g) => g.members.some((m) => m.article === article && m.quote.text.toLowerCase() === text.toLowerCase()));
}

describe.skipIf(!haveSeeds)('compare on the seeds (000: one outlet, 003: another, same Ofsted report)', () => {
  const comparison = haveSeeds ? compareArticles([parseSeed(SEED_000), parseSeed(SEED_003)]) : (null as unknown as Comparison);

  it('calls them the same story', () => {
    expect(comparison.pairs[0]!.verdict).toBe('same story');
  });

  it('"serious and widespread failures" is shared though the case differs', () => {
    const group = groupWith(comparison, 0, 'serious and widespread failures');
    expect(group?.kind).toBe('shared');
    const in003 = group!.members.find((m) => m.article === 1)!;
    expect(in003.quote.text).toBe('SERIOUS and widespread failures');
    expect(in003.match).toBe('same');
  });

  it('"deteriorated significantly" is shared', () => {
    const group = groupWith(comparison, 0, 'deteriorated significantly');
    expect(group?.kind).toBe('shared');
    expect(group!.members.some((m) => m.article === 1 && /deteriorated significantly/.test(m.quote.text))).toBe(true);
  });

  it('the headline\'s "widespread failings" is a variant of "serious and widespread failures", with a word diff', () => {
    const group = groupWith(comparison, 0, 'widespread failings');
    expect(group).toBe(groupWith(comparison, 0, 'serious and widespread failures'));
    const headline = group!.members.find((m) => m.quote.text === 'widespread failings')!;
    expect(headline.quote.line).toBe(1);
    expect(headline.match).toBe('reworded');
    expect(headline.diff).toContainEqual({ op: 'ins', text: 'failings' });
    expect(headline.diff).toContainEqual({ op: 'del', text: 'failures' });
  });

  it('2011 is a figure in both', () => {
    const group = comparison.figures.find((g) => g.members.some((m) => m.figure.value === 2011));
    expect(group?.kind).toBe('shared');
    expect(new Set(group!.members.map((m) => m.article))).toEqual(new Set([0, 1]));
  });

  it('the figures of seed 003 are in 003 only', () => {
    const only003 = comparison.figures.filter((g) => g.kind === 'only' && g.members[0]!.article === 1).map((g) => g.members[0]!.figure.text);
    for (const figure of ['7,319', '6,062', '604', '473', '£9.2million']) expect(only003).toContain(figure);
  });

  it('people quoted by 003 only are named in 003 only', () => {
    const names = comparison.namesOnly[1]!.map((n) => n.text);
    expect(names).toEqual(expect.arrayContaining(['Pete Bungard', 'Paul Hodgkinson']));
    expect(comparison.namesOnly[0]!.map((n) => n.text)).toContain('Middlesbrough');
  });
});
