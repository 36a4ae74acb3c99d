import { setRule } from '../rule.js';
import { headlinePosition } from '../locate.js';
import { normalizeTitle } from '../titles.js';

/** Two articles in the checked set with the same headline: a copy, or a story filed twice. */
export const titleDuplicate = setRule({
  id: 'title/duplicate',
  description: 'no two articles in the checked set have the same headline (case and punctuation aside)',
  defaultSeverity: 'error',
  defaultOptions: {},
  optionSpecs: {},
  fixable: false,
  keys: (context) => {
    const headline = context.article.headline;
    const at = headlinePosition(context);
    if (headline === null || at === null) return [];
    const key = normalizeTitle(headline);
    return key === '' ? [] : [{ key, shown: headline, ...at }];
  },
  message: (duplicate, first) => `headline "${duplicate.shown}" is also the headline of ${first.file}:${first.key.line}`,
});
