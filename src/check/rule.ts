// What a check rule is: one small declarative object per file in rules/, in the style of
// markdownlint's md001 and ESLint's rules: { id, description, defaultSeverity, options, check }.
import type { Article, RuleSetting } from '../model.js';
import type { LineIndex } from '../text/lines.js';
import type { FrontMatterLines } from './frontmatter-lines.js';

/** Replace text[start, end) with `text`. Fixes are edits; the CLI applies them and writes the file. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** What a rule reports: where and what. The rule id and severity are added by the caller. */
export interface RuleFinding {
  line: number;
  column: number;
  message: string;
  /** Edits that repair this finding under --fix, or absent when it cannot be fixed safely. */
  fix?: readonly Edit[];
}

/** Everything a per-file rule may look at. All of it is computed once per article. */
export interface RuleContext {
  article: Article;
  lines: LineIndex;
  /** The raw front matter lines: field positions and comments that a YAML parser drops. */
  frontMatter: FrontMatterLines;
  /** `article.text` with code, inline code and HTML comments blanked out; offsets unchanged. */
  masked: string;
  /** Today's date (YYYY-MM-DD), passed in by the caller: the core never reads the clock. */
  today: string;
}

export type OptionValue = number | boolean | readonly string[] | Readonly<Record<string, string>>;
export type RuleOptions = Readonly<Record<string, OptionValue>>;

/** How an option is checked when read from a config file. */
export type OptionSpec =
  | { kind: 'integer'; min: number }
  | { kind: 'boolean' }
  | { kind: 'strings'; allowed?: readonly string[] }
  | { kind: 'string-map'; allowed: readonly string[] };

interface RuleBase<O extends RuleOptions> {
  /** Stable, grouped, kebab-case: 'date/impossible'. */
  id: string;
  /** One line for the README table and --print-config. */
  description: string;
  defaultSeverity: RuleSetting;
  defaultOptions: O;
  optionSpecs: { readonly [K in keyof O]: OptionSpec };
  fixable: boolean;
}

/** A rule that looks at one article at a time. */
export interface FileRule<O extends RuleOptions = RuleOptions> extends RuleBase<O> {
  scope: 'file';
  check(context: RuleContext, options: O): RuleFinding[];
}

/** Where one file's value for a set-wide comparison is written (a title, a slug). */
export interface SetKey {
  /** The value compared across files, already normalized. */
  key: string;
  /** The value as written, for the message. */
  shown: string;
  line: number;
  column: number;
}

/** A rule over the whole checked set: each file gives keys, and equal keys in two files are findings. */
export interface SetRule<O extends RuleOptions = RuleOptions> extends RuleBase<O> {
  scope: 'set';
  keys(context: RuleContext, options: O): SetKey[];
  message(duplicate: SetKey, first: { file: string; key: SetKey }): string;
}

/** A rule whose findings come from inline directives themselves (unused or unknown ones). */
export interface DirectiveRule extends RuleBase<Record<string, never>> {
  scope: 'directive';
}

export type Rule = FileRule | SetRule | DirectiveRule;

/** Keeps the option types of one rule while letting the registry hold every rule. */
export function fileRule<O extends RuleOptions>(rule: Omit<FileRule<O>, 'scope'>): FileRule {
  return { scope: 'file', ...rule } as unknown as FileRule;
}

export function setRule<O extends RuleOptions>(rule: Omit<SetRule<O>, 'scope'>): SetRule {
  return { scope: 'set', ...rule } as unknown as SetRule;
}
