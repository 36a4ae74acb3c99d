import { describe, expect, it } from 'vitest';
import { articleNames, namesOnlyIn } from '../../../src/compare/entities.js';
import { parseArticleText, isProblem } from '../../../src/ingest/parse.js';
import type { Article } from '../../../src/model.js';

function article(file: string, text: string): Article {
  const parsed = parseArticleText(file, text);
  if (isProblem(parsed)) throw new Error(parsed.message);
  return parsed;
}

const a = article('a.md', `# Flood defences finished late

The council leader, Anne Morris, said the works by Riverside Council were complete.

Morris added that Lowbridge residents had waited long enough. Dev Patel called for an inquiry.
`);
const b = article('b.md', `# River wall work ends

Riverside Council has finished the river wall, leader Anne Morris said on Friday.

The Environment Agency paid for half of it.
`);

describe('articleNames', () => {
  it('lists each name once, counts its mentions, points at the first', () => {
    const names = articleNames(a);
    expect(names.map((n) => [n.text, n.kind, n.mentions])).toEqual([
      ['Anne Morris', 'person', 2],
      ['Riverside Council', 'organisation', 1],
      ['Lowbridge', 'other', 1],
      ['Dev Patel', 'person', 1],
    ]);
    const first = names[0]!;
    expect(a.text.slice(first.start, first.end)).toBe('Anne Morris');
    expect(first.line).toBe(3);
  });
});

describe('namesOnlyIn', () => {
  it('keeps the names no other article mentions', () => {
    const only = namesOnlyIn([a, b], [articleNames(a), articleNames(b)]);
    expect(only.map((names) => names.map((n) => n.text))).toEqual([['Lowbridge', 'Dev Patel'], ['Environment Agency']]);
  });

  it('counts a person as mentioned when only the surname appears', () => {
    const c = article('c.md', 'Leader Morris apologised again.\n');
    const only = namesOnlyIn([a, c], [articleNames(a), articleNames(c)]);
    expect(only[0]!.map((n) => n.text)).not.toContain('Anne Morris');
  });
});
