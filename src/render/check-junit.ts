// `digest check --format junit`: JUnit XML for CI systems without annotations (GitLab, Jenkins,
// Azure). One testsuite per file; an error finding is a failed testcase; a warning is a passing
// testcase with the warning in system-out, so the XML agrees with the exit code.
import type { Finding, Problem } from '../model.js';
import { countFindings, type CheckReport } from './check-report.js';

// Characters XML 1.0 cannot hold at all, even escaped: C0 controls but tab and line ends, lone surrogates, U+FFFE/F.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values).map(([key, value]) => ` ${key}="${xmlAttribute(String(value))}"`).join('');
}

function testcase(finding: Finding): string {
  const where = `${finding.file}:${finding.line}:${finding.column}`;
  const head = `    <testcase${attributes({ classname: finding.file, name: `${finding.ruleId} ${finding.line}:${finding.column}`, file: finding.file, line: finding.line })}>`;
  const detail = `${where} ${finding.severity} ${finding.message} (${finding.ruleId})`;
  const body = finding.severity === 'error'
    ? `      <failure${attributes({ type: finding.ruleId, message: finding.message })}>${xmlText(detail)}</failure>`
    : `      <system-out>${xmlText(detail)}</system-out>`;
  return `${head}\n${body}\n    </testcase>`;
}

function problemSuite(problem: Problem): string {
  const error = `      <error${attributes({ type: problem.code, message: problem.message })}/>`;
  return [
    `  <testsuite${attributes({ name: problem.path, tests: 1, failures: 0, errors: problem.severity === 'error' ? 1 : 0 })}>`,
    `    <testcase${attributes({ classname: problem.path, name: `digest ${problem.code}` })}>`,
    problem.severity === 'error' ? error : `      <system-out>${xmlText(problem.message)}</system-out>`,
    '    </testcase>',
    '  </testsuite>',
  ].join('\n');
}

export function renderJunit(report: CheckReport): string {
  const byFile = new Map<string, Finding[]>(report.files.map((file) => [file, []]));
  for (const finding of report.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const suites: string[] = [];
  let tests = 0;
  for (const [file, findings] of byFile) {
    const failures = findings.filter((f) => f.severity === 'error').length;
    const cases = findings.length === 0 ? [`    <testcase${attributes({ classname: file, name: 'digest check' })}/>`] : findings.map(testcase);
    tests += cases.length;
    suites.push(`  <testsuite${attributes({ name: file, tests: cases.length, failures, errors: 0 })}>\n${cases.join('\n')}\n  </testsuite>`);
  }
  suites.push(...report.problems.map(problemSuite));
  tests += report.problems.length;
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const counts = countFindings(report);
  const head = `<testsuites${attributes({ name: 'digest check', tests, failures: counts.errors, errors })}>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${suites.join('\n')}\n</testsuites>\n`;
}
