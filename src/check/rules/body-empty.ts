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
    const at = context.lines.position(Math.min(context.article.bodyStart, context.article.text.length));
    return [{ ...at, message: words === 0 ? 'the article has no body text' : `the body has ${words} words, fewer than ${options.minWords}` }];
  },
});
