// `digest check --format github`: GitHub Actions workflow commands, one per finding, then one plain
// summary line. GitHub shows only the first annotations of a step, so every one is printed anyway.
import { safeText } from './style.js';
import { countFindings, summaryLines, type CheckReport } from './check-report.js';

/** Message text: % first (so the escapes below are not escaped again), then CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values (file, title) also end at `,` and `:`, so those are escaped too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(kind: 'error' | 'warning', properties: Record<string, string | number | null>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== null)
    .map(([key, value]) => `${key}=${escapeProperty(safeText(String(value)))}`)
    .join(',');
  return `::${kind} ${props}::${escapeData(safeText(message))}`;
}

export function renderGithub(report: CheckReport): string {
  const lines = report.findings.map((finding) => command(
    finding.severity,
    { file: finding.file, line: finding.line, col: finding.column, title: finding.ruleId },
    finding.message,
  ));
  for (const problem of report.problems) {
    lines.push(command(problem.severity, { file: problem.path, line: problem.line, col: problem.column, title: `digest ${problem.code}` }, problem.message));
  }
  lines.push(...summaryLines(report, countFindings(report)));
  return `${lines.join('\n')}\n`;
}
