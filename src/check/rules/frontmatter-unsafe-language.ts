import { fileRule } from '../rule.js';

/** `---js` and other non-YAML front matter is never evaluated, and is reported. */
export const frontmatterUnsafeLanguage = fileRule({
  id: 'frontmatter/unsafe-language',
  description: 'front matter is YAML: ---js, ---coffee and others are never run, and are reported',
  defaultSeverity: 'error',
  defaultOptions: {},
  optionSpecs: {},
  fixable: false,
  check: (context) => context.article.problems
    .filter((problem) => problem.code === 'UNSAFE_FRONT_MATTER')
    .map((problem) => ({ line: problem.line ?? 1, column: problem.column ?? 1, message: problem.message })),
});
