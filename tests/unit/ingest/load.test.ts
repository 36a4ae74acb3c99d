import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticle, loadArticleFile, resolveInputs, type Input } from '../../../src/ingest/load.js';
import { isProblem } from '../../../src/ingest/parse.js';
import type { Article, Problem } from '../../../src/model.js';

let dir = '';
const noStdin = async () => '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'digest-load-'));
  mkdirSync(path.join(dir, 'news/deep'), { recursive: true });
  mkdirSync(path.join(dir, 'news/node_modules'), { recursive: true });
  writeFileSync(path.join(dir, 'news/b.md'), '---\ntitle: B\n---\nBody b.\n');
  writeFileSync(path.join(dir, 'news/a.txt'), 'Headline A\n\nBody a.\n');
  writeFileSync(path.join(dir, 'news/deep/c.markdown'), '# C\n\nBody c.\n');
  writeFileSync(path.join(dir, 'news/d.html'), '<p>Body d.</p>');
  writeFileSync(path.join(dir, 'news/deep/e.HTM'), '<p>Body e.</p>');
  writeFileSync(path.join(dir, 'news/notes.json'), '{}');
  writeFileSync(path.join(dir, 'news/node_modules/x.md'), 'ignored');
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
  writeFileSync(path.join(dir, 'latin.txt'), Buffer.from('Title\n\nIt cost \xa350.\n', 'latin1'));
  writeFileSync(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title\r\n\r\nBody text.\r\n', 'utf16le')]));
  writeFileSync(path.join(dir, 'secret.txt'), 'Title\n\nBody.\n');
  chmodSync(path.join(dir, 'secret.txt'), 0o000);
  symlinkSync(path.join(dir, 'loop-b'), path.join(dir, 'loop-a'));
  symlinkSync(path.join(dir, 'loop-a'), path.join(dir, 'loop-b'));
  mkdirSync(path.join(dir, 'empty-dir'));
});

afterAll(() => {
  chmodSync(path.join(dir, 'secret.txt'), 0o644);
  rmSync(dir, { recursive: true, force: true });
});

describe('resolveInputs', () => {
  it('walks directories for .md, .markdown, .txt, .html and .htm in sorted order, skipping node_modules', async () => {
    const { inputs, problems } = await resolveInputs(['news'], dir, null);
    expect(problems).toEqual([]);
    expect(inputs.map((i) => i.display)).toEqual(['news/a.txt', 'news/b.md', 'news/d.html', 'news/deep/c.markdown', 'news/deep/e.HTM']);
  });

  it('expands globs and removes duplicates', async () => {
    const { inputs } = await resolveInputs(['news/*.md', 'news/b.md', 'news/**/*.markdown'], dir, null);
    expect(inputs.map((i) => i.display)).toEqual(['news/b.md', 'news/deep/c.markdown']);
  });

  it('reports a missing path, an empty pattern and an article-less directory as errors', async () => {
    const { problems } = await resolveInputs(['missing.md', 'none/*.md', 'empty-dir'], dir, null);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['NOT_FOUND', 'error'], ['NO_MATCH', 'error'], ['NO_MATCH', 'error']]);
    expect(problems[0]?.message).toBe('cannot read missing.md: no such file or directory');
  });

  it('reports a symlink loop as unreadable', async () => {
    const { problems } = await resolveInputs(['loop-a'], dir, null);
    expect(problems[0]?.message).toMatch(/cannot read loop-a: too many levels of symbolic links/);
  });

  it('puts stdin last under its given name', async () => {
    const { inputs } = await resolveInputs(['-', 'news/b.md'], dir, 'piped.md');
    expect(inputs.map((i) => i.display)).toEqual(['news/b.md', 'piped.md']);
  });
});

type FileInput = Input & { kind: 'file' };
const loaders: Array<[string, (input: FileInput, maxBytes: number) => Promise<Article | Problem>]> = [
  ['loadArticle', (input, maxBytes) => loadArticle(input, noStdin, maxBytes)],
  ['loadArticleFile', async (input, maxBytes) => loadArticleFile(input, maxBytes)],
];

describe.each(loaders)('%s', (_name, load) => {
  const file = (name: string): FileInput => ({ kind: 'file', path: path.join(dir, name), display: name });

  it('skips binary files with a warning', async () => {
    const result = await load(file('binary.txt'), 1e6);
    expect(isProblem(result) && result.code).toBe('BINARY');
  });

  it('reads Latin-1 with a warning and UTF-16 with a BOM', async () => {
    const latin = await load(file('latin.txt'), 1e6);
    if (isProblem(latin)) throw new Error(latin.message);
    expect(latin.paragraphs[0]?.text).toBe('It cost £50.');
    expect(latin.problems.map((p) => p.code)).toEqual(['ENCODING']);
    const utf16 = await load(file('utf16.txt'), 1e6);
    if (isProblem(utf16)) throw new Error(utf16.message);
    expect(utf16).toMatchObject({ encoding: 'utf-16le', headline: 'Title' });
    expect(utf16.paragraphs[0]).toMatchObject({ text: 'Body text.', line: 3, column: 1 });
  });

  it('refuses files above the byte limit', async () => {
    const result = await load(file('news/b.md'), 5);
    expect(isProblem(result) && result.code).toBe('TOO_LARGE');
  });

  it.skipIf(process.getuid?.() === 0)('reports a file without read permission', async () => {
    const result = await load(file('secret.txt'), 1e6);
    expect(isProblem(result) && result.message).toBe('cannot read secret.txt: permission denied');
  });

  it('reports a file that disappeared', async () => {
    const result = await load(file('gone.txt'), 1e6);
    expect(isProblem(result) && result.code).toBe('UNREADABLE');
  });
});
