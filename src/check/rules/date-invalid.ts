import { fileRule } from '../rule.js';
import { DATE_FIELDS, dateValues } from '../date-fields.js';

/** A date field must hold something that reads as a date at all. */
export const dateInvalid = fileRule({
  id: 'date/invalid',
  description: 'date fields hold a date digest can read (2024-05-05, 2024-05-05T09:30:00Z, 5 May 2024)',
  defaultSeverity: 'error',
  defaultOptions: { fields: DATE_FIELDS },
  optionSpecs: { fields: { kind: 'strings' } },
  fixable: false,
  check: (context, options) => dateValues(context, options.fields)
    .filter((date) => !date.parsed.ok && date.parsed.reason === 'format')
    .map((date) => ({
      ...date.position,
      message: date.text === null
        ? `${date.name} should be a date, not ${Array.isArray(date.value) ? 'a list' : typeof date.value === 'object' ? 'a mapping' : `${typeof date.value} ${String(date.value)}`}`
        : `${date.name} "${date.text}" is not a date in a known format (write YYYY-MM-DD)`,
    })),
});
