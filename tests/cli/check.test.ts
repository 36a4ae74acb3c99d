// digest check through main(argv, memoryIo()): exit codes, config, --fix, inputs, formats.
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { TODAY } from '../helpers/check.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/check');
const temps: string[] = [];

function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'digest-check-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[], options: { cwd?: string; env?: Record<string, string>; stdin?: string } = {}) {
  const io = memoryIo({ cwd: options.cwd ?? FIXTURES, env: options.env, stdin: options.stdin });
  const code = await main(['check', ...args, '--today', TODAY], io);
  return { code, out: io.out, err: io.err };
}

const GOOD = '---\ntitle: Library plans approved by council\ndate: 2025-01-02\n---\n\nThe council approved the library plans on Tuesday.\n';
const WARN_ONLY = '---\ntitle: Update\ndate: 2025-01-02\n---\n\nThe council approved the library plans on Tuesday.\n';

describe('exit codes', () => {
  it.each([
    [['clean'], 0],
    [['broken'], 1],
    [['broken/short-title.md'], 0],
    [['broken/short-title.md', '--max-warnings', '0'], 1],
    [['broken/short-title.md', '--max-warnings', '1'], 0],
    [['broken/bad-date.md', 'no-such-file.md'], 2],
    [['clean', '--format', 'xml'], 2],
    [['clean', '--max-warnings', 'lots'], 2],
    [[], 2],
  ])('digest check %j → %d', async (args, code) => {
    expect((await run(args)).code).toBe(code);
  });

  it('an unreadable file is reported and the others are still checked', async () => {
    const result = await run(['broken/bad-date.md', 'no-such-file.md']);
    expect(result.err).toContain('digest: cannot read no-such-file.md: no such file or directory');
    expect(result.out).toContain('date/impossible');
  });

  it('--today must be a date', async () => {
    const io = memoryIo({ cwd: FIXTURES });
    expect(await main(['check', 'clean', '--today', 'tomorrow'], io)).toBe(2);
    expect(io.err).toContain('--today takes a date');
  });
});

describe('output', () => {
  it('stylish by default, sorted by file, line, column and rule, the same bytes every run', async () => {
    const first = await run(['broken']);
    const second = await run(['broken']);
    expect(first.out).toBe(second.out);
    const files = first.out.split('\n').filter((line) => line.startsWith('broken/'));
    expect(files).toEqual([...files].sort());
    expect(first.out).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\) in 19 of 20 files/);
  });

  it('github: one annotation per finding, then the summary', async () => {
    const { out } = await run(['broken', '--format', 'github']);
    const lines = out.trimEnd().split('\n');
    const annotations = lines.filter((line) => line.startsWith('::'));
    expect(annotations.length).toBeGreaterThan(20);
    expect(annotations).toContain('::error file=broken/bad-date.md,line=3,col=7,title=date/impossible::date 2024-02-30 is not a calendar date');
    expect(lines.slice(annotations.length).every((line) => !line.startsWith('::'))).toBe(true);
  });

  it('--json is --format json', async () => {
    const { out } = await run(['clean', '--json']);
    expect(JSON.parse(out)).toMatchObject({ command: 'check', findings: [], summary: { files: 3, findings: 0 } });
  });

  it('reads stdin with a name', async () => {
    const result = await run(['-', '--stdin-filename', 'story.md', '--format', 'ndjson'], { stdin: WARN_ONLY });
    const lines = result.out.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ type: 'finding', file: 'story.md', ruleId: 'title/length', line: 2 });
    expect(result.code).toBe(0);
  });

  it('--no-inline-config ignores digest-disable comments', async () => {
    expect((await run(['directives/next-line-body.md'])).code).toBe(0);
    const ignored = await run(['directives/next-line-body.md', '--no-inline-config']);
    expect(ignored.code).toBe(1);
    expect(ignored.out).toContain('quotes/unbalanced');
  });

  it('help ends with examples, exit status and environment', async () => {
    const io = memoryIo();
    expect(await main(['check', '--help'], io)).toBe(0);
    expect(io.out).toMatch(/Examples:[\s\S]*Exit status:[\s\S]*Environment:[\s\S]*DIGEST_CONFIG/);
  });

  it('help says --stdin-filename picks HTML too and gives the --max-bytes default, as for every command', async () => {
    const io = memoryIo();
    await main(['check', '--help'], io);
    const help = io.out.replace(/\s+/g, ' ');
    expect(help).toContain('picks Markdown, HTML or text');
    expect(help).toMatch(/--max-bytes <n> skip files larger than this \(default \d+\)/);
  });
});

