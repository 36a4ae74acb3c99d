import { describe, expect, it } from 'vitest';
import { headlineQuotes } from '../../../src/compare/headline-quotes.js';
import { isProblem, parseArticleText } from '../../../src/ingest/parse.js';

function quotesOf(file: string, text: string) {
  const article = parseArticleText(file, text);
  if (isProblem(article)) throw new Error(article.message);
  return headlineQuotes(article).map((q) => ({ text: q.text, kind: q.kind, at: article.text.slice(q.start, q.end), line: q.line }));
}

describe('headlineQuotes', () => {
  it('finds a curly-quoted phrase in a first-line headline, apostrophes left alone', () => {
    expect(quotesOf('a.txt', '‘Widespread failings’ found in Lowbridge children’s services\n\nThe body.\n')).toEqual([
      { text: 'Widespread failings', kind: 'term', at: 'Widespread failings', line: 1 },
    ]);
  });

  it('finds quotes in a front-matter title and points at the title line', () => {
    const found = quotesOf('a.md', '---\ntitle: Council "deeply sorry" for flood delays\n---\n\nBody text here.\n');
    expect(found).toEqual([{ text: 'deeply sorry', kind: 'term', at: 'deeply sorry', line: 2 }]);
  });

  it('gives nothing for a headline without quotes, or no headline', () => {
    expect(quotesOf('a.md', '# Flood wall finished\n\nBody.\n')).toEqual([]);
    expect(quotesOf('a.txt', 'just one paragraph of body text that is long enough to be a body and not a headline at all, really.\n')).toEqual([]);
  });
});
