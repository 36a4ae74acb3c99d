// Inline configuration: comments in an article that turn rules off for a line, a range or the file.
//   body:         <!-- digest-disable rule-a, rule-b -- reason -->  …  <!-- digest-enable -->
//                 <!-- digest-disable-next-line rule-a -- reason -->
//   front matter: # digest-disable-next-line rule-a -- reason
//                 # digest-disable-file rule-a
// No rule ids means every rule. A directive that suppressed nothing is itself reported.
import type { RawLine } from './frontmatter-lines.js';
import type { LineIndex } from '../text/lines.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means all rules. */
  rules: string[];
  line: number;
  column: number;
  reason: string | null;
  /** The directive as written, for messages. */
  text: string;
}

const BODY_DIRECTIVE = /<!--[^\S\r\n]*digest-(disable-next-line|disable-file|disable|enable)(?![\w-])([\s\S]*?)-->/g;
const FRONT_MATTER_DIRECTIVE = /^\s*#\s*digest-(disable-next-line|disable-file)(?![\w-])(.*)$/;

/** Directives in HTML comments after the front matter. `codeMasked` hides examples inside code. */
export function bodyDirectives(codeMasked: string, from: number, lines: LineIndex): Directive[] {
  if (!codeMasked.includes('digest-', from)) return [];
  const found: Directive[] = [];
  BODY_DIRECTIVE.lastIndex = from;
  for (let match = BODY_DIRECTIVE.exec(codeMasked); match !== null; match = BODY_DIRECTIVE.exec(codeMasked)) {
    const { line, column } = lines.position(match.index);
    found.push({ kind: match[1] as DirectiveKind, ...parseArguments(match[2] ?? ''), line, column, text: oneLine(match[0]) });
  }
  return found;
}

/** Directives in `#` comment lines inside the front matter. */
export function frontMatterDirectives(comments: readonly RawLine[]): Directive[] {
  const found: Directive[] = [];
  for (const comment of comments) {
    const match = FRONT_MATTER_DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const column = comment.text.indexOf('#') + 1;
    found.push({ kind: match[1] as DirectiveKind, ...parseArguments(match[2] ?? ''), line: comment.line, column, text: comment.text.trim() });
  }
  return found;
}

/** "rule-a, rule-b -- why" → rules and reason. */
function parseArguments(text: string): { rules: string[]; reason: string | null } {
  const [ruleText = '', ...reasonParts] = text.split(/\s--\s|\s--$/);
  const reason = reasonParts.join(' -- ').trim();
  const rules = ruleText.split(/[\s,]+/).filter((rule) => rule !== '');
  return { rules, reason: reason === '' ? null : reason };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
