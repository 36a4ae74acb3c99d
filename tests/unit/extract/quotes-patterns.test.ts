// Attribution patterns, one invented sentence each (no corpus text).
import { describe, expect, it } from 'vitest';
import { parseArticleText, isProblem } from '../../../src/ingest/parse.js';
import { extractQuotes, MAX_QUOTES } from '../../../src/extract/quotes.js';
import type { Quote } from '../../../src/model.js';

function quotesOf(body: string): Quote[] {
  const article = parseArticleText('story.txt', `Headline for the test\n\n${body}\n`);
  if (isProblem(article)) throw new Error(article.message);
  return extractQuotes(article);
}

type Row = [pattern: string, body: string, text: string, speaker: string | null, role: string | null, cue: string | null];

const ROWS: Row[] = [
  ['X said', '“The bridge will reopen in May,” Maria Lopez said.', 'The bridge will reopen in May,', 'Maria Lopez', null, 'said'],
  ['said X', '“We are not finished yet,” said Tom Hardwick.', 'We are not finished yet,', 'Tom Hardwick', null, 'said'],
  ['said X, role', '“Fares must fall,” said Anna Berg, head of transport at Norfolk County Council.', 'Fares must fall,', 'Anna Berg', 'head of transport at Norfolk County Council', 'said'],
  ['X, role, said:', 'Dev Patel, chief executive of the Harbour Trust, said: “Our boats are full every summer.”', 'Our boats are full every summer.', 'Dev Patel', 'chief executive of the Harbour Trust', 'said'],
  ['descriptor before name', '“It was a long night,” fire chief Olga Brandt told reporters.', 'It was a long night,', 'Olga Brandt', 'fire chief', 'told'],
  ['according to', '“Nobody was hurt,” according to Sergeant Paul Ames.', 'Nobody was hurt,', 'Paul Ames', null, 'according to'],
  ['according to, before', 'According to the museum director, “the roof leaks every winter”.', 'the roof leaks every winter', 'the museum director', null, 'according to'],
  ['colon without verb', 'Mayor Ruth Okafor: “We will rebuild the pier.”', 'We will rebuild the pier.', 'Ruth Okafor', null, null],
  ['organisation', 'The Environment Agency said the river was “rising faster than expected”.', 'rising faster than expected', 'Environment Agency', null, 'said'],
  ['anonymous', 'A council spokesperson said the closure was “a temporary measure”.', 'a temporary measure', 'A council spokesperson', null, 'said'],
  ['bare plural', 'Residents said the noise was “unbearable at night”.', 'unbearable at night', 'Residents', null, 'said'],
  ['straight double quotes', '"We have enough beds," said Dr Ines Moreau.', 'We have enough beds,', 'Ines Moreau', null, 'said'],
  ['British single quotes', '‘The road is closed,’ said Jack Whitfield.', 'The road is closed,', 'Jack Whitfield', null, 'said'],
  ['straight single quotes', "'The ferry is late,' said Jack Whitfield.", 'The ferry is late,', 'Jack Whitfield', null, 'said'],
  ['age between name and verb', '“I have lived here all my life,” Edith Moss, 91, said.', 'I have lived here all my life,', 'Edith Moss', null, 'said'],
  ['passive agent', 'The plan was described as “reckless” by opposition leader Sam Fenwick.', 'reckless', 'Sam Fenwick', 'opposition leader', 'described by'],
];

describe('attribution patterns', () => {
  it.each(ROWS)('%s', (_pattern, body, text, speaker, role, cue) => {
    const quotes = quotesOf(body);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text, speaker, speakerRole: role, cue });
  });
});

describe('speakers across sentences and paragraphs', () => {
  it('"Mr Hardwick" and "Hardwick" resolve to the full name introduced earlier', () => {
    const quotes = quotesOf('Tom Hardwick, the harbour master, opened the meeting.\n\n“The tide waits for nobody,” Mr Hardwick said.\n\n“Not even me,” Hardwick added.');
    expect(quotes.map((q) => [q.speaker, q.speakerRole, q.cue])).toEqual([
      ['Tom Hardwick', null, 'said'],
      ['Tom Hardwick', null, 'added'],
    ]);
  });

  it('"he added" goes to the nearest fitting person before, not to an organisation', () => {
    const quotes = quotesOf('James Okoro, who runs the food bank, spoke to the Tribune.\n\n“Demand has doubled this year,” he said. “We need more volunteers,” he added.');
    expect(quotes.map((q) => q.speaker)).toEqual(['James Okoro', 'James Okoro']);
  });

  it('"she" picks the woman when a man was named later', () => {
    const quotes = quotesOf('Helen Carter met Robert Lang at the depot.\n\n“The buses are old,” she said.');
    expect(quotes[0]?.speaker).toBe('Helen Carter');
  });

  it('"it" and "they" go to the organisation that spoke before', () => {
    const quotes = quotesOf('The Rail Authority said services were “back to normal”. It added that trains were “running on time”.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Rail Authority', 'Rail Authority']);
  });

  it('a split quote keeps its speaker for the second half', () => {
    const quotes = quotesOf('“We tried,” said Nora Quist. “It did not work.”');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['We tried,', 'Nora Quist'], ['It did not work.', 'Nora Quist']]);
  });

  it('a quote paragraph after a colon paragraph belongs to the speaker introduced there', () => {
    const quotes = quotesOf('Lena Fischer continued:\n\n“The lake is cleaner than it has been for years.”');
    expect(quotes[0]).toMatchObject({ speaker: 'Lena Fischer', cue: 'continued', kind: 'full' });
  });

  it('a clause after the quote ("…”, while X said …") does not attribute it', () => {
    const quotes = quotesOf('The Greens dismissed the plan as "reckless", while the Labour group said it was late.');
    expect(quotes[0]).toMatchObject({ text: 'reckless', speaker: 'Greens', cue: 'dismissed' });
  });

  it('an unattributed quote has a null speaker, never a guess', () => {
    const quotes = quotesOf('The sign on the door read nothing at all. “Back in five minutes.”');
    expect(quotes[0]?.speaker).toBeNull();
  });
});

