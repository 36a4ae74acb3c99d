import { describe, expect, it } from 'vitest';
import { KEY_QUOTE_WORDS, keyQuoteText } from '../../src/render/digest-text.js';

describe('keyQuoteText', () => {
  it.each([
    ['We will appeal,', 'We will appeal'],
    ['We will appeal.', 'We will appeal.'],
    ['one\ntwo', 'one two'],
    ['Who knew; we did:', 'Who knew; we did'],
  ])('%j → %j', (text, shown) => {
    expect(keyQuoteText(text)).toBe(shown);
  });

  it('cuts a long quote at KEY_QUOTE_WORDS words with an ellipsis', () => {
    const long = Array.from({ length: KEY_QUOTE_WORDS + 5 }, (_, i) => `w${i}`).join(' ');
    const shown = keyQuoteText(long).split(' ');
    expect(shown).toHaveLength(KEY_QUOTE_WORDS + 1);
    expect(shown.at(-1)).toBe('…');
  });
});
