import type { DirectiveRule } from '../rule.js';
import { UNUSED_DIRECTIVE } from '../suppress.js';

/** An inline disable that suppressed nothing is stale: it would hide the next real problem there. */
export const directiveUnused: DirectiveRule = {
  scope: 'directive',
  id: UNUSED_DIRECTIVE,
  description: 'every inline digest-disable comment suppresses a finding (stale ones are reported)',
  defaultSeverity: 'warn',
  defaultOptions: {},
  optionSpecs: {},
  fixable: false,
};