describe('kinds', () => {
  it.each([
    ['a rating after a label verb', 'The school was rated ‘inadequate’ by inspectors last year.', 'inadequate'],
    ['a scare quote before a noun', 'The town has an ‘outstanding’ museum.', 'outstanding'],
    ['a title after a possessive', 'She presents the station’s “Morning Roundup” every day.', 'Morning Roundup'],
    ['a short unattributed phrase', 'The so-called experts were wrong, and the “plan” failed.', 'plan'],
    ['an example after "such as" in a sentence with a subject and verb', 'Other names in the survey were linked to the weather, such as “drizzle” or “gale”.', 'drizzle'],
    ['an example joined by "or" to one after "such as"', 'Other names in the survey were linked to the weather, such as “drizzle” or “gale”.', 'gale'],
    ['a noun phrase after a determiner with no speech verb', 'Instead, Mirefield traded a 9% share in itself for cash - and handed the mill a “buy-back clause” for later.', 'buy-back clause'],
    ['a thing named after "a" as the object of a verb that is not speech', 'Kelsford Radio will store each listener’s requests on a “song card” this spring.', 'song card'],
    ['a quoted word before a noun for a remark ("his “…” comment") after a possessive', 'Ivo Lind has urged the mayor to apologise for his “Viking” comment to a reporter.', 'Viking'],
    ['a title-case title after a plural\'s lone possessive mark', 'Ada Brook spoke on Monday. On Harbour News’ “Kelsford Tonight,” she called on the board to act.', 'Kelsford Tonight,'],
    ['a title after the kind of work and a comma', 'Mr Lind also appeared twice on Mr Roe’s quiz show, “The Harbour Game,” in 2004.', 'The Harbour Game,'],
  ])('%s is a term, not speech', (_name, body, text) => {
    const quote = quotesOf(body).find((q) => q.text === text);
    expect(quote).toMatchObject({ kind: 'term', speaker: null });
  });

  it.each([
    ['a speech verb', 'Ravi Shah said the delay was a “bitter blow” for the town.', 'bitter blow', 'Ravi Shah'],
    ['a verb that judges', 'Ravi Shah praised the volunteers for a “heroic effort” on the night.', 'heroic effort', 'Ravi Shah'],
    ['a verb that likens', 'Ravi Shah likened the repairs to a “slow puzzle” with no picture.', 'slow puzzle', 'Ravi Shah'],
    ['"described ... by"', 'The bridge was described as a “small miracle” by Ravi Shah.', 'small miracle', 'Ravi Shah'],
    ['a plural\'s possessive with a lower-case quote', 'Ravi Shah told a news conference the new party would shun the old parties’ “spin and bluster”.', 'spin and bluster', 'Ravi Shah'],
  ])('a short quote after a determiner stays speech after %s', (_name, body, text, speaker) => {
    expect(quotesOf(body).find((q) => q.text === text)).toMatchObject({ kind: 'partial', speaker });
  });

  it('full, partial and multi-paragraph quotes', () => {
    const quotes = quotesOf('Ravi Shah said: “The school will open.”\n\nShah said the delay was “regrettable but necessary”.\n\nShah added: “First, we fix the roof.\n\n“Then we open the doors.”');
    expect(quotes.map((q) => [q.kind, q.paragraphs.length])).toEqual([['full', 1], ['partial', 1], ['full', 2]]);
  });
});

describe('bad input', () => {
  it('stops at MAX_QUOTES quotes per article, and the first ones are still attributed', () => {
    const quotes = quotesOf('Ana Silva said “yes” and “no”. '.repeat(MAX_QUOTES / 2 + 30));
    expect(quotes).toHaveLength(MAX_QUOTES);
    expect(quotes[0]).toMatchObject({ text: 'yes', speaker: 'Ana Silva' });
  });

  it('a quote that never closes runs to the end of its paragraph, and unbalanced marks do not throw', () => {
    const quotes = quotesOf('Tom Hardwick said: “This never ends\n\nThe next paragraph has no marks.\n\nA stray” mark and a lone “ opener');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['This never ends', 'Tom Hardwick'], ['opener', null]]);
  });
});
