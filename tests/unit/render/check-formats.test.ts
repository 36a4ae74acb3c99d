// One canned report through every check format, color off; plus escaping and parse-back checks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Finding, Problem } from '../../../src/model.js';
import type { CheckReport } from '../../../src/render/check-report.js';
import { CHECK_FORMATS, renderCheck } from '../../../src/render/check-formats.js';
import { escapeData, escapeProperty } from '../../../src/render/check-github.js';
import { xmlAttribute, xmlText } from '../../../src/render/check-junit.js';

const finding = (file: string, line: number, column: number, ruleId: string, severity: Finding['severity'], message: string, fixable = false): Finding =>
  ({ file, line, column, ruleId, severity, message, fixable });

const REPORT: CheckReport = {
  findings: [
    finding('articles/bad, date.md', 3, 7, 'date/impossible', 'error', 'date 2024-02-30 is not a calendar date'),
    finding('articles/bad, date.md', 5, 1, 'body/boilerplate', 'error', 'trailing boilerplate "Sign up: 50% off\nnow"', true),
    finding('articles/typo.md', 2, 1, 'field/unknown', 'warning', 'unknown field "titel" — did you mean "title"? <&>'),
  ],
  problems: [{ path: 'articles/gone.md', code: 'UNREADABLE', severity: 'error', message: 'cannot read articles/gone.md: permission denied', line: null, column: null } satisfies Problem],
  files: ['articles/bad, date.md', 'articles/clean.md', 'articles/typo.md'],
  fixed: 0,
  maxWarnings: null,
  toolVersion: '0.1.0',
};
const CTX = { color: false, columns: 80 };

describe('stylish', () => {
  it('groups by file, aligns columns and ends with the counts', () => {
    const out = renderCheck('stylish', REPORT, CTX);
    const lines = out.split('\n');
    expect(lines[0]).toBe('articles/bad, date.md');
    expect(lines[1]).toMatch(/^ {2}3:7 {2}error {4}date 2024-02-30 is not a calendar date +date\/impossible$/);
    expect(out).toContain('✖ 3 problems (2 errors, 1 warning) in 2 of 3 files · 1 input error');
    expect(out).toContain('1 problem fixable with --fix');
    expect(out).not.toContain('\u001b');
  });

  it('is colored only when asked', () => {
    expect(renderCheck('stylish', REPORT, { color: true, columns: 80 })).toContain('\u001b[31m');
    expect(renderCheck('github', REPORT, { color: true, columns: 80 })).not.toContain('\u001b');
  });

  it('says so when all is clean', () => {
    expect(renderCheck('stylish', { ...REPORT, findings: [], problems: [] }, CTX)).toBe('✔ 3 files checked, no problems\n');
  });

  it('names --max-warnings when warnings fail the run', () => {
    expect(renderCheck('stylish', { ...REPORT, maxWarnings: 0 }, CTX)).toContain('1 warning: more than --max-warnings 0');
  });
});

describe('github', () => {
  it.each([
    ['100%', '100%25'],
    ['a\r\nb', 'a%0D%0Ab'],
    ['%0A literally', '%250A literally'],
  ])('message %j', (text, escaped) => {
    expect(escapeData(text)).toBe(escaped);
  });

  it.each([
    ['a,b:c', 'a%2Cb%3Ac'],
    ['50%, new\nline', '50%25%2C new%0Aline'],
  ])('property %j', (text, escaped) => {
    expect(escapeProperty(text)).toBe(escaped);
  });

  it('prints one workflow command per finding, then a plain summary', () => {
    const lines = renderCheck('github', REPORT, CTX).trimEnd().split('\n');
    expect(lines[0]).toBe('::error file=articles/bad%2C date.md,line=3,col=7,title=date/impossible::date 2024-02-30 is not a calendar date');
    expect(lines[1]).toBe('::error file=articles/bad%2C date.md,line=5,col=1,title=body/boilerplate::trailing boilerplate "Sign up: 50%25 off%0Anow"');
    expect(lines[2]?.startsWith('::warning file=articles/typo.md,line=2,col=1,title=field/unknown::')).toBe(true);
    expect(lines[3]).toBe('::error file=articles/gone.md,title=digest UNREADABLE::cannot read articles/gone.md: permission denied');
    for (const line of lines.slice(0, 4)) expect(line).toMatch(/^::(error|warning) (?:[a-z]+=[^,:\r\n]*)(?:,[a-z]+=[^,:\r\n]*)*::[^\r\n]*$/);
    expect(lines[4]).toMatch(/^✖ 3 problems/);
    expect(lines.slice(4).every((line) => !line.startsWith('::'))).toBe(true);
  });
});

