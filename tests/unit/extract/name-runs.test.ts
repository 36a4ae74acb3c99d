// Where a run of capitalised words stops being one name: invented sentences only.
import { describe, expect, it } from 'vitest';
import { findNames, knownCapitals } from '../../../src/extract/entities.js';
import { wordTokens } from '../../../src/text/word-tokens.js';

function names(text: string): string[] {
  const tokens = wordTokens(text);
  return findNames(tokens, knownCapitals(tokens)).map((n) => n.name);
}

describe('findNames: "the" inside a name', () => {
  it.each([
    ['a place before "the" and an acronym is no name with them', 'After a rally in Fresno, California the GOP nominee went further.', ['Fresno', 'California']],
    ['a name before "the" and a party word ends there', 'Later, Ivo Marek the Democratic nominee went further.', ['Ivo Marek']],
    ['an epithet after "the" stays in the name', 'They read about Catherine the Great last term.', ['Catherine the Great']],
  ])('%s', (_rule, text, expected) => {
    expect(names(text).filter((n) => !['After', 'Later', 'They', 'GOP', 'Democratic'].includes(n))).toEqual(expected);
  });
});
