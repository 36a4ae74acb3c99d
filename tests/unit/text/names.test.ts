import { describe, expect, it } from 'vitest';
import { findNames } from '../../../src/text/names.js';

function names(text: string): Array<[string, string]> {
  return findNames(text).map((n) => [n.text, n.kind]);
}

describe('findNames', () => {
  it.each<[string, Array<[string, string]>]>([
    ['The mayor, Anne Morris, met Riverside Council on Friday.', [['Anne Morris', 'person'], ['Riverside Council', 'organisation']]],
    ['Flooding hit homes in Lowbridge and Marston.', [['Lowbridge', 'place'], ['Marston', 'place']]],
    ['Cllr Dev Patel said the Department for Transport was to blame.', [['Dev Patel', 'person'], ['Department for Transport', 'organisation']]],
    ['Staff at the NHS trust were told.', [['NHS', 'organisation']]],
    ['Mr. Hale wrote to the Bank of England.', [['Hale', 'person'], ['Bank of England', 'organisation']]],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('drops a capitalised first word the text also writes in lower case', () => {
    expect(names('Residents were angry. Many residents left Lowbridge.')).toEqual([['Lowbridge', 'other']]);
  });

  it('keeps a sentence-initial name the text capitalises mid-sentence too', () => {
    expect(names('Ofsted found failures. The report by Ofsted was damning.').map((n) => n[0])).toEqual(['Ofsted', 'Ofsted']);
  });

  it('ignores months, days and shouting', () => {
    expect(names('It was SERIOUS, said the report on Tuesday in March.')).toEqual([]);
  });

  it('gives offsets into the text and a lower-case key', () => {
    const text = 'A statement from Gloucestershire County Council followed.';
    const [name] = findNames(text);
    expect(text.slice(name!.start, name!.end)).toBe('Gloucestershire County Council');
    expect(name!.key).toBe('gloucestershire county council');
  });

  it('does not join a list of names through "and"', () => {
    expect(names('with the Home Office, Ofsted and the Local Government Association.').map((n) => n[0])).toEqual(['Home Office', 'Ofsted', 'Local Government Association']);
  });
});

describe('findNames: possessives', () => {
  it.each([
    ['Children in Gloucestershire’s care were failed by Ofsted’s standards.', ['Gloucestershire', 'Ofsted']],
    ["Ofsted's report on Gloucestershire's services", ['Gloucestershire']],
  ])('%s', (text, expected) => {
    expect(findNames(text).map((n) => n.text)).toEqual(expected);
  });
});
