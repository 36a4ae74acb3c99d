import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { BRIDGE_STORY, BRIDGE_STORY_2 } from '../helpers/articles.js';

const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../schema/digest.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

let cwd = '';
beforeAll(() => {
  cwd = mkdtempSync(path.join(os.tmpdir(), 'digest-summarize-'));
  writeFileSync(path.join(cwd, 'a.txt'), BRIDGE_STORY);
  writeFileSync(path.join(cwd, 'b.txt'), BRIDGE_STORY_2);
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = memoryIo({ cwd });
  const code = await main(['summarize', ...argv], io);
  return { code, out: io.out, err: io.err };
}

async function runJson(...argv: string[]) {
  const result = await run(...argv, '--json');
  const doc = JSON.parse(result.out);
  expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  return { ...result, doc };
}

describe('digest summarize (in-process)', () => {
  it.each([
    [['--sentences', '2'], 2],
    [['-n', '5'], 5],
    [[], 3],
  ])('%j gives %d summary sentences', async (flags, count) => {
    const { code, doc } = await runJson('a.txt', ...flags);
    expect(code).toBe(0);
    expect(doc.articles[0].summary).toHaveLength(count);
  });

  it('--ratio takes a share of the article', async () => {
    const { doc } = await runJson('a.txt', '--ratio', '0.5');
    expect(doc.articles[0].summary).toHaveLength(Math.round(doc.articles[0].stats.sentences * 0.5));
  });

  it('--words caps the summary length in words', async () => {
    const { doc } = await runJson('a.txt', '--sentences', '10', '--words', '40');
    const words = doc.articles[0].summary.reduce((n: number, s: { text: string }) => n + s.text.split(/\s+/).length, 0);
    expect(words).toBeLessThanOrEqual(40);
  });

  it.each([['--sentences', '0'], ['--ratio', '1.5'], ['--words', 'many']])('rejects %s %s with exit 2', async (flag, value) => {
    const { code, err } = await run('a.txt', flag, value);
    expect(code).toBe(2);
    expect(err).toContain(flag);
  });

  it('JSON always carries the score parts', async () => {
    const { doc } = await runJson('a.txt');
    for (const s of doc.articles[0].summary) {
      expect(Object.keys(s.parts)).toEqual(expect.arrayContaining(['position', 'centrality', 'headline', 'length']));
    }
  });

  it('--explain shows each chosen sentence\'s score parts in text output', async () => {
    const plain = await run('a.txt');
    const explained = await run('a.txt', '--explain');
    expect(plain.out).not.toMatch(/score \d/);
    const lines = explained.out.split('\n').filter((l) => /^\s+score \d+\.\d{3}: position /.test(l));
    expect(lines).toHaveLength(3);
    expect(explained.out).toMatch(/centrality \d/);
    expect(explained.out.split('\n').every((l) => l.length <= 80)).toBe(true);
  });

  it('--merge --explain shows the support part', async () => {
    const { out } = await run('a.txt', 'b.txt', '--merge', '--explain');
    expect(out).toMatch(/support \d/);
  });

  it('summarizes each of several articles', async () => {
    const { doc } = await runJson('a.txt', 'b.txt');
    expect(doc.articles.map((a: { file: string }) => a.file)).toEqual(['a.txt', 'b.txt']);
    expect(doc.merged).toBeUndefined();
  });

  it('--merge adds one merged summary with its sources to the JSON', async () => {
    const { code, doc } = await runJson('a.txt', 'b.txt', '--merge', '--sentences', '4');
    expect(code).toBe(0);
    expect(doc.articles).toHaveLength(2);
    expect(doc.merged.sources.map((s: { file: string }) => s.file)).toEqual(['a.txt', 'b.txt']);
    expect(doc.merged.summary).toHaveLength(4);
    const starts = doc.merged.summary.filter((s: { text: string }) => s.text.startsWith('The city council voted on Tuesday'));
    expect(starts).toHaveLength(1);
    expect(starts[0].alsoIn).toHaveLength(1);
  });

  it('--merge in text shows one summary, sentences tagged with file:line, and the sources', async () => {
    const { code, out } = await run('a.txt', 'b.txt', '--merge');
    expect(code).toBe(0);
    expect(out).toContain('merged from 2 articles');
    expect(out).toMatch(/\[(a|b)\.txt:\d+\]/);
    expect(out).toContain('Sources');
    expect(out.split('\n').every((l) => l.length <= 80)).toBe(true);
  });

  it('--merge in NDJSON ends with a merged line before the summary line', async () => {
    const { out } = await run('a.txt', 'b.txt', '--merge', '--format', 'ndjson');
    const types = out.trim().split('\n').map((l) => JSON.parse(l).type);
    expect(types).toEqual(['article', 'article', 'merged', 'summary']);
  });

  it('--merge in Markdown lists the sources', async () => {
    const { out } = await run('a.txt', 'b.txt', '--merge', '--format', 'markdown');
    expect(out).toContain('**Sources**');
    expect(out).toContain('`a.txt`');
  });

  it('--merge still reports a missing file and exits 2', async () => {
    const { code, err, doc } = await runJson('a.txt', 'missing.txt', '--merge');
    expect(code).toBe(2);
    expect(err).toContain('missing.txt');
    expect(doc.merged.sources).toHaveLength(1);
  });
});

describe('text output fits 80 columns with long file names and headlines', () => {
  const folder = 'a-rather-long-folder-name/another-long-folder';
  const headline = 'A headline written long enough on purpose to run well past the eighty columns of a terminal';
  beforeAll(() => {
    mkdirSync(path.join(cwd, folder), { recursive: true });
    writeFileSync(path.join(cwd, folder, 'first-outlet-story.md'), `---\ntitle: ${headline}\ndate: 2024-03-03\nsource: The Wend Valley Evening Chronicle\nauthor: Alexandra Featherstonehaugh\n---\n\n${BRIDGE_STORY.split('\n').slice(4).join('\n')}`);
    writeFileSync(path.join(cwd, folder, 'second-outlet-story.txt'), BRIDGE_STORY_2);
  });

  it.each([
    [['summarize']],
    [['summarize', '--merge']],
    [['quotes']],
    [['figures']],
  ])('%j', async (argv) => {
    const io = memoryIo({ cwd });
    const code = await main([...argv, folder], io);
    expect(code).toBe(0);
    const wide = io.out.split('\n').filter((l) => [...l].length > 80);
    expect(wide).toEqual([]);
    // The byline under each article's headline (a merged summary lists sources instead).
    if (!argv.includes('--merge')) expect(io.out).toContain('Alexandra Featherstonehaugh');
  });

  it('--merge of one article says "1 article"', async () => {
    const io = memoryIo({ cwd });
    await main(['summarize', '--merge', 'a.txt'], io);
    expect(io.out).toContain('merged from 1 article\n');
  });
});
