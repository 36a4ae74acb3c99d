import { describe, expect, it } from 'vitest';
import { article, checkText, where } from '../../../helpers/check.js';

const BODY = 'The council met on Tuesday to discuss the plans for the new library.';

describe('field/required', () => {
  it.each([
    ['title and date present', ['title: Library plans approved', 'date: 2025-01-02'], []],
    ['headline stands in for title', ['headline: Library plans approved', 'published: 2025-01-02'], []],
    ['title missing', ['date: 2025-01-02'], ['field/required@1:1']],
    ['both missing', ['author: Sam'], ['field/required@1:1', 'field/required@1:1']],
    ['title empty', ['title: ""', 'date: 2025-01-02'], ['field/required@2:8']],
    ['date empty', ['title: Library plans approved', 'date:'], ['field/required@3:6']],
  ])('%s', (_name, front, expected) => {
    expect(where(checkText(article(front, BODY)), 'field/required')).toEqual(expected);
  });

  it('reports a Markdown file without front matter', () => {
    expect(where(checkText(`# Library plans approved\n\n${BODY}\n`), 'field/required')).toHaveLength(2);
  });

  it('does not apply to plain-text articles', () => {
    expect(where(checkText(`Library plans approved\n\n${BODY}\n`, { file: 'story.txt' }), 'field/required')).toEqual([]);
  });

  it('takes its fields from the options', () => {
    const text = article(['title: Library plans approved', 'date: 2025-01-02'], BODY);
    const findings = checkText(text, { rules: { 'field/required': ['error', { fields: ['title', 'author|byline'] }] } });
    expect(findings.filter((f) => f.ruleId === 'field/required').map((f) => f.message)).toEqual(['required field "author" is missing']);
  });
});

describe('field/unknown', () => {
  it.each([
    ['titel', ['field/unknown@2:1']],
    ['dte', ['field/unknown@2:1']],
    ['Title', ['field/unknown@2:1']],
    ['auther', ['field/unknown@2:1']],
    ['categroies', ['field/unknown@2:1']],
    ['standfirst', []],
    ['weather', []],
    ['id', []],
  ])('%s', (name, expected) => {
    const text = article([`${name}: something`, 'title: Library plans approved', 'date: 2025-01-02'], BODY);
    expect(where(checkText(text), 'field/unknown')).toEqual(expected);
  });

  it('suggests the known name', () => {
    const text = article(['titel: x', 'title: Library plans approved', 'date: 2025-01-02'], BODY);
    expect(checkText(text).find((f) => f.ruleId === 'field/unknown')?.message).toContain('"title"');
  });

  it('accepts extra known names from the options', () => {
    const text = article(['standfrst: x', 'title: Library plans approved', 'date: 2025-01-02'], BODY);
    expect(where(checkText(text, { rules: { 'field/unknown': ['warn', { extra: ['standfirst'] }] } }), 'field/unknown')).toEqual(['field/unknown@2:1']);
    expect(where(checkText(text), 'field/unknown')).toEqual([]);
  });
});

describe('field/type', () => {
  const base = ['title: Library plans approved', 'date: 2025-01-02'];
  it.each([
    ['tags as a list', 'tags: [a, b]', []],
    ['tags as a block list', 'tags:\n  - a\n  - b', []],
    ['tags as text', 'tags: a, b', ['field/type@4:7']],
    ['tags with a nested map', 'tags: [{a: 1}]', ['field/type@4:7']],
    ['url https', 'url: https://news.example.org/a/b?c=d', []],
    ['url with spaces', 'url: https://news.example.org/a b', ['field/type@4:6']],
    ['url relative', 'url: /news/library', ['field/type@4:6']],
    ['url ftp', 'url: ftp://example.org/file', ['field/type@4:6']],
    ['url without a dotted host', 'url: http://intranet/a', ['field/type@4:6']],
    ['url as a number', 'url: 42', ['field/type@4:6']],
    ['title a number is fine', 'headline: 1984', []],
    ['author a list', 'author: [Sam, Ali]', []],
    ['author a mapping', 'author: {name: Sam}', ['field/type@4:9']],
    ['draft as text', 'draft: "no"', ['field/type@4:8']],
  ])('%s', (_name, line, expected) => {
    expect(where(checkText(article([...base, line], BODY)), 'field/type')).toEqual(expected);
  });

  it('takes extra field types from the options', () => {
    const text = article([...base, 'wordcount: many'], BODY);
    expect(where(checkText(text, { rules: { 'field/type': ['error', { types: { wordcount: 'number' } }] } }), 'field/type')).toEqual(['field/type@4:12']);
  });
});

describe('a rule that throws', () => {
  it('is reported as a crash of that rule, and the other rules still run', async () => {
    const { fileCheck } = await import('../../../helpers/check.js');
    const broken = { 'field/required': ['error', { fields: 5 as unknown as string[] }] } as const;
    const check = fileCheck(article(['titel: x', 'date: 2025-01-02'], BODY), { rules: { ...broken } as never });
    expect(check.crashes.map((crash) => crash.ruleId)).toEqual(['field/required']);
    expect(check.drafts.map((draft) => draft.ruleId)).toContain('field/unknown');
  });
});
