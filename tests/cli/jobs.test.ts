import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { MIN_FILES_FOR_WORKERS } from '../../src/cli/run-size.js';
import { memoryIo } from '../helpers/memory-io.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/basic');
const built = existsSync(path.join(ROOT, 'dist/src/cli/worker.js'));
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'digest-jobs-'));
  const sources = ['harbour-bridge.md', 'ferry-timetable.txt', 'broken-yaml.md'].map((f) => [f, readFileSync(path.join(FIXTURES, f), 'utf8')] as const);
  for (let i = 0; i < MIN_FILES_FOR_WORKERS + 6; i++) {
    const [name, text] = sources[i % sources.length] ?? sources[0]!;
    writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}-${name}`), text.replace('Westcombe', `Westcombe ${i}`));
  }
  writeFileSync(path.join(dir, 'zz-binary.txt'), Buffer.from([0x41, 0, 0x42]));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!built)('--jobs', () => {
  it.each(['ndjson', 'json', 'text', 'markdown'])('worker threads give byte-identical %s output to one job', async (format) => {
    const one = memoryIo({ cwd: dir });
    const two = memoryIo({ cwd: dir });
    const codeOne = await main(['summarize', '.', '--format', format, '--jobs', '1'], one);
    const codeTwo = await main(['summarize', '.', '--format', format, '--jobs', '2'], two);
    expect(codeTwo).toBe(codeOne);
    expect(two.out).toBe(one.out);
    expect(two.err).toBe(one.err);
    expect(one.err).toMatch(/zz-binary\.txt/);
  });

  it('rejects --jobs 0', async () => {
    const io = memoryIo({ cwd: dir });
    expect(await main(['summarize', '.', '--jobs', '0'], io)).toBe(2);
    expect(io.err).toMatch(/--jobs takes a whole number above 0/);
  });
});
