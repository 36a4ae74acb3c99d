// A speaker's role is the description the article gives the person where it introduces them, even when
// that sentence carries no quote ("Jo Marsh, a union organiser, said staff were angry. … “…,” Ms Marsh
// said."). Invented sentences only.
import { describe, expect, it } from 'vitest';
import { quotesOf as allQuotesOf } from '../../helpers/quotes-of.js';

/** The speech quotes (not terms) of a story of these paragraphs. */
function quotesOf(...paragraphs: string[]) {
  return allQuotesOf(paragraphs.join('\n\n')).filter((q) => q.kind !== 'term');
}

describe('a role given where the speaker is introduced without a quote', () => {
  const cases: Array<[string, string[], string, string]> = [
    ['an appositive after the name, in reported speech',
      ['Dana Whitcombe, a regional organiser for the bakers’ union, said members had not been consulted.',
        '“We found out from a notice on the canteen wall,” Ms Whitcombe said.'],
      'Dana Whitcombe', 'a regional organiser for the bakers’ union'],
    ['a description before the name, set off by commas',
      'The mill’s operations director, Imran Patel, told the hearing the pumps had been serviced in May.|“Every pump was tested twice,” Mr Patel said.'.split('|'),
      'Imran Patel', 'the mill’s operations director'],
    ['a title before the name after "according to"',
      ['Fuel costs rose by £2m, according to finance director Lena Morrow.',
        'Ms Morrow said the firm expected “a calmer year” ahead.'],
      'Lena Morrow', 'finance director'],
    ['the introduction comes after the first quote',
      ['“The ferry will run all winter,” Mr Okoro said.',
        'Tunde Okoro, the harbour master, said repairs to the slipway had finished early.'],
      'Tunde Okoro', 'the harbour master'],
    ['a job title opening a sentence whose verb is not speech',
      ['Kelsford Rovers manager Ned Osgood made three changes at half-time.',
        'Osgood said: “We were second best for 45 minutes.”'],
      'Ned Osgood', 'Kelsford Rovers manager'],
    ['a conjunction before that title is the sentence’s, not the title’s',
      ['But former Kelsford captain Tunde Okoro rejected the plan.',
        '“It will silt up within a year,” Mr Okoro said.'],
      'Tunde Okoro', 'former Kelsford captain'],
    ['a "who" clause of what the person does is their role',
      ['Cllr Rita Vance, who chairs the licensing committee, said the decision had been close.',
        '“We read every objection,” she said.'],
      'Rita Vance', 'who chairs the licensing committee'],
  ];
  it.each(cases)('%s', (_why, paragraphs, speaker, role) => {
    const [quote] = quotesOf(...paragraphs);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.speakerRole).toBe(role);
  });

  it('gives no role from a sentence opener that is not a job title, nor from a "who" clause of what they did', () => {
    const quotes = quotesOf(
      'Yesterday Ned Osgood made three changes.', '“We were poor,” Mr Osgood said.',
      'Tunde Okoro, who spoke after the vote, said the plan was rushed.', '“It will silt up,” Mr Okoro said.',
    );
    expect(quotes.map((q) => [q.speaker, q.speakerRole])).toEqual([['Ned Osgood', null], ['Tunde Okoro', null]]);
  });

  it('keeps the role the quote’s own attribution gives', () => {
    const [quote] = quotesOf(
      'Dana Whitcombe, a regional organiser for the bakers’ union, said members had not been consulted.',
      '“We will ballot in June,” said Dana Whitcombe, the union’s branch secretary.',
    );
    expect(quote?.speakerRole).toBe('the union’s branch secretary');
  });

  it('gives no role from a different person’s introduction', () => {
    const [quote] = quotesOf(
      'Dana Whitcombe, a regional organiser for the bakers’ union, said members had not been consulted.',
      '“Nobody told us anything,” said Carl Bright.',
    );
    expect(quote?.speaker).toBe('Carl Bright');
    expect(quote?.speakerRole).toBeNull();
  });
});

