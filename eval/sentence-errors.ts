// Sorts a wrong boundary into a coarse class by what stands just before and after it, so the
// evaluation can report kinds of errors without printing corpus text.

import { abbreviationKind } from '../src/text/abbreviations.js';

export const ERROR_CLASSES = [
  'ellipsis',
  'abbreviation or initial',
  'no final punctuation',
  'lower-case next word',
  '?/! then closing quote',
  '?/!',
  'quote or bracket closes',
  'other full stop',
] as const;
export type ErrorClass = (typeof ERROR_CLASSES)[number];

/** `boundary` is the start offset of a sentence in `text`. */
export function classifyError(text: string, boundary: number): ErrorClass {
  const before = text.slice(Math.max(0, boundary - 40), boundary).trimEnd();
  const next = text.slice(boundary).trimStart();
  if (/(?:\.\.\.|…|\. \. \.)["'”’)\]]*$/.test(before)) return 'ellipsis';
  if (!/[.!?]["'”’)\]]*$/.test(before)) return 'no final punctuation';
  if (/^["'“‘(\[]*\p{Ll}/u.test(next)) return 'lower-case next word';
  if (/[!?]["'”’)\]]+$/.test(before)) return '?/! then closing quote';
  if (/[!?]$/.test(before)) return '?/!';
  if (/\.["'”’)\]]+$/.test(before)) return 'quote or bracket closes';
  const word = /([^\s"'“‘(\[\/]*)\.$/.exec(before)?.[1] ?? '';
  return abbreviationKind(word) !== null ? 'abbreviation or initial' : 'other full stop';
}
