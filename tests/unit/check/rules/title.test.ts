import { describe, expect, it } from 'vitest';
import { article, checkText, fileCheck, where } from '../../../helpers/check.js';
import { addSetFindings, finishFile } from '../../../../src/check/index.js';

const BODY = 'The council met on Tuesday to discuss the plans for the new library.';
const titled = (title: string, body = BODY) => article([`title: ${title}`, 'date: 2025-01-02'], body);

describe('title/length', () => {
  it.each([
    ['Update', ['title/length@2:8']],
    ['Library plans approved', []],
    ['x'.repeat(121), ['title/length@2:8']],
    ['x'.repeat(120), []],
  ])('%s', (title, expected) => {
    expect(where(checkText(titled(title)), 'title/length')).toEqual(expected);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(where(checkText(titled('😀'.repeat(10))), 'title/length')).toEqual([]);
  });

  it('measures a plain-text first-line headline', () => {
    expect(where(checkText(`Update\n\n${BODY}\n`, { file: 'story.txt' }), 'title/length')).toEqual(['title/length@1:1']);
  });

  it('takes its bounds from the options', () => {
    expect(where(checkText(titled('Library plans approved'), { rules: { 'title/length': ['warn', { min: 30, max: 100 }] } }), 'title/length')).toHaveLength(1);
  });
});

describe('title/heading-mismatch', () => {
  it.each([
    ['Library plans approved', '# Library Plans Approved', []],
    ['Library plans approved', '# Library plans approved!', []],
    ['“Library” plans approved', '# "Library" plans approved', []],
    ['Library plans approved', '# [Library plans](https://x.org) approved', []],
    ['Library plans approved', '# Swimming pool plans approved', ['title/heading-mismatch@6:3']],
  ])('%s / %s', (title, heading, expected) => {
    expect(where(checkText(titled(title, `${heading}\n\n${BODY}`)), 'title/heading-mismatch')).toEqual(expected);
  });

  it('ignores a heading inside a code block and a level-2 heading', () => {
    const body = '```\n# Not the title\n```\n\n## A section\n\n' + BODY;
    expect(where(checkText(titled('Library plans approved', body)), 'title/heading-mismatch')).toEqual([]);
  });
});

describe('title/figure-mismatch', () => {
  it.each([
    ['7,000 children waiting for homes', 'There were 7,319 children waiting.', ['title/figure-mismatch@2:8']],
    ['7,000 children waiting for homes', 'There were 7,000 children waiting.', []],
    ['7000 children waiting for homes', 'There were 7,000 children waiting.', []],
    ['£4.2m flood defences finished', 'The defences cost £4,213,000.', []],
    ['£4.2m flood defences finished', 'The defences cost £4.5m.', ['title/figure-mismatch@2:9']],
    ['Flood defences cost £4.2 million', 'They cost £4.2m in the end.', []],
    ['Seven schools to close in 2026', 'The schools will close next year.', []],
    ['7 schools to close next year', 'Seven schools will close.', []],
    ['Prices up 5% in a year', 'Prices rose by 5 per cent.', []],
    ['Covid-19 cases fall at G7 summit', 'Cases fell.', []],
    ['Mansfield 0-1 Leyton Orient', 'Orient won by a single goal.', []],
    ['TV ratings drop by 4m', 'Ratings fell by four million viewers.', []],
    ['Exports rise 25% in 2004', 'Exports rose 25.7% last year.', ['title/figure-mismatch@2:21']],
  ])('%s', (title, body, expected) => {
    expect(where(checkText(titled(title, body)), 'title/figure-mismatch')).toEqual(expected);
  });

  it('names the near figure the body has', () => {
    const finding = checkText(titled('7,000 children waiting for homes', 'There were 7,319 children.')).find((f) => f.ruleId === 'title/figure-mismatch');
    expect(finding?.message).toBe('headline figure "7,000" is not in the body (the body has 7,319)');
  });

  it('checks years when told to', () => {
    const text = titled('Schools to close in 2026', 'The schools will close next year.');
    expect(where(checkText(text, { rules: { 'title/figure-mismatch': ['warn', { ignoreYears: false }] } }), 'title/figure-mismatch')).toHaveLength(1);
  });
});

describe('title/duplicate and slug/duplicate (set-wide)', () => {
  const a = article(['title: Library plans approved', 'date: 2025-01-02', 'slug: library'], BODY);
  const b = article(['title: LIBRARY plans approved!', 'date: 2025-01-03', 'slug: /library/'], BODY);
  const c = article(['title: Pool plans approved', 'date: 2025-01-03', 'slug: pool'], BODY);

  it('reports later files against the first, in the order given', () => {
    const checks = [fileCheck(a, { file: 'a.md' }), fileCheck(b, { file: 'b.md' }), fileCheck(c, { file: 'c.md' })];
    addSetFindings(checks);
    const [first, second, third] = checks.map(finishFile);
    expect(where(first?.findings ?? [])).toEqual([]);
    expect(where(second?.findings ?? [])).toEqual(['title/duplicate@2:8', 'slug/duplicate@4:7']);
    expect(second?.findings[0]?.message).toContain('a.md:2');
    expect(where(third?.findings ?? [])).toEqual([]);
  });

  it('respects "off" in the file where the duplicate is found', () => {
    const checks = [fileCheck(a, { file: 'a.md' }), fileCheck(b, { file: 'b.md', rules: { 'title/duplicate': 'off' } })];
    addSetFindings(checks);
    expect(where(finishFile(checks[1] as (typeof checks)[number]).findings)).toEqual(['slug/duplicate@4:7']);
  });
});
