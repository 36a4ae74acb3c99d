import { fileRule } from '../rule.js';
import { headlinePosition } from '../locate.js';

/** Shorter than this is a label or a slug left in place ("Update", "Draft"), not a headline. */
export const DEFAULT_MIN_TITLE_CHARS = 10;
/** Longer than this is usually a standfirst pasted into the title; search results cut titles near 60–70. */
export const DEFAULT_MAX_TITLE_CHARS = 120;

/** The headline's length stays within bounds, counted in characters as a reader sees them. */
export const titleLength = fileRule({
  id: 'title/length',
  description: `headline length is within bounds (default ${DEFAULT_MIN_TITLE_CHARS}–${DEFAULT_MAX_TITLE_CHARS} characters; options min, max)`,
  defaultSeverity: 'warn',
  defaultOptions: { min: DEFAULT_MIN_TITLE_CHARS, max: DEFAULT_MAX_TITLE_CHARS },
  optionSpecs: { min: { kind: 'integer', min: 0 }, max: { kind: 'integer', min: 1 } },
  fixable: false,
  check: (context, options) => {
    const headline = context.article.headline;
    const at = headlinePosition(context);
    if (headline === null || at === null) return [];
    const length = [...headline.normalize('NFC')].length;
    if (length < options.min) return [{ ...at, message: `headline is ${length} characters, shorter than ${options.min}` }];
    if (length > options.max) return [{ ...at, message: `headline is ${length} characters, longer than ${options.max}` }];
    return [];
  },
});
