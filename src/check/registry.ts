// Every rule, in the order the README and --print-config list them. A new rule is one file and one line here.
import type { Rule } from './rule.js';
import { frontmatterYamlSyntax } from './rules/frontmatter-yaml-syntax.js';
import { frontmatterUnsafeLanguage } from './rules/frontmatter-unsafe-language.js';
import { frontmatterShape } from './rules/frontmatter-shape.js';
import { fieldRequired } from './rules/field-required.js';
import { fieldUnknown } from './rules/field-unknown.js';
import { fieldType } from './rules/field-type.js';
import { dateInvalid } from './rules/date-invalid.js';
import { dateImpossible } from './rules/date-impossible.js';
import { dateFormat } from './rules/date-format.js';
import { dateFuture } from './rules/date-future.js';
import { titleLength } from './rules/title-length.js';
import { titleHeadingMismatch } from './rules/title-heading-mismatch.js';
import { titleFigureMismatch } from './rules/title-figure-mismatch.js';
import { titleDuplicate } from './rules/title-duplicate.js';
import { slugDuplicate } from './rules/slug-duplicate.js';
import { bodyEmpty } from './rules/body-empty.js';
import { bodyBoilerplate } from './rules/body-boilerplate.js';
import { quotesUnbalanced } from './rules/quotes-unbalanced.js';
import { textEncoding } from './rules/text-encoding.js';
import { textControlCharacters } from './rules/text-control-characters.js';
import { directiveUnused } from './rules/directive-unused.js';
import { directiveUnknownRule } from './rules/directive-unknown-rule.js';

export const RULES: readonly Rule[] = [
  frontmatterYamlSyntax,
  frontmatterUnsafeLanguage,
  frontmatterShape,
  fieldRequired,
  fieldUnknown,
  fieldType,
  dateInvalid,
  dateImpossible,
  dateFormat,
  dateFuture,
  titleLength,
  titleHeadingMismatch,
  titleFigureMismatch,
  titleDuplicate,
  slugDuplicate,
  bodyEmpty,
  bodyBoilerplate,
  quotesUnbalanced,
  textEncoding,
  textControlCharacters,
  directiveUnused,
  directiveUnknownRule,
];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export function isKnownRule(id: string): boolean {
  return BY_ID.has(id);
}
