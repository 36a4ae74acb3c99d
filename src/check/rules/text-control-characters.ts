import { fileRule, type RuleFinding } from '../rule.js';

/**
 * C0 and C1 controls other than tab and line ends, and the Unicode bidirectional overrides that can
 * make text display in a different order from the one it is stored in.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const MAX_FINDINGS = 20;

function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** No invisible control characters: they break feeds, XML sitemaps and terminals. */
export const textControlCharacters = fileRule({
  id: 'text/control-characters',
  description: 'no control characters (other than tab and line ends) or bidirectional overrides in the text',
  defaultSeverity: 'error',
  defaultOptions: {},
  optionSpecs: {},
  fixable: false,
  check: (context) => {
    const findings: RuleFinding[] = [];
    const seenLines = new Set<number>();
    for (const match of context.article.text.matchAll(CONTROL)) {
      const at = context.lines.position(match.index);
      if (seenLines.has(at.line)) continue;
      seenLines.add(at.line);
      findings.push({ ...at, message: `control character ${codePoint(match[0])}` });
      if (findings.length >= MAX_FINDINGS) break;
    }
    return findings;
  },
});
