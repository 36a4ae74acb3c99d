// What `digest check` renders: every finding of the run, sorted, plus the files that could not be
// read. Each format is a pure function of this report.
import type { Finding, Problem } from '../model.js';
import { plural } from './style.js';

export interface CheckReport {
  /** Sorted by file, then line, column and rule id. */
  findings: readonly Finding[];
  /** Files that could not be checked (unreadable, binary, no match), and internal errors. */
  problems: readonly Problem[];
  /** Every file checked, in path order (junit lists the clean ones too). */
  files: readonly string[];
  /** Edits --fix applied; 0 without --fix. */
  fixed: number;
  maxWarnings: number | null;
  toolVersion: string;
}

export interface CheckCounts {
  errors: number;
  warnings: number;
  fixable: number;
  filesWithFindings: number;
}

export function countFindings(report: CheckReport): CheckCounts {
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  const files = new Set<string>();
  for (const finding of report.findings) {
    if (finding.severity === 'error') errors++;
    else warnings++;
    if (finding.fixable) fixable++;
    files.add(finding.file);
  }
  return { errors, warnings, fixable, filesWithFindings: files.size };
}

/** True when the warnings alone fail the run. */
export function tooManyWarnings(report: CheckReport, counts: CheckCounts): boolean {
  return report.maxWarnings !== null && counts.warnings > report.maxWarnings;
}

/** "✖ 2 problems (1 error, 1 warning) in 2 of 14 files", or "✔ 14 files checked, no problems". */
export function summaryLines(report: CheckReport, counts: CheckCounts): string[] {
  const total = counts.errors + counts.warnings;
  const unreadable = report.problems.filter((p) => p.severity === 'error').length;
  const lines: string[] = [];
  if (total === 0 && unreadable > 0) {
    lines.push(`✖ ${plural(unreadable, 'input error')} · ${plural(report.files.length, 'file')} checked, no problems in them`);
  } else if (total === 0) {
    lines.push(`✔ ${plural(report.files.length, 'file')} checked, no problems`);
  } else {
    const counted = `${plural(total, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')})`;
    lines.push(`✖ ${counted} in ${counts.filesWithFindings} of ${plural(report.files.length, 'file')}${unreadable ? ` · ${plural(unreadable, 'input error')}` : ''}`);
  }
  if (counts.fixable > 0) lines.push(`  ${plural(counts.fixable, 'problem')} fixable with --fix`);
  if (report.fixed > 0) lines.push(`  fixed ${plural(report.fixed, 'problem')} with --fix`);
  if (tooManyWarnings(report, counts)) lines.push(`✖ ${plural(counts.warnings, 'warning')}: more than --max-warnings ${report.maxWarnings}`);
  return lines;
}
