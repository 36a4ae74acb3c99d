// digest check, the pure core: article → findings. The CLI reads files and config, passes today's
// date in, and renders; nothing here reads a file or the clock.
import type { Article, Finding, Severity } from '../model.js';
import { LineIndex } from '../text/lines.js';
import type { Edit, FileRule, RuleContext, SetKey, SetRule } from './rule.js';
import { RULES, isKnownRule } from './registry.js';
import type { RuleSettings } from './config.js';
import { scanFrontMatter, type FrontMatterLines } from './frontmatter-lines.js';
import { maskCode, maskComments } from './mask.js';
import { bodyDirectives, frontMatterDirectives, type Directive } from './directives.js';
import { UNKNOWN_RULE_IN_DIRECTIVE, UNUSED_DIRECTIVE, applyDirectives, type DraftFinding } from './suppress.js';

export interface CheckOptions {
  rules: RuleSettings;
  /** Today as YYYY-MM-DD. */
  today: string;
  /** False with --no-inline-config: digest-disable comments are ignored. */
  inlineConfig: boolean;
}

/** One file's findings before the set-wide pass and the inline directives. Small: the article is not kept. */
export interface FileCheck {
  file: string;
  rules: RuleSettings;
  drafts: DraftFinding[];
  directives: Directive[];
  keys: { ruleId: string; key: SetKey }[];
  /** Rules that threw on this file: a bug in digest, reported as an internal error. */
  crashes: { ruleId: string; message: string }[];
}

export interface FileResult {
  file: string;
  findings: Finding[];
  /** The edits of the findings --fix can repair, for the CLI to apply. */
  fixes: Edit[];
  crashes: FileCheck['crashes'];
}

const NO_FRONT_MATTER: FrontMatterLines = { present: false, closeLine: null, end: 0, fields: [], comments: [] };

/** Runs every per-file rule that is not off, and gathers the keys the set-wide rules compare. */
export function checkArticle(article: Article, options: CheckOptions): FileCheck {
  const frontMatter = article.format === 'markdown' ? scanFrontMatter(article.text) : NO_FRONT_MATTER;
  const lines = new LineIndex(article.text);
  const codeMasked = maskCode(article.text, frontMatter.end);
  const context: RuleContext = { article, lines, frontMatter, masked: maskComments(codeMasked, frontMatter.end), today: options.today };
  const check: FileCheck = { file: article.file, rules: options.rules, drafts: [], directives: [], keys: [], crashes: [] };
  for (const rule of RULES) {
    const setting = options.rules.get(rule.id);
    if (!setting || setting.severity === 'off' || rule.scope === 'directive') continue;
    try {
      if (rule.scope === 'file') check.drafts.push(...runFileRule(rule, context, setting.options, severityOf(setting.severity)));
      else check.keys.push(...rule.keys(context, setting.options).map((key) => ({ ruleId: rule.id, key })));
    } catch (error) {
      check.crashes.push({ ruleId: rule.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  if (options.inlineConfig) {
    check.directives = [...frontMatterDirectives(frontMatter.comments), ...bodyDirectives(codeMasked, frontMatter.end, lines)];
  }
  return check;
}

function runFileRule(rule: FileRule, context: RuleContext, ruleOptions: FileRule['defaultOptions'], severity: Severity): DraftFinding[] {
  return rule.check(context, ruleOptions).map((found) => ({
    ruleId: rule.id, severity, line: found.line, column: found.column, message: found.message, fix: found.fix ?? null,
  }));
}

/** A file with nothing in it: only body/empty can say anything. */
export function checkEmptyFile(file: string, options: CheckOptions): FileCheck {
  const check: FileCheck = { file, rules: options.rules, drafts: [], directives: [], keys: [], crashes: [] };
  const setting = options.rules.get('body/empty');
  if (setting && setting.severity !== 'off') {
    check.drafts.push({ ruleId: 'body/empty', severity: severityOf(setting.severity), line: 1, column: 1, message: 'the file is empty', fix: null });
  }
  return check;
}

/**
 * The set-wide pass: for each set rule, a key seen in an earlier file (in the given order, which the
 * CLI sorts by path) makes a finding in every later file that has it.
 */
export function addSetFindings(checks: readonly FileCheck[]): void {
  const first = new Map<string, { file: string; key: SetKey }>();
  for (const check of checks) {
    for (const { ruleId, key } of check.keys) {
      const id = `${ruleId}\u0000${key.key}`;
      const original = first.get(id);
      if (!original) {
        first.set(id, { file: check.file, key });
        continue;
      }
      const rule = RULES.find((r): r is SetRule => r.id === ruleId && r.scope === 'set');
      const setting = check.rules.get(ruleId);
      if (!rule || !setting || setting.severity === 'off') continue;
      const message = rule.message(key, original);
      check.drafts.push({ ruleId, severity: severityOf(setting.severity), line: key.line, column: key.column, message, fix: null });
    }
  }
}

/** Applies the inline directives, reports stale ones, and sorts: line, column, rule id. */
export function finishFile(check: FileCheck): FileResult {
  const { kept, unused, unknown } = applyDirectives(check.drafts, check.directives, isKnownRule);
  const drafts = [...kept];
  const unusedSetting = check.rules.get(UNUSED_DIRECTIVE);
  if (unusedSetting && unusedSetting.severity !== 'off') {
    for (const { directive, rule } of unused) {
      const what = rule === null ? 'any rule' : rule;
      drafts.push({ ruleId: UNUSED_DIRECTIVE, severity: severityOf(unusedSetting.severity), line: directive.line, column: directive.column, message: `digest-${directive.kind} for ${what} suppressed nothing: remove it`, fix: null });
    }
  }
  const unknownSetting = check.rules.get(UNKNOWN_RULE_IN_DIRECTIVE);
  if (unknownSetting && unknownSetting.severity !== 'off') {
    for (const { directive, rule } of unknown) {
      drafts.push({ ruleId: UNKNOWN_RULE_IN_DIRECTIVE, severity: severityOf(unknownSetting.severity), line: directive.line, column: directive.column, message: `digest-${directive.kind} names an unknown rule "${rule}"`, fix: null });
    }
  }
  drafts.sort(compareDrafts);
  return {
    file: check.file,
    findings: drafts.map((draft) => ({
      file: check.file, line: draft.line, column: draft.column, ruleId: draft.ruleId, severity: draft.severity, message: draft.message, fixable: draft.fix !== null,
    })),
    fixes: drafts.flatMap((draft) => draft.fix ?? []),
    crashes: check.crashes,
  };
}

function compareDrafts(a: DraftFinding, b: DraftFinding): number {
  return a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function severityOf(setting: 'warn' | 'error'): Severity {
  return setting === 'warn' ? 'warning' : 'error';
}
