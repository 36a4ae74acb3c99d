import { createRequire } from 'node:module';
import type yamlType from 'js-yaml';
import type matterType from 'gray-matter';

// gray-matter and js-yaml are loaded on first use (Node's module cache keeps them): most runs of a
// plain-text corpus never need them, and they cost tens of milliseconds of startup.
const requireModule = createRequire(import.meta.url);
function grayMatter(): typeof matterType {
  return requireModule('gray-matter') as typeof matterType;
}
export function jsYaml(): typeof yamlType {
  return requireModule('js-yaml') as typeof yamlType;
}

/** Front matter larger than this is refused: news metadata is a few hundred bytes. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

export interface FrontMatterIssue {
  code: 'YAML' | 'UNSAFE_FRONT_MATTER' | 'FRONT_MATTER_SHAPE';
  message: string;
  /** 1-based line and column in the whole file. */
  line: number;
  column: number;
}

export interface FrontMatter {
  present: boolean;
  data: Record<string, unknown>;
  /** Offset in the text where the body starts. */
  bodyOffset: number;
  issues: FrontMatterIssue[];
}

/**
 * Reads YAML front matter safely: no JavaScript or other engines are ever run, dates stay strings
 * (js-yaml CORE_SCHEMA), aliases are refused, and a syntax error is an issue with the file's real
 * line and column while the body is still returned.
 */
export function parseFrontMatter(text: string): FrontMatter {
  if (!/^---[^\S\r\n]*[A-Za-z]*[^\S\r\n]*\r?\n/.test(text)) {
    return { present: false, data: {}, bodyOffset: 0, issues: [] };
  }
  const issues: FrontMatterIssue[] = [];
  let data: unknown = {};
  const yamlEngine = {
    parse: (source: string) => {
      data = loadYaml(source, issues);
      return {};
    },
  };
  const refuse = {
    parse: () => {
      issues.push({ code: 'UNSAFE_FRONT_MATTER', message: 'front matter in a language other than YAML is never evaluated', line: 1, column: 4 });
      return {};
    },
  };
  const language = /^---[^\S\r\n]*([A-Za-z]*)/.exec(text)?.[1]?.toLowerCase() ?? '';
  // An options object is always passed: without one gray-matter caches results by input text.
  const options = {
    language: language === '' || language === 'yaml' || language === 'yml' ? 'yaml' : 'refused',
    engines: { yaml: yamlEngine, refused: refuse, javascript: refuse, js: refuse, coffee: refuse, json: refuse, toml: refuse },
  };
  let content: string | null = null;
  try {
    content = grayMatter()(text, options as Parameters<typeof matterType>[1]).content;
  } catch {
    // An engine gray-matter does not know: nothing was evaluated, and the body is found below.
    refuse.parse();
  }
  const closed = hasClosingDelimiter(text);
  if (!closed) {
    issues.push({ code: 'YAML', message: 'front matter opened with --- is never closed', line: 1, column: 1 });
  }
  const bodyOffset = closed && content !== null ? text.length - content.length : closingOffset(text);
  return { present: true, data: asRecord(data, issues), bodyOffset, issues };
}

function loadYaml(source: string, issues: FrontMatterIssue[]): unknown {
  if (source.length > MAX_FRONT_MATTER_CHARS) {
    issues.push({ code: 'FRONT_MATTER_SHAPE', message: `front matter is larger than ${MAX_FRONT_MATTER_CHARS} characters`, line: 1, column: 1 });
    return {};
  }
  try {
    const yaml = jsYaml();
    return yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    issues.push(yamlIssue(error));
    return {};
  }
}

function yamlIssue(error: unknown): FrontMatterIssue {
  const yamlError = error as { reason?: string; mark?: { line: number; column: number } };
  // The YAML source starts at the end of the opening '---' line, so its 0-based line is the file's 1-based line minus one.
  const line = (yamlError.mark?.line ?? 0) + 1;
  const column = (yamlError.mark?.column ?? 0) + 1;
  const reason = yamlError.reason ?? String(error);
  const hint = /bad indentation of a mapping entry|incomplete explicit mapping pair/.test(reason)
    ? `${reason} (a value containing ': ' must be put in quotes)`
    : reason;
  return { code: 'YAML', message: `front matter is not valid YAML: ${hint}`, line, column };
}

function asRecord(data: unknown, issues: FrontMatterIssue[]): Record<string, unknown> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    issues.push({ code: 'FRONT_MATTER_SHAPE', message: 'front matter must be a mapping of field: value', line: 2, column: 1 });
    return {};
  }
  if (hasSharedReference(data, new Set())) {
    issues.push({ code: 'FRONT_MATTER_SHAPE', message: 'front matter uses YAML aliases, which are not allowed', line: 2, column: 1 });
    return {};
  }
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return record;
}

/** True when an object or array is reached twice: the mark of YAML aliases (and alias bombs). */
function hasSharedReference(value: unknown, seen: Set<object>): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (seen.has(value)) return true;
  seen.add(value);
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.some((child) => hasSharedReference(child, seen));
}

function hasClosingDelimiter(text: string): boolean {
  return /\r?\n---[^\S\r\n]*(?:\r?\n|$)/.test(text.slice(3));
}

/** Where the body starts when gray-matter could not say: after the closing ---, or after the first line. */
function closingOffset(text: string): number {
  const close = /\r?\n---[^\S\r\n]*(?:\r?\n|$)/.exec(text.slice(3));
  if (close) return 3 + close.index + close[0].length;
  const newline = text.indexOf('\n');
  return newline === -1 ? text.length : newline + 1;
}
