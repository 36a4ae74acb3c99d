import { fileRule } from '../rule.js';

/** An article needs a body: front matter and a headline alone publish an empty page. */
export const bodyEmpty = fileRule({
  id: 'body/empty',
  description: 'the article has a body (at least minWords words outside comments and code; default 1)',
  defaultSeverity: 'error',
  defaultOptions: { minWords: 1 },
  optionSpecs: { minWords: { kind: 'integer', min: 1 } },
  fixable: false,
  check: (context, options) => {
    let words = 0;
    for (const paragraph of context.article.paragraphs) {
      words += context.masked.slice(paragraph.start, paragraph.end).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
      if (words >= options.minWords) return [];
    }
    // Where the body should start; when the file ends there, the last line that has anything on it.
    const text = context.article.text;
    const lastText = text.trimEnd().length;
    const at = context.lines.position(Math.min(context.article.bodyStart, Math.max(0, lastText - 1)));
    return [{ line: at.line, column: context.article.bodyStart >= lastText ? 1 : at.column, message: words === 0 ? 'the article has no body text' : `the body has ${words} words, fewer than ${options.minWords}` }];
  },
});
