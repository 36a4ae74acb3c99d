// Objects that many functions read keep one set of keys in one order, whichever branch made them:
// V8 gives objects of other keys (or of a spread copy) maps of their own, and code optimised before
// such an object came was thrown away and compiled again. These rows pin the keys, not any rule.
import { describe, expect, it } from 'vitest';
import { findNames, knownCapitals } from '../../../src/extract/entities.js';
import { digitCore } from '../../../src/extract/figure-core.js';
import { withoutLinks } from '../../../src/extract/figure-links.js';
import { withRole, type SpeakerPhrase } from '../../../src/extract/speaker-phrases.js';
import { tokenize } from '../../../src/text/figure-tokenizer.js';
import { wordTokens } from '../../../src/text/word-tokens.js';

const PHRASE_KEYS = ['kind', 'first', 'last', 'mention', 'role', 'partner'];
const MENTION_KEYS = ['name', 'title', 'kind', 'gender', 'start', 'end', 'firstToken', 'lastToken'];

describe('withRole', () => {
  const phrase: SpeakerPhrase = { kind: 'name', first: 2, last: 3, mention: null, role: null, partner: null };

  it('gives the phrase the role and keeps everything else', () => {
    expect(withRole(phrase, { first: 5, last: 7 })).toEqual({ ...phrase, role: { first: 5, last: 7 } });
  });

  it('writes the keys in the order every phrase has them', () => {
    expect(Object.keys(withRole(phrase, null))).toEqual(PHRASE_KEYS);
  });

  it('leaves the phrase it was given alone', () => {
    withRole(phrase, { first: 5, last: 7 });
    expect(phrase.role).toBeNull();
  });
});

describe('name mentions', () => {
  function mentions(text: string) {
    const tokens = wordTokens(text);
    return findNames(tokens, knownCapitals(tokens));
  }

  it('a person named after a body ("Harbour Board Chair Mike Pollard") has the keys of any other mention', () => {
    const [person] = mentions('Yesterday Harbour Board Chair Mike Pollard spoke.');
    expect(person?.name).toBe('Mike Pollard');
    expect(person?.title).toBe('Harbour Board Chair');
    expect(Object.keys(person!)).toEqual(MENTION_KEYS);
  });

  it('a plain name has the same keys', () => {
    const [person] = mentions('Yesterday Mina Okafor spoke.');
    expect(Object.keys(person!)).toEqual(MENTION_KEYS);
  });
});

describe('figure tokens and cores', () => {
  const TOKEN_KEYS = ['type', 'text', 'lower', 'start', 'end', 'spaceBefore'];
  const CORE_KEYS = ['value', 'end', 'scale', 'digits', 'vague'];

  it('the token after a dropped address is marked spaced and keeps the tokenizer keys', () => {
    const text = 'Mail jo@example.org by 5 May';
    const kept = withoutLinks(tokenize(text, 0), text, 0);
    expect(kept.map((t) => t.text)).toEqual(['Mail', 'by', '5', 'May']);
    expect(kept[1]?.spaceBefore).toBe(true);
    for (const token of kept) expect(Object.keys(token)).toEqual(TOKEN_KEYS);
  });

  it('"and a half" adds a half and keeps the keys of any other core', () => {
    const tokens = tokenize('2 and a half years', 0);
    const core = digitCore(tokens, 0);
    expect(core?.value).toBe(2.5);
    expect(Object.keys(core!)).toEqual(CORE_KEYS);
    expect(Object.keys(digitCore(tokenize('7 years', 0), 0)!)).toEqual(CORE_KEYS);
  });
});
