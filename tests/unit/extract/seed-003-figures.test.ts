import { describe, expect, it } from 'vitest';
import { extractFigures, rankFigures } from '../../../src/extract/figures.js';
import { isProblem, parseArticleText } from '../../../src/ingest/parse.js';
import type { Figure } from '../../../src/model.js';
import { SEED_003, haveSeeds, readSeed } from '../../helpers/seeds.js';

describe.skipIf(!haveSeeds)('seed 003 figures (issue 5)', () => {
  const article = parseArticleText(SEED_003, haveSeeds ? readSeed(SEED_003) : 'x');
  const figures: Figure[] = isProblem(article) ? [] : extractFigures(article);
  const find = (value: number, unit: string) => figures.find((f) => f.value === value && f.unit === unit);

  it.each([
    [7319, 'count', /children requiring/],
    [6062, 'count', /children requiring/],
    [604, 'count', /children/],
    [473, 'count', /children/],
    [7, 'count', /notifications/],
    [3, 'count', /case reviews/],
    [500, 'count', /staff/],
    [9200000, 'GBP', /investment/],
    [2011, 'year', null],
    [2016, 'year', null],
  ])('%d %s', (value, unit, context) => {
    const figure = find(value, unit);
    expect(figure, `${value} ${unit}`).toBeDefined();
    if (context) expect(figure?.context).toMatch(context);
  });

  it('links 7,319 to 6,062 as a change, each with its date', () => {
    const newer = figures.findIndex((f) => f.value === 7319);
    const older = figures.findIndex((f) => f.value === 6062);
    expect(figures[newer]?.changeFrom).toBe(older);
    expect(figures[newer]?.direction).toBe('up');
    expect(figures[newer]?.context).toMatch(/end of February/);
    expect(figures[older]?.context).toMatch(/end of March 2016/);
  });

  it('keeps the texts exact and ranks the change first', () => {
    for (const f of figures) expect(isProblem(article) ? '' : article.text.slice(f.start, f.end)).toBe(f.text);
    expect(find(9200000, 'GBP')?.text).toBe('£9.2million');
    expect(find(7, 'count')?.text).toBe('seven');
    const key = rankFigures(figures, 2).map((i) => figures[i]?.value);
    expect(key).toContain(7319);
  });
});
