import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { assertValidDocument, assertValidItem } from '../helpers/schema.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

async function run(argv: string[]) {
  const io = memoryIo({ cwd: FIXTURES });
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('digest figures (in-process)', () => {
  it('lists every figure with what it counts, as JSON that matches the schema', async () => {
    const { code, out } = await run(['figures', 'figures/council-budget.md', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    assertValidDocument(doc);
    expect(doc.command).toBe('figures');
    const [article] = doc.articles;
    expect(article.headline).toMatch(/£48\.6m budget/);
    const texts = article.figures.map((f: { text: string }) => f.text);
    expect(texts).toEqual(expect.arrayContaining(['£48.6m', '220', '4.99 per cent', '£12.1m', '£14.3m', '3,412', '2,980']));
    expect(texts.join(' ')).not.toMatch(/01632|960|5pm|2025/);
    const newer = article.figures.find((f: { text: string }) => f.text === '£14.3m');
    expect(article.figures[newer.changeFrom].text).toBe('£12.1m');
    expect(article.keyFigures.length).toBeGreaterThan(0);
  });

  it('filters by kind and renumbers change links', async () => {
    const { out } = await run(['figures', 'figures/council-budget.md', '--kind', 'money,age', '--json']);
    const figures = JSON.parse(out).articles[0].figures as Array<{ kind: string; changeFrom: number | null; text: string }>;
    expect(new Set(figures.map((f) => f.kind))).toEqual(new Set(['money', 'age']));
    const newer = figures.find((f) => f.text === '£14.3m');
    expect(figures[newer?.changeFrom ?? -1]?.text).toBe('£12.1m');
  });

  it.each([
    [['figures', 'figures/council-budget.md', '--kind', 'cash'], /--kind takes a comma list/],
    [['figures', 'figures/council-budget.md', '--key', 'lots'], /--key takes a whole number/],
  ])('%j → usage error', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('draws a table per article that fits 80 columns', async () => {
    const { code, out } = await run(['figures', 'figures', 'basic/harbour-bridge.md']);
    expect(code).toBe(0);
    expect(out).toMatch(/figure\s+│ what it counts\s+│ line/);
    expect(out).toMatch(/£3\.1m\s+│ repairs/);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('streams NDJSON articles that each match the schema', async () => {
    const { out } = await run(['figures', 'figures', 'basic/harbour-bridge.md', '--format', 'ndjson']);
    const lines = out.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.type)).toEqual(['article', 'article', 'summary']);
    for (const line of lines.filter((l) => l.type === 'article')) assertValidItem('article', line);
  });

  it('renders a markdown table with key figures in bold', async () => {
    const { out } = await run(['figures', 'figures/council-budget.md', '--format', 'markdown']);
    expect(out).toMatch(/^\| figure \| what it counts \| line \|$/m);
    expect(out).toMatch(/^\| \*\*£48\.6m\*\* \| budget \| 8 \|$/m);
  });

  it('shows key figures in digest summarize', async () => {
    const { out } = await run(['summarize', 'figures/council-budget.md', '--json']);
    const article = JSON.parse(out).articles[0];
    const key = article.keyFigures.map((i: number) => article.figures[i].text);
    expect(key).toContain('£48.6m');
  });
});
