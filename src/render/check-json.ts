// `digest check --format json|ndjson`: the findings as data, keys in a fixed order.
import type { Finding } from '../model.js';
import { SCHEMA_VERSION, problemJson, splitProblems } from './stream.js';
import { countFindings, type CheckReport } from './check-report.js';

export function findingJson(finding: Finding): Record<string, unknown> {
  return {
    file: finding.file,
    line: finding.line,
    column: finding.column,
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    fixable: finding.fixable,
  };
}

function checkSummaryJson(report: CheckReport): Record<string, number> {
  const counts = countFindings(report);
  const problems = splitProblems(report.problems);
  return {
    files: report.files.length,
    filesWithFindings: counts.filesWithFindings,
    findings: report.findings.length,
    errorFindings: counts.errors,
    warningFindings: counts.warnings,
    fixableFindings: counts.fixable,
    fixed: report.fixed,
    warnings: problems.warnings.length,
    errors: problems.errors.length,
  };
}

export function renderJson(report: CheckReport): string {
  const problems = splitProblems(report.problems);
  const document = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'digest', version: report.toolVersion },
    command: 'check',
    findings: report.findings.map(findingJson),
    warnings: problems.warnings.map(problemJson),
    errors: problems.errors.map(problemJson),
    summary: checkSummaryJson(report),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function renderNdjson(report: CheckReport): string {
  const lines = report.findings.map((finding) => JSON.stringify({ type: 'finding', ...findingJson(finding) }));
  for (const problem of report.problems) lines.push(JSON.stringify({ type: problem.severity, ...problemJson(problem) }));
  lines.push(JSON.stringify({ type: 'summary', schemaVersion: SCHEMA_VERSION, command: 'check', ...checkSummaryJson(report) }));
  return `${lines.join('\n')}\n`;
}
