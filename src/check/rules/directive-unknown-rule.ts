import type { DirectiveRule } from '../rule.js';
import { UNKNOWN_RULE_IN_DIRECTIVE } from '../suppress.js';

/** An inline comment naming a rule that does not exist disables nothing: usually a typo. */
export const directiveUnknownRule: DirectiveRule = {
  scope: 'directive',
  id: UNKNOWN_RULE_IN_DIRECTIVE,
  description: 'inline digest-disable comments name rules that exist',
  defaultSeverity: 'warn',
  defaultOptions: {},
  optionSpecs: {},
  fixable: false,
};
