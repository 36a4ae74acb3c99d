import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { main } from '../../../src/cli/main.js';
import { memoryIo } from '../../helpers/memory-io.js';

const dir = mkdtempSync(path.join(tmpdir(), 'digest-quotes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const STORY = path.join(dir, 'harbour.txt');
writeFileSync(STORY, [
  'Harbour to reopen after storm repairs',
  '',
  'Tom Hardwick, the harbour master, said: “The pier will reopen on Friday.”',
  '',
  '“We lost three boats,” said Ana Silva, who runs the sailing club.',
  '',
  'The council called the damage ‘serious’ and said repairs were “on budget”.',
  '',
].join('\n'));

const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../schema/digest.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

async function run(...argv: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await main(['quotes', ...argv], io);
  return { code, out: io.out, err: io.err };
}

describe('digest quotes', () => {
  it('prints a table with line, speaker, role and quote that fits 80 columns', async () => {
    const { code, out } = await run('harbour.txt');
    expect(code).toBe(0);
    expect(out).toContain('Tom Hardwick');
    expect(out).toContain('the harbour master');
    expect(out).toContain('Ana Silva');
    expect(out.split('\n').every((line) => line.length <= 80)).toBe(true);
  });

  it('--speaker keeps quotes whose speaker contains the text, case-insensitively', async () => {
    const { out } = await run('harbour.txt', '--speaker', 'SILVA', '--format', 'markdown');
    expect(out).toContain('Ana Silva');
    expect(out).not.toContain('Tom Hardwick');
  });

  it('JSON: article header, quotes and footer, valid against the schema', async () => {
    const { code, out } = await run('harbour.txt', '--json');
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { command: string; articles: Array<{ file: string; quotes: Array<Record<string, unknown>>; trailer: unknown }> };
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.command).toBe('quotes');
    const quotes = doc.articles[0]!.quotes;
    expect(quotes.map((q) => [q.speaker, q.kind])).toEqual([
      ['Tom Hardwick', 'full'], ['Ana Silva', 'full'], ['The council', 'partial'], ['The council', 'partial'],
    ]);
    expect(quotes[0]).toMatchObject({ speakerRole: 'the harbour master', cue: 'said', line: 3 });
  });

  it('NDJSON: one article line and a summary line', async () => {
    const { out } = await run('harbour.txt', '--format', 'ndjson');
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { type: string });
    expect(lines.map((l) => l.type)).toEqual(['article', 'summary']);
  });

  it('an empty --speaker is a usage error', async () => {
    const { code, err } = await run('harbour.txt', '--speaker', ' ');
    expect(code).toBe(2);
    expect(err).toContain('--speaker');
  });

  it('summarize shows the key quotes the summary does not already show', async () => {
    const json = memoryIo({ cwd: dir });
    expect(await main(['summarize', 'harbour.txt', '--sentences', '1', '--format', 'json'], json)).toBe(0);
    const [digest] = JSON.parse(json.out).articles as { summary: { text: string }[]; quotes: { text: string }[]; keyQuotes: number[] }[];
    const summaryText = digest!.summary.map((s) => s.text).join(' ');
    const keyTexts = digest!.keyQuotes.map((i) => digest!.quotes[i]!.text);
    expect(keyTexts.length).toBeGreaterThan(0);
    for (const text of keyTexts) expect(summaryText).not.toContain(text);
    const io = memoryIo({ cwd: dir });
    expect(await main(['summarize', 'harbour.txt', '--sentences', '1'], io)).toBe(0);
    expect(io.out).toContain('Key quotes');
    expect(io.out).toContain(keyTexts[0]!.replace(/,$/, ''));
  });

  it('summarize lists no key quote when the summary already holds every quote', async () => {
    const io = memoryIo({ cwd: dir });
    expect(await main(['summarize', 'harbour.txt', '--sentences', '3'], io)).toBe(0);
    expect(io.out).toContain('said Ana Silva');
    expect(io.out).not.toContain('Key quotes');
  });
});
