// The default `digest check` output: findings grouped by file, aligned columns, one summary line.
import type { Finding } from '../model.js';
import { chalkFor, oneLine, type RenderContext } from './style.js';
import { countFindings, summaryLines, type CheckReport } from './check-report.js';

/** Messages longer than this are not padded: the rule id follows two spaces later instead. */
const MAX_PADDED_MESSAGE = 60;

export function renderStylish(report: CheckReport, ctx: RenderContext): string {
  const chalk = chalkFor(ctx);
  const out: string[] = [];
  for (const group of byFile(report.findings)) {
    out.push(chalk.underline(oneLine(group[0]?.file ?? '')));
    const where = group.map((f) => `${f.line}:${f.column}`);
    const whereWidth = Math.max(...where.map((w) => w.length));
    const messages = group.map((f) => oneLine(f.message));
    const messageWidth = Math.min(MAX_PADDED_MESSAGE, Math.max(...messages.map((m) => m.length)));
    group.forEach((finding, i) => {
      const severity = finding.severity === 'error' ? chalk.red('error  ') : chalk.yellow('warning');
      const message = messages[i] ?? '';
      out.push(`  ${chalk.dim((where[i] ?? '').padEnd(whereWidth))}  ${severity}  ${message.padEnd(messageWidth)}  ${chalk.dim(finding.ruleId)}`);
    });
    out.push('');
  }
  const counts = countFindings(report);
  const [first = '', ...rest] = summaryLines(report, counts);
  const color = first.startsWith('✖') && counts.warnings === 0 || counts.errors > 0 ? chalk.red.bold : counts.warnings > 0 ? chalk.yellow.bold : chalk.green;
  out.push(color(first), ...rest.map((line) => (line.startsWith('✖') ? chalk.red.bold(line) : chalk.dim(line))));
  return `${out.join('\n')}\n`;
}

/** Consecutive findings of one file (the report is sorted by file). */
export function byFile(findings: readonly Finding[]): Finding[][] {
  const groups: Finding[][] = [];
  for (const finding of findings) {
    const last = groups.at(-1);
    if (last && last[0]?.file === finding.file) last.push(finding);
    else groups.push([finding]);
  }
  return groups;
}
