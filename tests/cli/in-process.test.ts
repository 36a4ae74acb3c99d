import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { assertValidDocument, assertValidItem } from '../helpers/schema.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/basic');

async function run(argv: string[], options: Parameters<typeof memoryIo>[0] = {}) {
  const io = memoryIo({ cwd: FIXTURES, ...options });
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('digest summarize (in-process)', () => {
  it('summarizes a folder in path order, with headline, date and source', async () => {
    const { code, out } = await run(['summarize', '.', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    assertValidDocument(doc);
    expect(doc.articles.map((a: { file: string }) => a.file)).toEqual(['broken-yaml.md', 'ferry-timetable.txt', 'harbour-bridge.md']);
    const bridge = doc.articles[2];
    expect(bridge).toMatchObject({ headline: 'Harbour bridge reopens after £3.1m repairs', date: '2025-04-14', source: 'Westcombe Courier', byline: 'Lina Marsh' });
    expect(bridge.summary.length).toBeGreaterThan(0);
  });

  it('reads headline, dateline, byline and trailer from plain text', async () => {
    const { out } = await run(['summarize', 'ferry-timetable.txt', '--format', 'json']);
    const article = JSON.parse(out).articles[0];
    expect(article).toMatchObject({ headline: 'Ferry timetable cut to four crossings a day', headlineFrom: 'first-line', date: '2025-05-02', byline: 'Owen Pryce' });
    expect(article.trailer.text).toBe('Share this article');
    expect(article.summary.map((s: { text: string }) => s.text).join(' ')).not.toContain('Share this');
  });

  it('reports a YAML error with the file line, keeps the body, exit 0 (a warning)', async () => {
    const { code, out, err } = await run(['summarize', 'broken-yaml.md', '--json']);
    expect(code).toBe(0);
    expect(err).toMatch(/^digest: warning: broken-yaml\.md:4:\d+: front matter is not valid YAML/m);
    const doc = JSON.parse(out);
    expect(doc.warnings[0]).toMatchObject({ file: 'broken-yaml.md', code: 'YAML', line: 4 });
    expect(doc.articles[0].summary[0].text).toBe('Markets fell sharply on Tuesday.');
  });

  it('streams NDJSON: one object per line, a summary line last, each valid', async () => {
    const { out } = await run(['summarize', '.', '--format', 'ndjson']);
    const lines = out.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.type)).toEqual(['article', 'article', 'article', 'warning', 'summary']);
    for (const line of lines.filter((l) => l.type === 'article')) assertValidItem('article', line);
    expect(lines.at(-1)).toMatchObject({ articles: 3, warnings: 1, errors: 0 });
  });

  it('renders markdown with no ANSI and escaped text', async () => {
    const { out } = await run(['summarize', 'harbour-bridge.md', '--format', 'markdown', '--color']);
    expect(out).toMatch(/^## Harbour bridge reopens after £3\.1m repairs/);
    expect(out).not.toMatch(/\u001b\[/);
  });

  it('colors text only when asked or on a TTY, and NO_COLOR wins over TTY', async () => {
    expect((await run(['summarize', 'harbour-bridge.md', '--color'])).out).toMatch(/\u001b\[/);
    expect((await run(['summarize', 'harbour-bridge.md'])).out).not.toMatch(/\u001b\[/);
    expect((await run(['summarize', 'harbour-bridge.md'], { tty: true, env: { NO_COLOR: '1' } })).out).not.toMatch(/\u001b\[/);
    expect((await run(['summarize', 'harbour-bridge.md'], { tty: true, env: {} })).out).toMatch(/\u001b\[/);
    expect((await run(['summarize', 'harbour-bridge.md', '--json'], { env: { FORCE_COLOR: '3' } })).out).not.toMatch(/\u001b\[/);
  });

  it('marks key figures in yellow when colored, and only the figure itself', async () => {
    const { out } = await run(['summarize', 'harbour-bridge.md', '--color']);
    expect(out).toContain('\u001b[33m£3.1m\u001b[39m');
    expect(out).not.toMatch(/\u001b\[33m[^\u001b]*repairs/);
  });

  it('fits text output to 80 columns', async () => {
    const { out } = await run(['summarize', '.']);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('reads stdin with --stdin-filename choosing the format', async () => {
    const stdin = '---\ntitle: From stdin\ndate: 2025-01-02\n---\nA body sentence here. Another one.\n';
    const { code, out } = await run(['summarize', '-', '--stdin-filename', 'piped.md', '--json'], { stdin });
    expect(code).toBe(0);
    expect(JSON.parse(out).articles[0]).toMatchObject({ file: 'piped.md', headline: 'From stdin', format: 'markdown' });
  });

  it('removes duplicates when a file is named twice or matched by a glob too', async () => {
    const { out } = await run(['summarize', 'harbour-bridge.md', './harbour-bridge.md', '*.md', '--json']);
    expect(JSON.parse(out).articles.map((a: { file: string }) => a.file)).toEqual(['broken-yaml.md', 'harbour-bridge.md']);
  });
});

describe('errors and exit codes (in-process)', () => {
  it.each([
    [['summarize', 'missing.md', 'harbour-bridge.md'], 2, /^digest: cannot read missing\.md: no such file or directory$/m],
    [['summarize', 'nothing/*.md'], 2, /pattern matched no files: nothing\/\*\.md/],
    [['summarize', '--sentences', 'many', '.'], 2, /--sentences takes a whole number/],
    [['summarize', '--format', 'xml', '.'], 2, /^digest: option '-f, --format <format>' argument 'xml' is invalid/m],
    [['summarize', '--bogus'], 2, /^digest: unknown option '--bogus'/m],
    [['summarize', '--sentences'], 2, /^digest: option '-n, --sentences <n>' argument missing/m],
    [['summarize'], 2, /no input/],
    [['frobnicate'], 2, /^digest: unknown command 'frobnicate'/m],
  ])('%j → exit %i', async (argv, code, message) => {
    const result = await run(argv);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
  });

  it('still processes the other files when one is missing', async () => {
    const { code, out } = await run(['summarize', 'missing.md', 'harbour-bridge.md', '--json']);
    expect(code).toBe(2);
    const doc = JSON.parse(out);
    assertValidDocument(doc);
    expect(doc.articles).toHaveLength(1);
    expect(doc.errors[0]).toMatchObject({ file: 'missing.md', code: 'NOT_FOUND' });
  });

  it('refuses - when stdin is a terminal', async () => {
    const { code, err } = await run(['summarize', '-'], { tty: true });
    expect(code).toBe(2);
    expect(err).toMatch(/stdin is a terminal/);
  });

  it('prints help with Examples and Exit status, and the bare version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Examples:/);
    expect(help.out).toMatch(/Exit status:/);
    const summarizeHelp = await run(['summarize', '--help']);
    expect(summarizeHelp.out).toMatch(/--sentences/);
    expect(summarizeHelp.out).toMatch(/Exit status:/);
    const version = await run(['--version']);
    expect(version.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each(COMMANDS.map((entry) => entry.names[0]!))('%s --help shows its own examples and exit status', async (name) => {
    const help = await run([name, '--help']);
    expect(help.code).toBe(0);
    const examples = /Examples:\n((?: {2}.*\n)+)/.exec(help.out)?.[1] ?? '';
    const lines = examples.trim().split('\n').map((line) => line.trim());
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(new RegExp(`(^|\\| )digest ${name}( |$)`));
    expect(help.out).toMatch(/Exit status:/);
  });

  it('prints the JSON Schema', async () => {
    const { code, out } = await run(['schema']);
    expect(code).toBe(0);
    expect(JSON.parse(out).title).toBe('digest JSON output');
  });
});
