import { fileRule } from '../rule.js';
import { dayNumber } from '../../text/dates.js';
import { DATE_FIELDS, dateValues } from '../date-fields.js';

/** One day of slack by default: "today" is the checking machine's, and a newsroom east of it is already on tomorrow. */
export const DEFAULT_FUTURE_TOLERANCE_DAYS = 1;

/** A published date after today is a typo (2052 for 2025) or an embargo leak. */
export const dateFuture = fileRule({
  id: 'date/future',
  description: `dates are not in the future (allowing ${DEFAULT_FUTURE_TOLERANCE_DAYS} day for time zones; option toleranceDays)`,
  defaultSeverity: 'error',
  defaultOptions: { fields: DATE_FIELDS, toleranceDays: DEFAULT_FUTURE_TOLERANCE_DAYS },
  optionSpecs: { fields: { kind: 'strings' }, toleranceDays: { kind: 'integer', min: 0 } },
  fixable: false,
  check: (context, options) => {
    const latest = dayNumber(context.today) + options.toleranceDays;
    return dateValues(context, options.fields)
      .filter((date) => date.parsed.ok && dayNumber(date.parsed.iso) > latest)
      .map((date) => ({ ...date.position, message: `${date.name} ${date.text ?? ''} is in the future (today is ${context.today})` }));
  },
});
