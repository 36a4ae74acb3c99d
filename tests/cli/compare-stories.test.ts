import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { STORIES_DIR } from '../helpers/fixtures.js';
import { assertValidDocument } from '../helpers/schema.js';
const cwd = path.dirname(STORIES_DIR);

async function run(...argv: string[]) {
  const io = memoryIo({ cwd });
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

function expectValid(document: unknown): void {
  expect(() => assertValidDocument(document)).not.toThrow();
}

describe('digest compare', () => {
  it('needs two articles: one is a usage error (exit 2)', async () => {
    const result = await run('compare', 'stories/flood-echo.md');
    expect(result.code).toBe(2);
    expect(result.err).toContain('at least two articles');
    expect(result.out).toBe('');
  });

  it('reports a missing file and compares the rest, exit 2', async () => {
    const result = await run('compare', 'stories/flood-echo.md', 'stories/flood-gazette.md', 'stories/missing.md', '--json');
    expect(result.code).toBe(2);
    const doc = JSON.parse(result.out);
    expectValid(doc);
    expect(doc.comparison.articles).toHaveLength(2);
    expect(doc.errors[0].file).toBe('stories/missing.md');
  });

  it('JSON: comparison with verdict, figures and names, valid against the schema', async () => {
    const result = await run('compare', 'stories/flood-echo.md', 'stories/flood-gazette.md', '--json');
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.out);
    expectValid(doc);
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'tool', 'command', 'comparison', 'warnings', 'errors', 'summary']);
    expect(doc.command).toBe('compare');
    expect(doc.comparison.pairs[0]).toMatchObject({ a: 0, b: 1, verdict: 'same story' });
    expect(doc.comparison.articles.map((a: { source: string }) => a.source)).toEqual(['Valley Echo', 'Riverside Gazette']);
    const only = doc.comparison.namesOnly.map((n: { names: Array<{ text: string }> }) => n.names.map((x) => x.text));
    expect(only[0]).toContain('Environment Agency');
    expect(only[1]).toContain('Dev Patel');
  });

  it('NDJSON: one comparison line, then the summary', async () => {
    const result = await run('compare', 'stories/fire-news.md', 'stories/fire-post.md', 'stories/transfer.md', '--format', 'ndjson');
    const lines = result.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual(['comparison', 'summary']);
    expect(lines[0].pairs).toHaveLength(3);
    const { type: _type, ...comparison } = lines[0];
    expectValid({ schemaVersion: '1.3.0', tool: { name: 'digest', version: 'x' }, command: 'compare', comparison, warnings: [], errors: [], summary: {} });
  });

  it('text: tables that fit 80 columns, no colour when piped', async () => {
    const result = await run('compare', 'stories/flood-echo.md', 'stories/flood-gazette.md');
    expect(result.code).toBe(0);
    expect(result.out.split('\n')[0]).toMatch(/^Same story \(similarity 0\.\d\d\)/);
    for (const line of result.out.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(result.out).not.toMatch(/\u001b\[/);
    expect(result.out).toContain('Valley Echo');
    expect(result.out).toContain('Named in one article only');
  });

  it('markdown: headed tables, no ANSI', async () => {
    const result = await run('compare', 'stories/flood-echo.md', 'stories/transfer.md', '--format', 'markdown');
    expect(result.out).toMatch(/^## (Different|Related) \(similarity/);
    expect(result.out).toContain('| --- |');
    expect(result.out).not.toMatch(/\u001b\[/);
  });
});

describe('digest stories', () => {
  it('JSON: the fixture events as stories, valid against the schema', async () => {
    const result = await run('stories', 'stories', '--json');
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.out);
    expectValid(doc);
    expect(doc.stories.map((s: { articles: Array<{ file: string }> }) => s.articles.map((a) => path.basename(a.file)))).toEqual([
      ['flood-echo.md', 'flood-gazette.md', 'flood-herald.md'],
      ['fire-news.md', 'fire-post.md'],
      ['transfer.md'],
    ]);
    expect(doc.summary).toMatchObject({ stories: 3, articles: 6, errors: 0 });
  });

  it('--min-size hides smaller stories; NDJSON lines are stories then the summary', async () => {
    const result = await run('stories', 'stories', '--min-size', '2', '--format', 'ndjson');
    const lines = result.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.type, l.size])).toEqual([['story', 3], ['story', 2], ['summary', undefined]]);
  });

  it('text: a label line per story and its articles', async () => {
    const result = await run('stories', 'stories');
    expect(result.out).toContain('Kitchen blaze shuts Marston Primary');
    expect(result.out).toMatch(/\n3 stories\n$/);
    expect(result.out).toMatch(/3 articles · cohesion 0\.\d\d/);
    for (const line of result.out.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('groups the sample articles: three outlets on the Kelsford flood, two on Hadley & Crane, the rest alone', async () => {
    const io = memoryIo({ cwd: path.resolve(STORIES_DIR, '../../..') });
    expect(await main(['stories', 'articles', '--min-size', '2', '--json'], io)).toBe(0);
    const stories = JSON.parse(io.out).stories.map((s: { articles: Array<{ file: string }> }) => s.articles.map((a) => a.file));
    expect(stories).toEqual([
      ['articles/kelsford-flood-courier.md', 'articles/kelsford-flood-echo.txt', 'articles/kelsford-flood-wendshire-live.md'],
      ['articles/hadley-crane-results-herald.txt', 'articles/hadley-crane-results-ledger.md'],
    ]);
  });

  it('rejects a bad --threshold as a usage error', async () => {
    expect((await run('stories', 'stories', '--threshold', '2')).code).toBe(2);
  });
});
