import { fileRule } from '../rule.js';
import { findField } from '../frontmatter-lines.js';
import { TITLE_FIELDS, firstHeading } from '../locate.js';
import { normalizeTitle } from '../titles.js';

/** When the front matter has a title and the body starts with its own H1, they say the same thing. */
export const titleHeadingMismatch = fileRule({
  id: 'title/heading-mismatch',
  description: 'the front matter title and the body\'s H1, when both exist, agree (case and punctuation aside)',
  defaultSeverity: 'error',
  defaultOptions: {},
  optionSpecs: {},
  fixable: false,
  check: (context) => {
    if (context.article.headlineFrom !== 'front-matter' || context.article.headline === null) return [];
    const heading = firstHeading(context);
    if (heading === null || normalizeTitle(heading.text) === normalizeTitle(context.article.headline)) return [];
    const field = findField(context.frontMatter, TITLE_FIELDS);
    const titleLine = field ? ` (line ${field.line})` : '';
    return [{ line: heading.line, column: heading.column, message: `H1 "${heading.text}" does not match the front matter title "${context.article.headline}"${titleLine}` }];
  },
});
