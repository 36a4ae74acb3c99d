// Each fixture file says, in `expect:` comments, exactly which findings it must produce
// (`rule@line` or `rule@line:column`, or `none`). This test reads those expectations from the
// files themselves and runs `digest check` over each fixture folder, as CI would.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { TODAY } from '../helpers/check.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/check');
const SETS = ['broken', 'clean', 'directives', 'config'];
const MARKER = /expect:[^\S\r\n]*(.*?)[^\S\r\n]*(?:-->|$)/gm;

function articleFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return articleFiles(full);
    return /\.(md|txt)$/.test(name) ? [full] : [];
  });
}

/** The expectations written in a fixture: "rule@line[:column]" tokens; `none` adds nothing. */
export function expectationsIn(text: string): string[] {
  const tokens = [...text.matchAll(MARKER)].flatMap((match) => (match[1] ?? '').split(/[\s,]+/));
  return tokens.filter((token) => token !== '' && token !== 'none').sort();
}

interface JsonFinding { file: string; line: number; column: number; ruleId: string; severity: string }

async function checkFolder(set: string) {
  const io = memoryIo({ cwd: FIXTURES });
  const code = await main(['check', set, '--format', 'json', '--today', TODAY], io);
  return { code, document: JSON.parse(io.out) as { findings: JsonFinding[] }, stderr: io.err };
}

const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../schema/digest.schema.json'), 'utf8')));

describe.each(SETS)('fixture set %s', (set) => {
  const files = articleFiles(path.join(FIXTURES, set));

  it('has an expect: marker in every fixture file', () => {
    for (const file of files) expect(readFileSync(file, 'latin1'), file).toMatch(MARKER);
  });

  it('produces exactly the findings each file declares, and valid JSON', async () => {
    const { code, document, stderr } = await checkFolder(set);
    expect(stderr).toBe('');
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    for (const file of files) {
      const relative = path.relative(FIXTURES, file).split(path.sep).join('/');
      const expected = expectationsIn(readFileSync(file, 'latin1'));
      const actual = document.findings.filter((f) => f.file === relative).map((f) => {
        const hasColumn = expected.some((token) => token.startsWith(`${f.ruleId}@${f.line}:`));
        return hasColumn ? `${f.ruleId}@${f.line}:${f.column}` : `${f.ruleId}@${f.line}`;
      });
      expect(actual.sort(), relative).toEqual(expected);
    }
    const errors = document.findings.filter((f) => f.severity === 'error').length;
    expect(code).toBe(errors > 0 ? 1 : 0);
  });
});

describe('expectationsIn', () => {
  it.each([
    ['# expect: date/impossible@3:7', ['date/impossible@3:7']],
    ['<!-- expect: a/b@1 c/d@2:3 -->', ['a/b@1', 'c/d@2:3']],
    ['# expect: none', []],
    ['no marker here', []],
  ])('%s', (text, expected) => {
    expect(expectationsIn(text)).toEqual(expected);
  });
});