describe('junit', () => {
  const xml = renderCheck('junit', REPORT, CTX);

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('parses back to the same findings and counts', () => {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(xml);
    const root = parsed.testsuites;
    expect(root).toMatchObject({ name: 'digest check', tests: '5', failures: '2', errors: '1' });
    const suites = root.testsuite as { name: string; failures: string; testcase: { name: string; failure?: { type: string; message: string }; 'system-out'?: string }[] }[];
    expect(suites.map((s) => s.name)).toEqual(['articles/bad, date.md', 'articles/clean.md', 'articles/typo.md', 'articles/gone.md']);
    expect(suites[0]?.testcase.map((t) => t.failure?.type)).toEqual(['date/impossible', 'body/boilerplate']);
    expect(suites[0]?.testcase[1]?.failure?.message).toBe('trailing boilerplate "Sign up: 50% off\nnow"');
    expect(suites[1]?.testcase[0]?.failure).toBeUndefined();
    expect(suites[2]?.testcase[0]?.['system-out']).toContain('unknown field "titel" — did you mean "title"? <&>');
  });

  it('escapes and drops what XML cannot hold', () => {
    expect(xmlText('a<b&c>\u0007')).toBe('a&lt;b&amp;c&gt;\ufffd');
    expect(xmlAttribute('"x"\n\'y\'')).toBe('&quot;x&quot;&#10;&apos;y&apos;');
    expect(xmlText('\ud800 😀')).toBe('\ufffd 😀');
    expect(XMLValidator.validate(`<a b="${xmlAttribute('\u0001"<>&\n\ud83d')}">${xmlText('\u0000]]>&')}</a>`)).toBe(true);
  });
});

describe('json and ndjson', () => {
  const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../schema/digest.schema.json'), 'utf8')));

  it('json: schema-valid, findings in order, counts in the summary', () => {
    const document = JSON.parse(renderCheck('json', REPORT, CTX));
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(document)).toEqual(['schemaVersion', 'tool', 'command', 'findings', 'warnings', 'errors', 'summary']);
    expect(Object.keys(document.findings[0])).toEqual(['file', 'line', 'column', 'ruleId', 'severity', 'message', 'fixable']);
    expect(document.summary).toEqual({ files: 3, filesWithFindings: 2, findings: 3, errorFindings: 2, warningFindings: 1, fixableFindings: 1, fixed: 0, warnings: 0, errors: 1 });
  });

  it('ndjson: one valid object per line, findings then problems then the summary', () => {
    const lines = renderCheck('ndjson', REPORT, CTX).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.type)).toEqual(['finding', 'finding', 'finding', 'error', 'summary']);
    expect(lines[0]).toEqual({ type: 'finding', file: 'articles/bad, date.md', line: 3, column: 7, ruleId: 'date/impossible', severity: 'error', message: 'date 2024-02-30 is not a calendar date', fixable: false });
  });

  it('every format renders an empty report', () => {
    for (const format of CHECK_FORMATS) expect(renderCheck(format, { ...REPORT, findings: [], problems: [], files: [] }, CTX).endsWith('\n')).toBe(true);
  });
});
