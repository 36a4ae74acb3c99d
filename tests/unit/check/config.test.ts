import { describe, expect, it } from 'vitest';
import { configJson, defaultSettings, parseConfig } from '../../../src/check/config.js';
import { RULES } from '../../../src/check/registry.js';

function failure(text: string, file = '.digestrc.yaml') {
  const result = parseConfig(text, file);
  if (result.ok) throw new Error('expected an invalid config');
  return result.error;
}

describe('parseConfig', () => {
  it('reads YAML severities and options, keeping the defaults of everything else', () => {
    const result = parseConfig('rules:\n  date/future: off\n  title/length: [warn, { max: 90 }]\nmaxWarnings: 3\n', '.digestrc.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.rules.get('date/future')?.severity).toBe('off');
    expect(result.config.rules.get('title/length')).toEqual({ severity: 'warn', options: { min: 10, max: 90 } });
    expect(result.config.rules.get('date/impossible')?.severity).toBe('error');
    expect(result.config.maxWarnings).toBe(3);
  });

  it('reads JSON', () => {
    const result = parseConfig('{ "rules": { "field/required": ["error", { "fields": ["title", "author"] }] } }', '.digestrc.json');
    expect(result.ok && result.config.rules.get('field/required')?.options).toEqual({ fields: ['title', 'author'] });
  });

  it('merges a string map option onto its defaults', () => {
    const result = parseConfig('rules:\n  field/type: [error, { types: { wordcount: number } }]\n', '.digestrc.yaml');
    const types = result.ok ? (result.config.rules.get('field/type')?.options.types as Record<string, string>) : {};
    expect(types.wordcount).toBe('number');
    expect(types.tags).toBe('list');
  });

  it('an empty file is the defaults', () => {
    const result = parseConfig('', '.digestrc.yaml');
    expect(result.ok && result.config.rules).toEqual(defaultSettings());
  });

  it.each([
    ['an unknown rule, with a suggestion', 'rules:\n  date/futur: warn\n', 2, 'rules."date/futur"', /unknown rule.*did you mean "date\/future"/],
    ['a bad severity', 'rules:\n  date/future: warning\n', 2, 'rules."date/future"', /severity must be/],
    ['an unknown option', 'rules:\n  title/length:\n    - warn\n    - maximum: 3\n', 4, 'rules."title/length".maximum', /unknown option "maximum".*min, max/],
    ['a bad option value', 'rules:\n  title/length: [warn, { max: -1 }]\n', 2, 'rules."title/length".max', /whole number/],
    ['a value outside a choice', 'rules:\n  date/format: [warn, { formats: [date, american] }]\n', 2, 'rules."date/format".formats', /"american" is not one of/],
    ['an unknown top-level key', 'rulez:\n  date/future: off\n', 1, 'rulez', /unknown key "rulez"/],
    ['rules not a mapping', 'rules: [a, b]\n', 1, 'rules', /rules must be a mapping/],
    ['a bad maxWarnings', 'maxWarnings: lots\n', 1, 'maxWarnings', /whole number/],
    ['options on a rule that takes none', 'rules:\n  body/empty: error\n  quotes/unbalanced: [error, { strict: true }]\n', 3, 'rules."quotes/unbalanced".strict', /takes no options/],
  ])('%s', (_name, text, line, key, message) => {
    const error = failure(text);
    expect(error.file).toBe('.digestrc.yaml');
    expect(error.line).toBe(line);
    expect(error.key).toBe(key);
    expect(error.message).toMatch(message);
  });

  it('YAML and JSON syntax errors give a line', () => {
    expect(failure('rules:\n  a: [b\n  c: d\n').line).toBe(3);
    const json = failure('{\n  "rules": {\n    "date/future": "off",\n  }\n}\n', '.digestrc.json');
    expect(json.message).toMatch(/not valid JSON/);
    expect(json.line).toBe(4);
  });

  it('never runs code: a YAML function tag is an error, not a call', () => {
    expect(failure('rules: !!js/function "function () { return 1 }"\n').message).toMatch(/not valid YAML/);
  });

  it('--print-config lists every rule', () => {
    const json = configJson({ file: null, rules: defaultSettings(), maxWarnings: null });
    expect(Object.keys(json.rules as object)).toEqual(RULES.map((rule) => rule.id));
  });
});

describe('the rule registry', () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s has a kebab-case grouped id, a doc line and valid defaults', (id, rule) => {
    expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*\/[a-z]+(?:-[a-z]+)*$/);
    expect(rule.description.length).toBeGreaterThan(20);
    expect(['off', 'warn', 'error']).toContain(rule.defaultSeverity);
    expect(Object.keys(rule.defaultOptions).sort()).toEqual(Object.keys(rule.optionSpecs).sort());
  });

  it('has unique ids', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
  });
});