describe('roles and names around the speaker', () => {
  const cases: Array<[string, string, string, string | null]> = [
    // A known first name tells a person from a body ("Bank of England"); "of" then opens where they are from.
    ['a state after the place a person is from is no speaker',
      'Mary Moore of Dayton, Ohio, said: “We drove all night.”', 'Mary Moore', 'of Dayton'],
    ['a city after a described speaker’s place',
      'Another volunteer, Kevin Walsh of Washington, D.C., said: “We drove all night.”', 'Kevin Walsh', 'Another volunteer'],
    ['an age between the name and a description with a relative clause',
      'Ms Okafor, 41, a nurse who has worked at the hospital for a decade, said: “The ward is full every night.”', 'Ms Okafor', 'a nurse'],
    ['a description with a relative clause right after the name',
      'Ms Okafor, a nurse who has worked at the hospital for a decade, said: “The ward is full every night.”', 'Ms Okafor', 'a nurse'],
    ['an owner’s title before the name, the owner a plural with a bare possessive mark',
      'Brightwater Homes’ site manager, Colin Reyes, said: “The drains go in next week.”', 'Colin Reyes', 'Brightwater Homes’ site manager'],
    ['a head of a named body before the name',
      'The chair of the Upper Brenn Allotment Society, Cllr Nadia Shah, said: “The plots will stay.”', 'Nadia Shah', 'the chair of the Upper Brenn Allotment Society'],
    ['a party before the name, without its possessive ending',
      'Labour’s Owen Pryce said: “The plots will stay.”', 'Owen Pryce', 'Labour'],
    ['a time phrase before the name is no role',
      'The morning after the count, Nadia Shah said: “The plots will stay.”', 'Nadia Shah', null],
    ['a sentence adverb before the name is no role',
      'However, Nadia Shah said: “The plots will stay.”', 'Nadia Shah', null],
    ['an adverbial before the name without a comma is no role',
      'During the meeting Cllr Nadia Shah said: “The plots will stay.”', 'Nadia Shah', null],
    ['words after "and" in a clause before the name are no title',
      'Because she spoke about parks and housing at the time, Nadia Shah told the meeting: “The plots will stay.”', 'Nadia Shah', null],
    ['a possessive name at the end of a longer role stays whole',
      'Ravi Mehta, chief analyst at Hollis & Brown’s, said: “Rates will fall.”', 'Ravi Mehta', 'chief analyst at Hollis & Brown’s'],
    ['the words after "after" are no role',
      'After the count, Nadia Shah said: “The plots will stay.”', 'Nadia Shah', null],
  ];
  it.each(cases)('%s', (_why, paragraph, speaker, role) => {
    const [quote] = quotesOf(paragraph);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.speakerRole).toBe(role);
  });
});

describe('a described speaker cut off mid-phrase', () => {
  it('is never a lone article', () => {
    const [quote] = quotesOf('An early tweet quoted the mayor as saying “We will reopen the pier soon.”');
    expect(quote?.speaker).not.toBe('An');
  });

  it('reads "tweet" after an adjective as the noun', () => {
    const [quote] = quotesOf('A short tweet said: “We will reopen the pier soon.”');
    expect(quote?.speaker).toBe('A short tweet');
  });

  it('gives the words a tweet quoted someone as saying to that person, not the tweet', () => {
    const [quote] = quotesOf('A short tweet quoted the mayor as saying “We will reopen the pier soon.”');
    expect(quote?.speaker).toBe('the mayor');
  });
});

describe('an affiliation after the name', () => {
  it('keeps "from" and a named body as the role', () => {
    const [quote] = quotesOf('Derek Pryor from Halden Systems said: “It works.”');
    expect(quote?.speakerRole).toBe('from Halden Systems');
  });

  it('gives no role from an opening "From the start,"', () => {
    const [quote] = quotesOf('From the start, Derek Pryor said: “It works.”');
    expect(quote?.speakerRole).toBeNull();
  });
});

describe('a role cut short after a speaker named after the verb', () => {
  it('is the whole role the quote before gave, not the part read from the introduction', () => {
    const quotes = quotesOf('“The ferry will run,” said Ravi Mehta, safety head of the board and executive chairman of ferry firm Brenn Boats. “It is all about trust,” he said.');
    expect(quotes[1]?.speaker).toBe('Ravi Mehta');
    expect(quotes[1]?.speakerRole).toBe('safety head of the board and executive chairman of ferry firm Brenn Boats');
  });
});

describe('a time phrase before a described speaker', () => {
  it('is no role', () => {
    const [quote] = quotesOf('Last week the BRB said the pier was “safe to use”.');
    expect(quote?.speaker).toBe('BRB');
    expect(quote?.speakerRole).toBeNull();
  });
});
