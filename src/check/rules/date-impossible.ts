import { fileRule } from '../rule.js';
import { DATE_FIELDS, dateValues } from '../date-fields.js';

/** A date with a date's shape must be a day that exists: no 30 February, no month 13. */
export const dateImpossible = fileRule({
  id: 'date/impossible',
  description: 'dates are real calendar days (no 2024-02-30, no month 13)',
  defaultSeverity: 'error',
  defaultOptions: { fields: DATE_FIELDS },
  optionSpecs: { fields: { kind: 'strings' } },
  fixable: false,
  check: (context, options) => dateValues(context, options.fields)
    .filter((date) => !date.parsed.ok && date.parsed.reason === 'calendar')
    .map((date) => ({ ...date.position, message: `${date.name} ${date.text ?? ''} is not a calendar date` })),
});
