// Words and punctuation with their offsets, for pattern matching over running text.
// One regex pass; abbreviations keep their period ("Mr.", "Sen.", "U.S.") so a period token is a
// candidate sentence end.

export interface WordToken {
  text: string;
  start: number;
  end: number;
  /** `word` for letters and digits (with inner apostrophes, hyphens, periods); `punct` otherwise. */
  kind: 'word' | 'punct';
}

/** Titles and abbreviations that end in a period without ending a sentence. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'cpl', 'adm', 'cmdr', 'maj',
  'rev', 'st', 'jr', 'sr', 'cllr', 'pres', 'supt', 'insp', 'det', 'hon', 'no', 'vs', 'v', 'etc', 'inc', 'ltd', 'co',
  'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave',
  'calif', 'fla', 'mass', 'penn', 'wash', 'ariz', 'conn', 'ill', 'mich', 'minn', 'tenn', 'wis', 'ky', 'la', 'md',
  'mo', 'nev', 'okla', 'ore', 'pa', 'va', 'vt', 'ga', 'ala', 'ark', 'colo', 'del', 'ind', 'kan', 'neb', 'wyo',
]);

const WORD_START = /[\p{L}\p{N}]/u;
// Shared and reset before each use: tokenising is synchronous, so no two uses overlap.
const TOKEN = /[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;

/** Tokens of text[from, to), offsets into `text`. */
export function wordTokens(text: string, from = 0, to = text.length): WordToken[] {
  const tokens: WordToken[] = [];
  const pattern = TOKEN;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match !== null && match.index < to; match = pattern.exec(text)) {
    const start = match.index;
    let value = start + match[0].length > to ? match[0].slice(0, to - start) : match[0];
    if (WORD_START.test(value[0]!)) {
      if (value.endsWith('.') && !keepsPeriod(value)) value = value.slice(0, -1);
      tokens.push(token(value, start, 'word'));
      if (value.length < match[0].length && start + value.length < to) tokens.push(token('.', start + value.length, 'punct'));
    } else {
      tokens.push(token(value, start, 'punct'));
    }
  }
  return tokens;
}

/** Every token has the same shape (with a spare `quote` slot callers may fill), so V8 keeps one hidden class. */
function token(text: string, start: number, kind: WordToken['kind']): WordToken {
  return { text, start, end: start + text.length, kind, quote: -1 } as WordToken;
}

/** "Mr.", "U.S.", "J." keep their period; "said." does not. */
function keepsPeriod(word: string): boolean {
  const bare = word.slice(0, -1);
  if (bare.includes('.')) return true;
  if (/^\p{Lu}$/u.test(bare)) return true;
  return ABBREVIATIONS.has(bare.toLowerCase());
}
