// The bad-input table of the README, scenario by scenario, in-process.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { assertValidDocument } from '../helpers/schema.js';

let dir = '';
const GOOD = '---\ntitle: Good article\ndate: 2025-01-01\n---\nThe council met on Monday. It agreed the budget.\n';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'digest-bad-'));
  writeFileSync(path.join(dir, 'good.md'), GOOD);
  writeFileSync(path.join(dir, 'empty.md'), '');
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Headline\n\nPrices rose to \xa34.50 a pint.\n', 'latin1'));
  writeFileSync(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Headline\n\nA body in UTF-16.\n', 'utf16le')]));
  writeFileSync(path.join(dir, 'huge.txt'), '');
  truncateSync(path.join(dir, 'huge.txt'), 200 * 1024 * 1024); // sparse: no 200 MB written to disk
  writeFileSync(path.join(dir, 'one-line.txt'), `Headline\n\n${'The council said “yes” to 1,234 homes at £5m. '.repeat(220_000)}\n`);
  writeFileSync(path.join(dir, 'js.md'), '---js\n{ title: (globalThis.digestPwned = true, "x") }\n---\nBody text here.\n');
  writeFileSync(path.join(dir, 'proto.md'), '---\n__proto__:\n  polluted: true\nconstructor: x\n---\nBody text here.\n');
  writeFileSync(path.join(dir, 'list.md'), '---\n- a\n- b\n---\nBody text here.\n');
  writeFileSync(path.join(dir, 'bomb.md'), `---\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n${Array.from({ length: 8 }, (_, i) => {
    const n = String.fromCharCode(98 + i); const p = String.fromCharCode(97 + i);
    return `${n}: &${n} [*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p}]`;
  }).join('\n')}\n---\nBody text here.\n`);
  writeFileSync(path.join(dir, '\u001b[31mred\u001b[0m.txt'), 'Headline\n\nBody.\n');
  mkdirSync(path.join(dir, 'no-articles'));
  writeFileSync(path.join(dir, 'no-articles/data.json'), '{}');
  symlinkSync(path.join(dir, 'loop2'), path.join(dir, 'loop1'));
  symlinkSync(path.join(dir, 'loop1'), path.join(dir, 'loop2'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...paths: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await main(['summarize', ...paths, 'good.md', '--json'], io);
  const doc = JSON.parse(io.out);
  assertValidDocument(doc);
  // Whatever was wrong, the good article is still there.
  expect(doc.articles.map((a: { file: string }) => a.file)).toContain('good.md');
  return { code, doc, err: io.err };
}

describe('bad inputs', () => {
  it.each([
    ['a missing path', 'missing.md', 2, /cannot read missing\.md: no such file or directory/],
    ['a folder without articles', 'no-articles', 2, /no articles .* in directory no-articles/],
    ['a pattern that matches nothing', 'nothing/**/*.md', 2, /pattern matched no files/],
    ['a symlink loop', 'loop1', 2, /cannot read loop1: too many levels of symbolic links/],
    ['a 0-byte file', 'empty.md', 0, /warning: empty\.md: file is empty/],
    ['a binary file', 'binary.txt', 0, /warning: binary\.txt: binary file/],
    ['invalid UTF-8', 'latin1.txt', 0, /warning: latin1\.txt: not valid UTF-8; read as Latin-1/],
    ['a 200 MB file', 'huge.txt', 2, /cannot read huge\.txt: 209715200 bytes is over the limit of 52428800 \(--max-bytes\)/],
    ['---js front matter', 'js.md', 0, /warning: js\.md:1:4: front matter in a language other than YAML is never evaluated/],
    ['front matter that is a list', 'list.md', 0, /warning: list\.md:2:1: front matter must be a mapping/],
    ['a YAML alias bomb', 'bomb.md', 0, /warning: bomb\.md:2:1: front matter uses YAML aliases/],
  ])('%s', async (_name, input, code, message) => {
    const result = await run(input);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
  });

  it('reads UTF-16 with a BOM', async () => {
    const { code, doc } = await run('utf16.txt');
    expect(code).toBe(0);
    expect(doc.articles.find((a: { file: string }) => a.file === 'utf16.txt')).toMatchObject({ encoding: 'utf-16le', headline: 'Headline' });
  });

  it('never evaluates ---js and never pollutes prototypes', async () => {
    await run('js.md', 'proto.md');
    expect((globalThis as Record<string, unknown>).digestPwned).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('handles a single 10 MB line', async () => {
    const { code, doc } = await run('one-line.txt');
    expect(code).toBe(0);
    // Every sentence of this file is the same: redundancy removal says it once.
    const summary = doc.articles.find((a: { file: string }) => a.file === 'one-line.txt').summary;
    expect(summary.length).toBeGreaterThanOrEqual(1);
    expect(new Set(summary.map((s: { text: string }) => s.text)).size).toBe(summary.length);
  }, 60_000);

  it('neutralises escape sequences in file names in human output, keeps them in JSON', async () => {
    const io = memoryIo({ cwd: dir });
    await main(['summarize', '\u001b[31mred\u001b[0m.txt'], io);
    expect(io.out).not.toMatch(/\u001b/);
    const json = memoryIo({ cwd: dir });
    await main(['summarize', '\u001b[31mred\u001b[0m.txt', '--json'], json);
    expect(JSON.parse(json.out).articles[0].file).toBe('\u001b[31mred\u001b[0m.txt');
  });
});
