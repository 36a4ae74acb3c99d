import { describe, expect, it } from 'vitest';
import { findNames, knownCapitals } from '../../../src/extract/entities.js';
import { NameIndex } from '../../../src/extract/name-index.js';
import { wordTokens } from '../../../src/text/word-tokens.js';

function names(text: string) {
  const tokens = wordTokens(text);
  return findNames(tokens, knownCapitals(tokens)).map((n) => [n.name, n.kind, n.title]);
}

describe('findNames', () => {
  it.each([
    ['Yesterday Pete Bungard spoke.', [['Pete Bungard', 'person', null]]],
    ['Then Former Secretary of State Hillary Clinton arrived.', [['Hillary Clinton', 'person', 'Former Secretary of State']]],
    // An office's "of the" after a title, when a name follows the office; alone, the office names nobody.
    ['Then Former Speaker of the Assembly John Lind arrived.', [['John Lind', 'person', 'Former Speaker of the Assembly']]],
    ['Then Chancellor of the Treasury Mary Lind arrived.', [['Mary Lind', 'person', 'Chancellor of the Treasury']]],
    ['Then Chancellor of the Treasury arrived.', [['Chancellor', 'unknown', null], ['Treasury', 'unknown', null]]],
    // "Former" only modifies a title: alone it makes no run a person's name.
    ['Then Former Harbour Street staff left.', [['Harbour Street', 'unknown', 'Former']]],
    // A body's name, its title word and a name of two words: the person, with the body and title as their title.
    ['Then Harbour Rights Campaign President Cade Lind spoke.', [['Cade Lind', 'person', 'Harbour Rights Campaign President']]],
    ['Then the Harbour Board Chairman spoke.', [['Harbour Board Chairman', 'organisation', null]]],
    ['Then Senate Majority Whip Cade Lind spoke.', [['Cade Lind', 'person', 'Senate Majority Whip']]],
    // A country's "Republic" or "Kingdom" is no person's surname.
    ['Troops from the Kelsford Republic left.', [['Kelsford Republic', 'unknown', null]]],
    ['Later Cllr Paul Hodgkinson wrote to Gloucestershire County Council.', [['Paul Hodgkinson', 'person', 'Cllr'], ['Gloucestershire County Council', 'organisation', null]]],
    ['It met the Department for Education on Monday.', [['Department for Education', 'organisation', null]]],
    ['Then Mr. Hardwick left for New Zealand.', [['Hardwick', 'person', 'Mr.'], ['New Zealand', 'unknown', null]]],
    ['The FBI said so.', [['FBI', 'organisation', null]]],
    ['Then the Canadian Embassy replied.', [['Canadian Embassy', 'organisation', null]]],
    ['It was backed by the Green Valley PAC.', [['Green Valley PAC', 'organisation', null]]],
    // A party or nationality adjective with no name after it names nobody.
    ['It angered Former Republican voters.', []],
    // A place and a party noun describe someone; they are not a person's name.
    ['Yesterday the Leeds Democrat spoke.', [['Leeds Democrat', 'unknown', null]]],
    // A colour that is a common surname ends a person's name; a newspaper or a lab is a body.
    ['Yesterday Kelli White spoke.', [['Kelli White', 'person', null]]],
    ['It was in the Kelsford Courier.', [['Kelsford Courier', 'organisation', null]]],
    ['It was the Harbour Sports Lab.', [['Harbour Sports Lab', 'organisation', null]]],
    ['Neither Kowalski nor Brandt came.', [['Kowalski', 'unknown', null], ['Brandt', 'unknown', null]]],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('a capitalised word opening a sentence is a name only if the article uses it so elsewhere', () => {
    expect(names('Published on Tuesday, the report was long.')).toEqual([]);
    expect(names('Ofsted wrote it. The report by Ofsted was long.').map((n) => n[0])).toEqual(['Ofsted', 'Ofsted']);
  });
});

describe('NameIndex', () => {
  const text = 'Tom Hardwick met Mrs Jane Hardwick and Ana Silva. Later Mr Hardwick, Silva and Ana spoke.';
  const tokens = wordTokens(text);
  const mentions = findNames(tokens, knownCapitals(tokens));
  const index = new NameIndex(mentions);
  const resolve = (name: string) => {
    const mention = mentions.find((m) => m.name === name && m.start > 40)!;
    return index.resolve(mention, mention.start).name;
  };

  it('resolves surnames and titles to the full name introduced earlier, by gender when the title tells it', () => {
    expect(resolve('Hardwick')).toBe('Tom Hardwick');
    expect(resolve('Silva')).toBe('Ana Silva');
    expect(resolve('Ana')).toBe('Ana Silva');
  });
});
