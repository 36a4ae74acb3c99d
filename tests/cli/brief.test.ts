import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { BRIEF_DIR } from '../helpers/brief.js';
import { assertValidDocument, assertValidItem } from '../helpers/schema.js';

const cwd = path.dirname(BRIEF_DIR);
const temp = mkdtempSync(path.join(os.tmpdir(), 'digest-brief-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function run(argv: string[], options: { cwd?: string; stdin?: string } = {}) {
  const io = memoryIo({ cwd: options.cwd ?? cwd, stdin: options.stdin });
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('digest brief', () => {
  it('text: the multi-source stories, then the also list; exit 0', async () => {
    const result = await run(['brief', 'brief/']);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    const fire = result.out.indexOf('1. Quillby');
    const bridge = result.out.indexOf('2. Fenwater');
    const also = result.out.indexOf('\nAlso\n');
    expect(fire).toBeGreaterThan(0);
    expect(bridge).toBeGreaterThan(fire);
    expect(also).toBeGreaterThan(bridge);
    expect(result.out.slice(also)).toContain('Stanmere choir wins national title');
    expect(result.out).toContain('outlets disagree on firefighters');
    expect(result.out).not.toContain('\u001b');
  });

  it('JSON: valid against the schema, stories then the briefing section', async () => {
    const result = await run(['brief', 'brief/', '--json']);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.out);
    assertValidDocument(doc);
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'tool', 'command', 'storyBriefs', 'briefing', 'warnings', 'errors', 'summary']);
    expect(doc.command).toBe('brief');
    expect(doc.storyBriefs.map((s: { sources: number }) => s.sources)).toEqual([3, 2]);
    expect(doc.briefing.also.map((a: { files: string[] }) => a.files)).toEqual([['brief/choir.md'], ['brief/allotments.txt']]);
    expect(doc.summary).toEqual({ storyBriefs: 2, articles: 7, also: 2, warnings: 0, errors: 0 });
  });

  it('NDJSON: each line valid on its own', async () => {
    const result = await run(['brief', 'brief/', '--format', 'ndjson']);
    const lines = result.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual(['storyBrief', 'storyBrief', 'briefing', 'summary']);
    assertValidItem('storyBrief', lines[0]);
    assertValidItem('briefing', lines[2]);
  });

  it('markdown and html: whole documents', async () => {
    const md = await run(['brief', 'brief/', '--format', 'markdown']);
    expect(md.out.startsWith('# News briefing\n')).toBe(true);
    expect(md.out).toContain('## 1. Quillby');
    const html = await run(['brief', 'brief/', '--format', 'html']);
    expect(html.out.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.out).toContain('Quillby');
    expect(html.out).not.toMatch(/<script/i);
  });

  it('an article with markup in it comes out inert in HTML and Markdown', async () => {
    const dir = path.join(temp, 'evil');
    mkdirSync(dir);
    for (const name of readdirSync(BRIEF_DIR)) copyFileSync(path.join(BRIEF_DIR, name), path.join(dir, name));
    writeFileSync(path.join(dir, 'evil.md'), '---\ntitle: "<script>alert(1)</script> Evil [x](javascript:alert(1))"\nsource: "<img src=x onerror=alert(2)>"\ndate: 2024-11-01\n---\n\nBody <!-- hidden --> text <script>alert(3)</script> with enough words to be an article of its own.\n');
    const html = await run(['brief', '.', '--format', 'html'], { cwd: dir });
    expect(html.code).toBe(0);
    expect(html.out).toContain('&#60;script&#62;alert(1)&#60;/script&#62; Evil');
    expect(html.out).not.toMatch(/<script|<img/i);
    const md = await run(['brief', '.', '--format', 'markdown'], { cwd: dir });
    expect(md.out).toContain('\\<script\\>alert\\(1\\)\\</script\\> Evil \\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(md.out).toContain('\\<img src=x onerror=alert\\(2\\)\\>');
  });

  it('--output writes the file (new or replaced) and nothing to stdout', async () => {
    const target = path.join(temp, 'briefing.html');
    rmSync(target, { force: true });
    for (let round = 0; round < 2; round++) {
      const result = await run(['brief', BRIEF_DIR, '--format', 'html', '--output', target, '--quiet']);
      expect(result.code).toBe(0);
      expect(result.out).toBe('');
      expect(readFileSync(target, 'utf8').startsWith('<!DOCTYPE html>')).toBe(true);
    }
    expect(readdirSync(temp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reads stdin once even though it is read again for the story', async () => {
    const stdin = readFileSync(path.join(BRIEF_DIR, 'fire-news.txt'), 'utf8');
    let reads = 0;
    const io = memoryIo({ cwd, stdin });
    const readStdin = io.readStdin;
    io.readStdin = async () => { reads++; return readStdin(); };
    const code = await main(['brief', 'brief/fire-post.md', 'brief/fire-gazette.md', '-', '--stdin-filename', 'news.txt', '--json'], io);
    expect(code).toBe(0);
    expect(reads).toBe(1);
    const doc = JSON.parse(io.out);
    expect(doc.storyBriefs[0].files).toContain('news.txt');
    expect(doc.storyBriefs[0].sources).toBe(3);
  });

  it('a missing file is reported, the rest briefed, exit 2', async () => {
    const result = await run(['brief', 'brief/', 'brief/missing.md', '--json']);
    expect(result.code).toBe(2);
    const doc = JSON.parse(result.out);
    assertValidDocument(doc);
    expect(doc.errors[0].file).toBe('brief/missing.md');
    expect(doc.storyBriefs).toHaveLength(2);
  });

  it.each([
    [['brief', 'brief/', '--format', 'github'], 'github'],
    [['brief', 'brief/', '--stories', 'x'], '--stories'],
    [['brief', 'brief/', '--threshold', '2'], '--threshold'],
    [['brief'], 'no input'],
  ])('usage errors exit 2 (%s)', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.out).toBe('');
  });
});
