// Check configuration as data: `.digestrc.json` / `.digestrc.yaml` text → validated rule settings.
// Pure: the CLI finds and reads the file. YAML is read with js-yaml's CORE_SCHEMA, never as code.
import { jsYaml } from '../ingest/frontmatter.js';
import type { RuleSetting } from '../model.js';
import { LineIndex } from '../text/lines.js';
import type { OptionSpec, OptionValue, RuleOptions } from './rule.js';
import { RULES, ruleById } from './registry.js';
import { closest } from './edit-distance.js';

export interface RuleConfig {
  severity: RuleSetting;
  options: RuleOptions;
}

/** The setting of every rule, by id. */
export type RuleSettings = ReadonlyMap<string, RuleConfig>;

export interface CheckConfig {
  /** The config file these settings came from, or null for the defaults. */
  file: string | null;
  rules: RuleSettings;
  maxWarnings: number | null;
}

export interface ConfigError {
  file: string;
  line: number | null;
  /** The key path at fault, e.g. rules."title/length".max */
  key: string | null;
  message: string;
}

export type ConfigResult = { ok: true; config: CheckConfig } | { ok: false; error: ConfigError };

/** A config file larger than this is not a config file. */
export const MAX_CONFIG_CHARS = 256 * 1024;
const TOP_LEVEL_KEYS = ['$schema', 'rules', 'maxWarnings'];
const SEVERITIES: readonly RuleSetting[] = ['off', 'warn', 'error'];

export function defaultSettings(): RuleSettings {
  return new Map(RULES.map((rule) => [rule.id, { severity: rule.defaultSeverity, options: rule.defaultOptions }]));
}

export function defaultConfig(): CheckConfig {
  return { file: null, rules: defaultSettings(), maxWarnings: null };
}

/** Parses and validates one config file's text. Never throws. */
export function parseConfig(text: string, file: string): ConfigResult {
  const fail = (key: string[] | null, message: string, line: number | null = null): ConfigResult =>
    ({ ok: false, error: { file, line: line ?? (key ? lineOfKey(text, key) : null), key: key ? keyPath(key) : null, message } });
  if (text.length > MAX_CONFIG_CHARS) return fail(null, `config file is larger than ${MAX_CONFIG_CHARS} characters`);
  const loaded = load(text, file);
  if (!loaded.ok) return fail(null, loaded.message, loaded.line);
  const data = loaded.value ?? {};
  if (!isRecord(data)) return fail(null, 'config must be a mapping with a "rules" key', 1);
  for (const key of Object.keys(data)) {
    if (!TOP_LEVEL_KEYS.includes(key)) return fail([key], `unknown key "${key}" (known keys: ${TOP_LEVEL_KEYS.join(', ')})`);
  }
  const maxWarnings = data.maxWarnings ?? null;
  if (maxWarnings !== null && !(Number.isSafeInteger(maxWarnings) && (maxWarnings as number) >= 0)) {
    return fail(['maxWarnings'], 'maxWarnings must be a whole number, 0 or more');
  }
  const rules = data.rules ?? {};
  if (!isRecord(rules)) return fail(['rules'], 'rules must be a mapping of rule id to "off", "warn", "error" or [severity, options]');
  const settings = new Map(defaultSettings());
  for (const [id, value] of Object.entries(rules)) {
    const parsed = ruleConfig(id, value);
    if (typeof parsed === 'object' && 'message' in parsed) return fail(['rules', id, ...parsed.key], parsed.message);
    settings.set(id, parsed);
  }
  return { ok: true, config: { file, rules: settings, maxWarnings: maxWarnings as number | null } };
}

function load(text: string, file: string): { ok: true; value: unknown } | { ok: false; message: string; line: number | null } {
  if (/\.json$/i.test(file)) {
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch (error) {
      return { ok: false, message: `not valid JSON: ${(error as Error).message}`, line: jsonErrorLine(text, (error as Error).message) };
    }
  }
  try {
    const yaml = jsYaml();
    return { ok: true, value: yaml.load(text, { schema: yaml.CORE_SCHEMA }) };
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    return { ok: false, message: `not valid YAML: ${(error as { reason?: string }).reason ?? String(error)}`, line: mark ? mark.line + 1 : null };
  }
}

