// Runs the pure check core on one text, for rule tests: no files, no config discovery.
import { parseArticleText, isProblem } from '../../src/ingest/parse.js';
import { addSetFindings, checkArticle, checkEmptyFile, finishFile, type FileCheck } from '../../src/check/index.js';
import { defaultSettings, type RuleConfig } from '../../src/check/config.js';
import type { Finding, RuleSetting } from '../../src/model.js';
import type { RuleOptions } from '../../src/check/rule.js';

export const TODAY = '2025-06-01';

export interface CheckTextOptions {
  file?: string;
  today?: string;
  inlineConfig?: boolean;
  /** Rule settings over the defaults: 'off', 'warn', 'error' or [severity, options]. */
  rules?: Record<string, RuleSetting | [RuleSetting, RuleOptions]>;
}

export function settingsWith(overrides: CheckTextOptions['rules'] = {}) {
  const settings = new Map(defaultSettings());
  for (const [id, value] of Object.entries(overrides)) {
    const base = settings.get(id);
    if (!base) throw new Error(`no rule ${id}`);
    const [severity, options] = Array.isArray(value) ? value : [value, {}];
    settings.set(id, { severity, options: { ...base.options, ...options } } satisfies RuleConfig);
  }
  return settings;
}

export function fileCheck(text: string, options: CheckTextOptions = {}): FileCheck {
  const file = options.file ?? 'story.md';
  const checkOptions = { rules: settingsWith(options.rules), today: options.today ?? TODAY, inlineConfig: options.inlineConfig ?? true };
  const article = parseArticleText(file, text);
  if (isProblem(article)) {
    if (article.code === 'EMPTY') return checkEmptyFile(file, checkOptions);
    throw new Error(article.message);
  }
  return checkArticle(article, checkOptions);
}

/** Every finding for one text, after the set pass (of one file) and the inline directives. */
export function checkText(text: string, options: CheckTextOptions = {}): Finding[] {
  const check = fileCheck(text, options);
  addSetFindings([check]);
  const result = finishFile(check);
  if (result.crashes.length > 0) throw new Error(`rule crashed: ${JSON.stringify(result.crashes)}`);
  return result.findings;
}

/** "rule@line:column" for each finding, optionally of one rule only. */
export function where(findings: readonly Finding[], ruleId?: string): string[] {
  return findings.filter((f) => ruleId === undefined || f.ruleId === ruleId).map((f) => `${f.ruleId}@${f.line}:${f.column}`);
}

/** A Markdown article with the given front matter lines and body. */
export function article(frontMatter: readonly string[], body: string): string {
  return `---\n${frontMatter.join('\n')}\n---\n\n${body}\n`;
}
