// Applies inline directives to one file's findings, and reports the directives that suppressed
// nothing or name a rule that does not exist.
import type { Directive } from './directives.js';
import type { Edit } from './rule.js';
import type { Severity } from '../model.js';

/** A finding before inline directives are applied: severity known, fix edits kept. */
export interface DraftFinding {
  ruleId: string;
  severity: Severity;
  line: number;
  column: number;
  message: string;
  fix: readonly Edit[] | null;
}

export const UNUSED_DIRECTIVE = 'directive/unused';
export const UNKNOWN_RULE_IN_DIRECTIVE = 'directive/unknown-rule';

/** The region of the file one directive (for one rule, or all) switches off. */
interface Scope {
  directive: Directive;
  /** One rule id, or null for all rules. */
  rule: string | null;
  covers(line: number, column: number): boolean;
  used: boolean;
}

export interface Suppressed {
  kept: DraftFinding[];
  /** Directives that matched nothing, and rule ids no rule has: one entry per directive and rule. */
  unused: { directive: Directive; rule: string | null }[];
  unknown: { directive: Directive; rule: string }[];
}

export function applyDirectives(findings: readonly DraftFinding[], directives: readonly Directive[], isKnownRule: (id: string) => boolean): Suppressed {
  const unknown: Suppressed['unknown'] = [];
  const scopes = buildScopes(directives, isKnownRule, unknown);
  const kept = findings.filter((finding) => {
    if (finding.ruleId.startsWith('directive/')) return true;
    let suppressed = false;
    for (const scope of scopes) {
      if ((scope.rule === null || scope.rule === finding.ruleId) && scope.covers(finding.line, finding.column)) {
        scope.used = true;
        suppressed = true;
      }
    }
    return !suppressed;
  });
  const unused = scopes.filter((scope) => !scope.used).map((scope) => ({ directive: scope.directive, rule: scope.rule }));
  return { kept, unused, unknown };
}

function buildScopes(directives: readonly Directive[], isKnownRule: (id: string) => boolean, unknown: Suppressed['unknown']): Scope[] {
  const scopes: Scope[] = [];
  const open: { directive: Directive; rule: string | null }[] = [];
  const ordered = [...directives].sort((a, b) => a.line - b.line || a.column - b.column);
  for (const directive of ordered) {
    const rules: (string | null)[] = directive.rules.length === 0 ? [null] : directive.rules.filter((rule) => {
      if (isKnownRule(rule)) return true;
      unknown.push({ directive, rule });
      return false;
    });
    if (directive.kind === 'enable') {
      closeRanges(open, directive, rules, scopes);
      continue;
    }
    for (const rule of rules) {
      if (directive.kind === 'disable') open.push({ directive, rule });
      else scopes.push(lineScope(directive, rule));
    }
  }
  for (const range of open) scopes.push(rangeScope(range.directive, range.rule, null));
  return scopes;
}

/** `digest-enable` closes every open range; `digest-enable rule` closes the ranges of that rule. */
function closeRanges(open: { directive: Directive; rule: string | null }[], enable: Directive, rules: (string | null)[], scopes: Scope[]): void {
  for (let i = open.length - 1; i >= 0; i--) {
    const range = open[i];
    if (!range) continue;
    const closes = rules.includes(null) || rules.includes(range.rule);
    if (!closes) continue;
    scopes.push(rangeScope(range.directive, range.rule, enable));
    open.splice(i, 1);
  }
}

function lineScope(directive: Directive, rule: string | null): Scope {
  const target = directive.line + 1;
  const wholeFile = directive.kind === 'disable-file';
  return { directive, rule, used: false, covers: (line) => wholeFile || line === target };
}

function rangeScope(directive: Directive, rule: string | null, enable: Directive | null): Scope {
  return {
    directive, rule, used: false,
    covers: (line, column) => after(line, column, directive) && (enable === null || !after(line, column, enable)),
  };
}

function after(line: number, column: number, directive: Directive): boolean {
  return line > directive.line || (line === directive.line && column >= directive.column);
}