describe('configuration', () => {
  it('is found from the checked file\'s folder upward, and the nearest wins', async () => {
    const { out } = await run(['config', '--format', 'json']);
    const ids = (JSON.parse(out).findings as { file: string; ruleId: string }[]).map((f) => `${f.file} ${f.ruleId}`);
    expect(ids).toContain('config/strict/no-author.md date/future');
    expect(ids).not.toContain('config/archive.md date/future');
  });

  it('an invalid config is exit 2, naming file, line and key, before any output', async () => {
    const dir = tempDir({ '.digestrc.yaml': 'rules:\n  date/futur: warn\n', 'a.md': GOOD });
    const result = await run(['a.md'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toBe('digest: invalid config .digestrc.yaml:2: rules."date/futur": unknown rule "date/futur" (did you mean "date/future"?)\n');
  });

  it('--config and DIGEST_CONFIG replace discovery', async () => {
    const dir = tempDir({ 'strict.json': '{ "rules": { "title/length": ["error", { "min": 50 }] } }', 'a.md': GOOD });
    expect((await run(['a.md'], { cwd: dir })).code).toBe(0);
    expect((await run(['a.md', '--config', 'strict.json'], { cwd: dir })).code).toBe(1);
    expect((await run(['a.md'], { cwd: dir, env: { DIGEST_CONFIG: 'strict.json' } })).code).toBe(1);
    const missing = await run(['a.md', '--config', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('invalid config nope.json: cannot read config: no such file');
  });

  it('finds .digestrc.yml too, and says when nothing but input errors happened', async () => {
    const dir = tempDir({ '.digestrc.yml': 'rules:\n  title/length: off\n', 'a.md': WARN_ONLY });
    expect((await run(['a.md'], { cwd: dir })).out).toBe('✔ 1 file checked, no problems\n');
    const missing = await run(['a.md', 'b.md'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.out).toBe('✖ 1 input error · 1 file checked, no problems in them\n');
  });

  it('maxWarnings can come from the config', async () => {
    const dir = tempDir({ '.digestrc.json': '{ "maxWarnings": 0 }', 'a.md': WARN_ONLY });
    expect((await run(['a.md'], { cwd: dir })).code).toBe(1);
    expect((await run(['a.md', '--max-warnings', '5'], { cwd: dir })).code).toBe(0);
  });

  it('--print-config shows the settings for one file', async () => {
    const result = await run(['--print-config', 'config/archive.md']);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.out);
    expect(printed.configFile).toBe('config/.digestrc.yaml');
    expect(printed.rules['date/future'][0]).toBe('off');
    expect(printed.rules['title/length']).toEqual(['warn', { min: 5, max: 60 }]);
    expect(printed.rules['date/impossible'][0]).toBe('error');
    expect(printed.rules['body/boilerplate']).toEqual(['error', { phrases: [] }]);
    expect(printed.rules['quotes/unbalanced']).toBe('error');
  });
});

describe('--fix', () => {
  it('rewrites the date and trims the trailer atomically, keeping everything else', async () => {
    const original = '---\ntitle: Library plans approved by council\ndate: 7 January 2025\n---\n\nThe council approved the plans.\n\n“It is a good day,” said the mayor.\n\nSign up for our newsletter\n';
    const dir = tempDir({ 'a.md': original });
    chmodSync(path.join(dir, 'a.md'), 0o640);
    const result = await run(['a.md', '--fix'], { cwd: dir });
    const fixed = readFileSync(path.join(dir, 'a.md'), 'utf8');
    expect(fixed).toBe(original.replace('7 January 2025', '2025-01-07').replace('\n\nSign up for our newsletter\n', '\n'));
    expect(result.code).toBe(0);
    expect(result.out).toContain('fixed 2 problems');
    expect(readdirSync(dir)).toEqual(['a.md']);
    expect(statSync(path.join(dir, 'a.md')).mode & 0o777).toBe(0o640);
  });

  it('keeps a byte-order mark and CRLF line ends', async () => {
    const original = '\ufeff---\r\ntitle: Library plans approved by council\r\ndate: 7 January 2025\r\n---\r\n\r\nThe council approved the plans.\r\n';
    const dir = tempDir({ 'a.md': original });
    await run(['a.md', '--fix'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(original.replace('7 January 2025', '2025-01-07'));
  });

  it('leaves a Latin-1 file alone and says why', async () => {
    const dir = tempDir();
    const bytes = Buffer.from('---\ntitle: Caf\xe9 plans approved by the council\ndate: 7 January 2025\n---\n\nThe caf\xe9 opens.\n', 'latin1');
    writeFileSync(path.join(dir, 'a.md'), bytes);
    const result = await run(['a.md', '--fix'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.md')).equals(bytes)).toBe(true);
    expect(result.err).toContain('--fix only rewrites UTF-8 files');
  });

  it('does not fix what an inline directive disables', async () => {
    const original = '---\ntitle: Library plans approved by council\n# digest-disable-next-line date/format\ndate: 7 January 2025\n---\n\nThe council approved the plans.\n';
    const dir = tempDir({ 'a.md': original });
    await run(['a.md', '--fix'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(original);
  });

  it('cannot be used on stdin', async () => {
    const result = await run(['-', '--fix'], { stdin: GOOD });
    expect(result.code).toBe(2);
    expect(result.err).toContain('--fix rewrites files');
  });

  it('fixes a copy of the broken fixtures and leaves only what cannot be fixed', async () => {
    const dir = tempDir();
    cpSync(path.join(FIXTURES, 'broken'), dir, { recursive: true });
    const before = await run(['.', '--format', 'json'], { cwd: dir });
    await run(['.', '--fix'], { cwd: dir });
    const after = await run(['.', '--format', 'json'], { cwd: dir });
    const fixable = (out: string) => (JSON.parse(out).findings as { fixable: boolean }[]).filter((f) => f.fixable).length;
    expect(fixable(before.out)).toBe(2);
    expect(fixable(after.out)).toBe(0);
    expect(JSON.parse(after.out).findings.length).toBe(JSON.parse(before.out).findings.length - 2);
  });
});
