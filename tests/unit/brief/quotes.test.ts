import { describe, expect, it } from 'vitest';
import { carryingMembers, groupSpeaker, overlap, wordingOf } from '../../../src/brief/quotes.js';
import type { QuoteGroup } from '../../../src/model.js';
import { quote } from '../../helpers/make.js';

describe('carryingMembers', () => {
  it('keeps members that match the reference, drops a short remark joined only through the group', () => {
    const long = quote('I am sure that no row will stand between this council and the new bridge the town has waited for', 'Helen Ashworth');
    const same = quote('no row will stand between this council and the new bridge', 'Ms Ashworth', 'partial');
    const other = quote('standing between us and a sound budget', 'Ashworth', 'partial');
    const group: QuoteGroup = { kind: 'shared', members: [
      { article: 0, quote: long, match: null, diff: null, excerpt: null },
      { article: 1, quote: same, match: 'contained', diff: null, excerpt: null },
      { article: 2, quote: other, match: 'reworded', diff: null, excerpt: null },
    ] };
    expect(carryingMembers(group).map((m) => m.article)).toEqual([0, 1]);
  });

  it('overlap is the Dice share of aligned words', () => {
    expect(overlap(quote('one two three four'), quote('one two three four'))).toBe(1);
    expect(overlap(quote('one two three four'), quote('one two'))).toBeCloseTo(2 / 3);
  });
});

describe('groupSpeaker and wordingOf', () => {
  it('names the speaker most members agree on, at its longest', () => {
    const members = [quote('a b c', 'Ms Ashworth'), quote('a b c', 'Cllr Helen Ashworth'), quote('a b c', 'Martin Sowerby')]
      .map((q, article) => ({ article, quote: q, match: null, diff: null, excerpt: null }));
    expect(groupSpeaker(members)).toBe('Cllr Helen Ashworth');
  });

  it.each([[null, 'same'], ['same', 'same'], ['contained', 'partial'], ['truncated', 'partial'], ['reworded', 'variant']] as const)('%s → %s', (match, wording) => {
    expect(wordingOf(match)).toBe(wording);
  });
});