type Parsed = RuleConfig | { key: string[]; message: string };

function ruleConfig(id: string, value: unknown): Parsed {
  const rule = ruleById(id);
  if (!rule) {
    const guess = closest(id, RULES.map((r) => r.id), 3);
    return { key: [], message: `unknown rule "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}` };
  }
  const [severity, options = {}] = Array.isArray(value) ? value : [value];
  if (!SEVERITIES.includes(severity as RuleSetting)) {
    return { key: [], message: `severity must be "off", "warn" or "error" (or [severity, { options }]), not ${JSON.stringify(severity) ?? String(severity)}` };
  }
  if (Array.isArray(value) && value.length > 2) return { key: [], message: 'a rule setting is [severity] or [severity, { options }]' };
  if (!isRecord(options)) return { key: [], message: 'rule options must be a mapping' };
  const merged: Record<string, OptionValue> = { ...rule.defaultOptions };
  for (const [name, raw] of Object.entries(options)) {
    const spec = (rule.optionSpecs as Record<string, OptionSpec>)[name];
    const known = Object.keys(rule.optionSpecs);
    if (!spec) return { key: [name], message: known.length === 0 ? `rule ${id} takes no options` : `unknown option "${name}" (options of ${id}: ${known.join(', ')})` };
    const checked = optionValue(spec, raw, rule.defaultOptions[name]);
    if (typeof checked === 'string') return { key: [name], message: checked };
    merged[name] = checked.value;
  }
  return { severity: severity as RuleSetting, options: merged };
}

/** The option's value, or a message saying what it should be. */
function optionValue(spec: OptionSpec, raw: unknown, fallback: OptionValue | undefined): { value: OptionValue } | string {
  switch (spec.kind) {
    case 'integer':
      return Number.isSafeInteger(raw) && (raw as number) >= spec.min ? { value: raw as number } : `must be a whole number, ${spec.min} or more`;
    case 'boolean':
      return typeof raw === 'boolean' ? { value: raw } : 'must be true or false';
    case 'strings': {
      if (!Array.isArray(raw) || !raw.every((item) => typeof item === 'string')) return 'must be a list of text values';
      const bad = spec.allowed ? raw.find((item) => !spec.allowed?.includes(item)) : undefined;
      return bad === undefined ? { value: raw as string[] } : `"${bad}" is not one of ${spec.allowed?.join(', ')}`;
    }
    case 'string-map': {
      if (!isRecord(raw)) return 'must be a mapping';
      const bad = Object.entries(raw).find(([, type]) => typeof type !== 'string' || !spec.allowed.includes(type));
      if (bad) return `"${bad[0]}" must be one of ${spec.allowed.join(', ')}`;
      // A map adds to or changes the defaults rather than replacing them all.
      return { value: { ...(fallback as Record<string, string> | undefined), ...(raw as Record<string, string>) } };
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function keyPath(keys: readonly string[]): string {
  return keys.map((key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key))).join('.');
}

/** The line where a key path is written, found by reading the text: both parsers drop positions. */
export function lineOfKey(text: string, keys: readonly string[]): number | null {
  let from = 0;
  let found: number | null = null;
  for (const key of keys) {
    const escaped = key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const pattern = new RegExp(`(?:^|[\\s{,\\[])(?:"${escaped}"|'${escaped}'|${escaped})\\s*:`, 'gm');
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) break;
    // The match may begin with the white space before the key: count from the key itself.
    found = match.index + (match[0].length - match[0].trimStart().length);
    from = match.index + match[0].length;
  }
  return found === null ? null : new LineIndex(text).position(found).line;
}

function jsonErrorLine(text: string, message: string): number | null {
  const lineColumn = /line (\d+) column \d+/.exec(message);
  if (lineColumn) return Number(lineColumn[1]);
  const position = /position (\d+)/.exec(message);
  return position ? new LineIndex(text).position(Number(position[1])).line : null;
}

/** The settings as plain data, for --print-config. */
export function configJson(config: CheckConfig): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const rule of RULES) {
    const setting = config.rules.get(rule.id);
    rules[rule.id] = Object.keys(setting?.options ?? {}).length === 0 ? setting?.severity : [setting?.severity, setting?.options];
  }
  return { configFile: config.file, maxWarnings: config.maxWarnings, rules };
}
