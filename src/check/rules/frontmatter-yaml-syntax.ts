import { fileRule } from '../rule.js';

/** Front matter must be valid YAML and closed by `---`; reported at the error's line and column in the file. */
export const frontmatterYamlSyntax = fileRule({
  id: 'frontmatter/yaml-syntax',
  description: 'front matter is valid YAML, closed by ---, reported at the real line and column',
  defaultSeverity: 'error',
  defaultOptions: {},
  optionSpecs: {},
  fixable: false,
  // src/ingest/frontmatter.ts already parses safely and gives file-absolute positions: reuse them.
  check: (context) => {
    // Unclosed, the whole file is read as YAML: its errors are about the body, so only the cause is reported.
    if (context.frontMatter.present && context.frontMatter.closeLine === null) {
      return [{ line: 1, column: 1, message: 'front matter opened with --- is never closed (add a --- line after the last field)' }];
    }
    return context.article.problems
      .filter((problem) => problem.code === 'YAML')
      .map((problem) => ({ line: problem.line ?? 1, column: problem.column ?? 1, message: problem.message }));
  },
});
