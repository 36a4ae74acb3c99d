import { describe, expect, it } from 'vitest';
import { groupQuotes, matchQuotes, speakerCoverage, speakerKey } from '../../../src/compare/quotes.js';
import { quote } from '../../helpers/make.js';

describe('matchQuotes', () => {
  it.each([
    // Case and quote marks differ: the same words.
    [quote('serious and widespread failures', 'Ofsted', 'partial'), quote('SERIOUS and widespread failures', null, 'partial'), 'same'],
    // A fragment one outlet quotes inside the other's longer quote.
    [quote('deteriorated significantly', 'Ofsted', 'partial'), quote('has now deteriorated significantly', 'inspectors', 'partial'), 'contained'],
    // A full quote cut short.
    [quote('We are confident the town is now protected.', 'Anne Morris'), quote('We are confident the town is now protected, and we apologise for the disruption.', 'Anne Morris'), 'truncated'],
    // The headline's wording of the report's phrase.
    [quote('serious and widespread failures', 'Ofsted', 'partial'), quote('widespread failings', null, 'term'), 'reworded'],
    [quote('we apologise for the disruption', 'Anne Morris', 'partial'), quote('we apologise for the delays', 'Anne Morris', 'partial'), 'reworded'],
    // Different quotes.
    [quote('risk of significant harm for too long', null, 'partial'), quote('exposed to unassessed risk for far too long', null, 'partial'), null],
    [quote('too long', null, 'partial'), quote('waited far too long for help', null, 'partial'), null],
    [quote('inadequate', null, 'term'), quote('rated inadequate again', null, 'partial'), null],
    // Two words in common are a variant only when they are the whole shorter quote.
    [quote('Ground zero is hallowed ground to Americans', 'a senator'), quote('Ground Zero mosque', null, 'term'), null],
    [quote('partisan political attack dog', null, 'partial'), quote('partisan attack dog organization', null, 'partial'), 'reworded'],
  ])('%#: %j vs %j', (a, b, expected) => {
    expect(matchQuotes(a, b)).toBe(expected);
    expect(matchQuotes(b, a)).toBe(expected);
  });
});

describe('groupQuotes', () => {
  const a = [
    quote('serious and widespread failures', 'Ofsted', 'partial'),
    quote('Residents were promised these works by March.', 'Dev Patel'),
    quote('we apologise for the disruption', 'Anne Morris', 'partial'),
  ];
  const b = [
    quote('We are sorry', 'Anne Morris'),
    quote('SERIOUS and widespread failures', null, 'partial'),
    quote('we apologise for the delays', 'Anne Morris', 'partial'),
  ];
  const groups = groupQuotes([a, b]);

  it('puts matching quotes of different articles in one group, others alone', () => {
    expect(groups.map((g) => [g.kind, g.members.map((m) => `${m.article}:${m.quote.text}`)])).toEqual([
      ['shared', ['0:serious and widespread failures', '1:SERIOUS and widespread failures']],
      ['only', ['0:Residents were promised these works by March.']],
      ['variant', ['0:we apologise for the disruption', '1:we apologise for the delays']],
      ['only', ['1:We are sorry']],
    ]);
  });

  it('gives each later member its match and word diff against the first', () => {
    const variant = groups.find((g) => g.kind === 'variant')!;
    expect(variant.members[0]!.match).toBeNull();
    expect(variant.members[1]!.match).toBe('reworded');
    expect(variant.members[1]!.diff).toEqual([
      { op: 'same', text: 'we apologise for the' }, { op: 'del', text: 'disruption' }, { op: 'ins', text: 'delays' },
    ]);
    expect(groups[0]!.members[1]!.diff).toBeNull();
  });

  it('never groups two quotes of the same article with each other alone', () => {
    const same = groupQuotes([[quote('a lot of flooding here', null, 'partial'), quote('a lot of flooding here', null, 'partial')], []]);
    expect(same.map((g) => g.kind)).toEqual(['only', 'only']);
  });

  it('groups across three articles', () => {
    const three = groupQuotes([[quote('the town is now protected', 'Anne Morris', 'partial')], [quote('The town is now protected', 'Morris', 'partial')], [quote('town is now protected', 'Ms Morris', 'partial')]]);
    expect(three).toHaveLength(1);
    expect(three[0]!.members.map((m) => m.article)).toEqual([0, 1, 2]);
    expect(three[0]!.kind).toBe('shared');
  });
});

describe('groupQuotes: references, variants inside shared groups, excerpts', () => {
  it('a headline variant joins the shared quote; the shared wording is the reference', () => {
    const groups = groupQuotes([
      [quote('widespread failings', null, 'term'), quote('serious and widespread failures', 'Ofsted', 'partial')],
      [quote('SERIOUS and widespread failures', null, 'partial')],
    ]);
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group!.kind).toBe('shared');
    expect(group!.members.map((m) => [m.article, m.quote.text, m.match])).toEqual([
      [0, 'serious and widespread failures', null],
      [0, 'widespread failings', 'reworded'],
      [1, 'SERIOUS and widespread failures', 'same'],
    ]);
    expect(group!.members[1]!.diff).toEqual([
      { op: 'del', text: 'serious and' }, { op: 'same', text: 'widespread' }, { op: 'del', text: 'failures' }, { op: 'ins', text: 'failings' },
    ]);
  });

  it('shows a long quote that holds a shared fragment as an excerpt around it', () => {
    const long = `${'We have long said so. '.repeat(6)}The quality of services has now deteriorated significantly, and the leaders must explain. ${'It cannot go on. '.repeat(4)}`;
    const [group] = groupQuotes([[quote('deteriorated significantly', 'Ofsted', 'partial')], [quote(long, 'Paul Hodgkinson')]]);
    expect(group!.kind).toBe('shared');
    const [fragment, whole] = [0, 1].map((article) => group!.members.find((m) => m.article === article)!);
    expect(fragment!.excerpt).toBeNull();
    expect(whole!.excerpt).toBe('… The quality of services has now deteriorated significantly, and the leaders must explain. It …');
  });
});

describe('speakers', () => {
  it.each([
    ['Pete Bungard', 'bungard'],
    ['Mr Bungard', 'bungard'],
    ['Cllr Paul Hodgkinson', 'hodgkinson'],
    ['a council spokesperson', 'a council spokesperson'],
    ['Ofsted', 'ofsted'],
  ])('%s → %s', (speaker, key) => {
    expect(speakerKey(speaker)).toBe(key);
  });

  it('counts who each outlet quotes, most quoted first, unattributed last', () => {
    const coverage = speakerCoverage([
      [quote('x one two', 'Pete Bungard'), quote('y one two', null), quote('z one two', 'Ofsted')],
      [quote('p one two', 'Mr Bungard'), quote('q one two', 'Mr Bungard'), quote('r one two', 'Paul Hodgkinson')],
    ]);
    expect(coverage.map((c) => [c.speaker, c.quotes])).toEqual([
      ['Pete Bungard', [1, 2]],
      ['Ofsted', [1, 0]],
      ['Paul Hodgkinson', [0, 1]],
      [null, [1, 0]],
    ]);
  });
});
