import { fileRule, type RuleFinding } from '../rule.js';

/** UTF-8 read as Windows-1252 and saved again: "â€™" for ’, "Ã©" for é. */
const MOJIBAKE = /â€[™œ\u009d˜”“¦¢]|Ã[©¨¢§ª«®¯´¶¼½¾¤¥]|Â[£€©®°·»«]/g;
const REPLACEMENT = /\uFFFD/g;
/** One finding per line is enough to find the damage; a file of mojibake should not print thousands. */
const MAX_FINDINGS = 20;

/** The file is UTF-8 and its text is not damaged by an earlier wrong decoding. */
export const textEncoding = fileRule({
  id: 'text/encoding',
  description: 'the file is UTF-8 (Latin-1 is read, with a warning) and has no U+FFFD or mojibake ("â€™", "Ã©")',
  defaultSeverity: 'warn',
  defaultOptions: {},
  optionSpecs: {},
  fixable: false,
  check: (context) => {
    const findings: RuleFinding[] = [];
    const { article } = context;
    if (article.encoding === 'latin1') {
      findings.push({ line: 1, column: 1, message: 'the file is not valid UTF-8; it was read as Windows-1252 (Latin-1): save it as UTF-8' });
    } else if (article.encoding === 'utf-16le' || article.encoding === 'utf-16be') {
      findings.push({ line: 1, column: 1, message: `the file is ${article.encoding.toUpperCase()}; save it as UTF-8` });
    }
    const seenLines = new Set<number>();
    for (const [pattern, what] of [[REPLACEMENT, 'a U+FFFD replacement character (text lost in an earlier decoding)'], [MOJIBAKE, 'mojibake']] as const) {
      for (const match of article.text.matchAll(pattern)) {
        const at = context.lines.position(match.index);
        if (seenLines.has(at.line) || findings.length >= MAX_FINDINGS) continue;
        seenLines.add(at.line);
        findings.push({ ...at, message: what === 'mojibake' ? `mojibake "${match[0]}": UTF-8 text decoded as Windows-1252` : what });
      }
    }
    return findings;
  },
});
