// A headline repeated as the body's first line (pages saved as text often do this) is no paragraph.
import { describe, expect, it } from 'vitest';
import { isProblem, parseArticleText } from '../../../src/ingest/parse.js';

function parsed(file: string, text: string) {
  const article = parseArticleText(file, text);
  if (isProblem(article)) throw new Error(article.message);
  return article;
}

describe('a repeated headline', () => {
  it('is not the first paragraph of a text file', () => {
    const article = parsed('a.txt', 'Harbour flood hits Kelsford\n\nHarbour  flood hits KELSFORD\n\nThe harbour flooded on Monday.\n\nMore rain is due.\n');
    expect(article.headline).toBe('Harbour flood hits Kelsford');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['The harbour flooded on Monday.', 'More rain is due.']);
    expect(article.bodyStart).toBe(article.text.indexOf('The harbour'));
  });

  it('nor of a Markdown file whose front matter gives the title', () => {
    const article = parsed('a.md', '---\ntitle: Harbour flood hits Kelsford\n---\nHarbour flood hits Kelsford\n\nThe harbour flooded on Monday.\n');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['The harbour flooded on Monday.']);
  });

  it('but a first paragraph with other words stays', () => {
    const article = parsed('a.txt', 'Harbour flood hits Kelsford\n\nHarbour flood hits Kelsford hard\n\nThe harbour flooded on Monday.\n');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Harbour flood hits Kelsford hard', 'The harbour flooded on Monday.']);
  });

  it('and an article that is only its headline twice keeps its one body line', () => {
    const article = parsed('a.txt', 'Harbour flood hits Kelsford\n\nHarbour flood hits Kelsford\n');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Harbour flood hits Kelsford']);
  });
});
