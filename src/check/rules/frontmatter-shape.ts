import { fileRule } from '../rule.js';

/** Front matter must be a mapping of field: value, without YAML aliases, and of a sane size. */
export const frontmatterShape = fileRule({
  id: 'frontmatter/shape',
  description: 'front matter is a mapping of field: value, with no YAML aliases and under 64 KiB',
  defaultSeverity: 'error',
  defaultOptions: {},
  optionSpecs: {},
  fixable: false,
  // Ingest also files date problems under FRONT_MATTER_SHAPE, without a line: the date rules own those.
  check: (context) => context.article.problems
    .filter((problem) => problem.code === 'FRONT_MATTER_SHAPE' && problem.line !== null)
    .map((problem) => ({ line: problem.line ?? 1, column: problem.column ?? 1, message: problem.message })),
});
