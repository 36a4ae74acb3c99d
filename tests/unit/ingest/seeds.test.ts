import { describe, expect, it } from 'vitest';
import { parseArticleText, isProblem } from '../../../src/ingest/parse.js';
import type { Article } from '../../../src/model.js';
import { SEED_000, SEED_003, haveSeeds, readSeed } from '../../helpers/seeds.js';

function parseSeed(file: string): Article {
  const parsed = parseArticleText(file, readSeed(file));
  if (isProblem(parsed)) throw new Error(parsed.message);
  return parsed;
}

describe.skipIf(!haveSeeds)('seed articles', () => {
  it('seed 000: headline line, dateline, newsletter trailer cut and reported', () => {
    const article = parseSeed(SEED_000);
    expect(article.headline).toBe('‘widespread failings’ found in Gloucestershire children’s services');
    expect(article.headlineFrom).toBe('first-line');
    expect(article.date).toBe('2017-07-07');
    expect(article.dateText).toBe('Published 7th July 2017');
    expect(article.trailer?.text).toBe('Sign-up for our newsletter');
    expect(article.paragraphs.every((p) => !p.text.includes('Sign-up'))).toBe(true);
    expect(article.paragraphs[0]?.text.startsWith('Ofsted, the government watchdog')).toBe(true);
    expect(article.paragraphs[0]?.line).toBe(5);
  });

  it('seed 003: no headline line, body starts with the lead, nothing cut', () => {
    const article = parseSeed(SEED_003);
    expect(article.headline).toBeNull();
    expect(article.date).toBeNull();
    expect(article.trailer).toBeNull();
    expect(article.paragraphs[0]?.text.startsWith('‘SERIOUS and widespread failures’')).toBe(true);
    expect(article.paragraphs.at(-1)?.text).toBe('The council’s leaders need to explain how this has happened under their watch."');
  });

  it('every paragraph and sentence offset points at its own text', () => {
    for (const file of [SEED_000, SEED_003]) {
      const article = parseSeed(file);
      for (const unit of [...article.paragraphs, ...article.sentences]) {
        expect(article.text.slice(unit.start, unit.end)).toBe(unit.text);
      }
    }
  });
});
