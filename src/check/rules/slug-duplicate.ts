import { setRule } from '../rule.js';
import { findField } from '../frontmatter-lines.js';
import { valuePosition } from '../locate.js';

/** Two articles with one slug: one of them will overwrite the other's page when the site is built. */
export const slugDuplicate = setRule({
  id: 'slug/duplicate',
  description: 'no two articles in the checked set have the same slug (front matter fields slug, permalink)',
  defaultSeverity: 'error',
  defaultOptions: { fields: ['slug', 'permalink'] as readonly string[] },
  optionSpecs: { fields: { kind: 'strings' } },
  fixable: false,
  keys: (context, options) => {
    const keys = [];
    for (const name of options.fields) {
      const value = context.article.frontMatter[name];
      if (!Object.hasOwn(context.article.frontMatter, name) || (typeof value !== 'string' && typeof value !== 'number')) continue;
      const shown = String(value).trim();
      // "/news/flood/" and "news/flood" publish to the same place.
      const key = shown.toLowerCase().replace(/^\/+|\/+$/g, '');
      const field = findField(context.frontMatter, [name]);
      if (key !== '' && field) keys.push({ key: `${name}:${key}`, shown, ...valuePosition(field) });
    }
    return keys;
  },
  message: (duplicate, first) => `slug "${duplicate.shown}" is also used by ${first.file}:${first.key.line}`,
});
