// Speaker roles: words beside a name that are not a description of the speaker (a participle
// clause, an adverbial, an age, a manner) give no role. Invented sentences only.
import { describe, expect, it } from 'vitest';
import { isRoleText } from '../../../src/extract/role-filter.js';
import { cleanRole } from '../../../src/extract/speakers.js';
import { quoteHolding } from '../../helpers/quotes-of.js';

/** [rule, body, the quote's words, expected role]. */
type Row = [rule: string, body: string, quoted: string, role: string | null];

const ROLES: Row[] = [
  ['a participle clause after an inverted speaker is no role', '“That is wrong,” said Tim Okafor, interrupting me.', 'That is wrong', null],
  ['an adverb opening the sentence is no role', 'Instead, Rosa Lind said the plan was “a fraud.”', 'a fraud', null],
  ['a modifying title ("Former") and a job opening the sentence give the person after them a role', 'Former harbour board chief Lord Lind has criticised the way the port is run.\n\nHe also attacked the way the fee was "sold" to the town.', 'sold', 'former harbour board chief'],
  ['guard: a person\'s name then a verb and a job is no title of the next name', 'Kelsford manager Ivo Lind will discipline striker Sam Rivo after all.\n\nLind added: "My comments came too early."', 'came too early', 'Kelsford manager'],
  ['a time phrase with "later" opening the sentence is no role', 'A year later, Gov. Ivo Lind said he would "look at all options."', 'look at all options', null],
  ['the particle of a two-word cue after the quote ("points out") is no part of the role', '"It is a lot easier being the champion than staying there," points out former runner Ivo Lind.', 'easier being the champion', 'former runner'],
  ['a speech verb opening the sentence before a name and a colon is the cue, no role', 'The port is split. Observes Mr Lind: "The harbour now marks a big divide in the town."', 'big divide in the town', null],
  ['an age is no role', '“We lost,” said Rosa Lind, 44.', 'We lost', null],
  ['a prepositional phrase opening the sentence is no role', 'During the debate, Rosa Lind called it “a fraud.”', 'a fraud', null],
  ['a manner word is no role', '“We lost,” said Rosa Lind, exasperated.', 'We lost', null],
  ['a time phrase opening the sentence is no role', 'Sunday morning, Rosa Lind called it “a fraud.”', 'a fraud', null],
  ['a body\'s name with "and" after "of the" stays whole in the role', '"We delivered," Rep. Ivo Marek, chairman of the House Roads and Rivers Committee, said on Sunday.', 'We delivered', 'chairman of the House Roads and Rivers Committee'],
  ['an adjective of how someone stood ("aware of this") is no role', 'Rosa Lind, aware of this, told voters the plan was “a fraud.”', 'a fraud', null],
  ['a role cut on a word that opens more ("as", "who") loses it', 'The speech was short. Rosa Lind, a former Green who won the mayoralty as an independent in 1998 ahead of quitting the party six years later, spoke last.\n\n"Some days I argue with Ada," Lind said.\n\n"We lost," said Rosa Lind, a former Green who won the mayoralty as an independent in 1998 ahead of quitting the party.', 'Some days I argue', 'a former Green who won the mayoralty'],
  ['a paper that "quoted" the speaker is no role of the speaker', 'The Kelsford Gazette quoted Mr Lind telling party members that the port was "a duty we all share."', 'a duty we all share', null],
  ['an aside opened by "toward" is no role', 'Rosa Lind, toward the end of the meeting, warned that a "storm is coming" for the port.', 'storm is coming', null],
  ['the subject of a sentence whose speech verb is set off by commas is no role of the speaker', 'Rosa Lind spoke first. The problems raised by Jo Roe\'s exit, Lind said, have festered “under the surface.”', 'under the surface', null],
  ['guard: a described speaker before an apposed name is still the role', 'Another volunteer, Jo Roe of Leeds, said, “We stay for the harvest.”', 'We stay for the harvest', 'Another volunteer'],
  ['a state abbreviation ending a sentence is no role of the titled name opening the next', 'The boxes were at her home in Kelsford, N.Y. Mr. Ivo Lind had asked for them.\n\n“We need them back,” Lind said.', 'We need them back', null],
  ['words ending in a time before the name are no role', 'After the vote last week Ivo Marek told reporters: "Naturally I have faith in the council."', 'Naturally I have faith', null],
  ['a capitalised participle clause opening the sentence is no role', 'Reaching for the microphone, Rosa Lind called it “a fraud.”', 'a fraud', null],
];

describe('speaker roles: not every word beside a name is a role', () => {
  it.each(ROLES)('%s', (_rule, body, quoted, role) => {
    expect(quoteHolding(body, quoted)?.speakerRole).toBe(role);
  });
});

/** A title that opens the sentence keeps its capital only where it is a name's. */
const CAPITALS: Row[] = [
  ['a job title opening the sentence loses the sentence capital', 'Chief executive Noor Bassey said: “We grew.”', 'We grew', 'chief executive'],
  ['so does a longer one', 'Deputy head teacher Ivo Marek said: “It is late.”', 'It is late', 'deputy head teacher'],
  ['a party or place opening the title keeps its capital', 'Labour councillor Ivo Marek said: “It is late.”', 'It is late', 'Labour councillor'],
];

/** One person with two job titles joined by "and": the name is the speaker, both titles the role. */
/** [rule, body, the quote's words, expected speaker, expected role]. */
type SpeakerRoleRow = [rule: string, body: string, quoted: string, speaker: string, role: string | null];

function expectSpeakerAndRole(_rule: string, body: string, quoted: string, speaker: string, role: string | null): void {
  const quote = quoteHolding(body, quoted);
  expect(quote?.speaker).toBe(speaker);
  expect(quote?.speakerRole).toBe(role);
}

const JOINED_TITLES: SpeakerRoleRow[] = [
  ['after the quote', 'Mirefield Foods had a loud year. “We sold more pies than ever,” chairwoman and chief executive Ines Varga said.', 'more pies', 'Ines Varga', 'chairwoman and chief executive'],
  ['after the quote, the firm first', '“We sold more pies than ever,” Mirefield chairwoman and chief executive Ines Varga said.', 'more pies', 'Ines Varga', 'Mirefield chairwoman and chief executive'],
  ['after the verb', '“We sold more pies than ever,” said founder and director Ines Varga.', 'more pies', 'Ines Varga', 'founder and director'],
  ['before the verb, after a sentence closing on a money figure', 'Mirefield earned £4.6m. Mirefield president and chief executive Ines Varga called it “a vintage year”.', 'vintage year', 'Ines Varga', 'Mirefield president and chief executive'],
  ['a figure with a unit ends the sentence before the speaker', 'Profits reached $2.5bn. Ines Varga added: “We sold more pies than ever.”', 'more pies', 'Ines Varga', null],
];

describe('speaker roles: two titles joined by "and"', () => {
  it.each(JOINED_TITLES)('%s', expectSpeakerAndRole);

  it('leaves two people joined by "and" as two', () => {
    expect(quoteHolding('“We sold more pies than ever,” said Ines Varga and Tom Reed.', 'more pies')?.speaker).toBe('Ines Varga and Tom Reed');
  });
});

/** A job word that opens a sentence before a name is no part of the name ("Singer Sam Rivo said"). */
const JOB_WORDS_BEFORE_NAMES: SpeakerRoleRow[] = [
  ['a job word opening the sentence, speaker before the verb', 'Singer Sam Rivo said: “We play on Friday.”', 'play on Friday', 'Sam Rivo', 'singer'],
  ['a job word opening the sentence, pronoun after the quote', 'Midfielder Sam Rivo agreed it was odd. “It is not normal,” he said.', 'not normal', 'Sam Rivo', null],
  ['a later pronoun finds the person, not the job word', 'Lawyer Ana Pereira, who acts for the tenants, spoke first. She said: “They were let down.”', 'let down', 'Ana Pereira', null],
  ['a compound with a lower-case part opening the sentence is a job, not a name', 'Fly-half Sam Rivo missed three kicks. “That one will sting for a while,” he said.', 'sting for a while', 'Sam Rivo', null],
  ['but a hyphenated given name stays a name', 'Jean-Luc Marek missed three kicks. “That one will sting for a while,” he said.', 'sting for a while', 'Jean-Luc Marek', null],
  ['an unknown word opening the sentence before a given name is no part of the name', 'Defiant Tom Rivo will not quit. “I have never walked away from a fight,” he said.', 'walked away from a fight', 'Tom Rivo', null],
  ['but an unknown given name before a surname stays', 'Zedrik Holm will not quit. “I have never walked away from a fight,” he said.', 'walked away from a fight', 'Zedrik Holm', null],
  ['a name particle keeps a name whole at the start of a sentence', 'Ivo van Marek said: “We were lucky in the end.”', 'lucky in the end', 'Ivo van Marek', null],
  ['and "den" is a particle too', '“We were lucky in the end,” said Jurgen den Holm, one of the researchers.', 'lucky in the end', 'Jurgen den Holm', 'one of the researchers'],
  ['"of" after a two-word name opens where the person is from, even with an unknown given name', 'Shares rose. Zedrik Holm of Harbour Bank said the results were “pretty flat”.', 'pretty flat', 'Zedrik Holm', 'of Harbour Bank'],
  ['but not after a body\'s word or a title', 'Shares rose. Former Secretary of State Zedrik Holm said the results were “pretty flat”.', 'pretty flat', 'Zedrik Holm', null],
  ['after a titled name and where the person is from, the appositive is still the role', '“It is a mess,” said Sen. Zedrik Holm of Kelsford, a senior member of the panel.', 'It is a mess', 'Zedrik Holm', 'a senior member of the panel'],
  ['a surname that is a job word stays a name', 'Isaac Singer agreed. “It is not normal,” he said.', 'not normal', 'Isaac Singer', null],
];

/** A title the name run opens with ("Labour MP") belongs to the role, up to a form of address ("Sir"). */
const TITLES_IN_NAME_RUNS: SpeakerRoleRow[] = [
  ['a body\'s name with "of" before a title after a quote is all role', 'Talks stalled. “Such a plan needs time,” Kelsford Bureau of Tides chief Ivo Marek told Harbour Radio.', 'Such a plan needs time', 'Ivo Marek', 'Kelsford Bureau of Tides chief'],
  ['a lower-case word, then a party and a title', 'However, backbench Labour MP Rosa Lind warned: “The cuts go too far.”', 'cuts go too far', 'Rosa Lind', 'backbench Labour MP'],
  ['a prefix joined to a capitalised title', 'The row grew as ex-Foreign Secretary Ivo Marek said he was “not surprised”.', 'not surprised', 'Ivo Marek', 'ex-Foreign Secretary'],
  ['a form of address is no part of the role', 'Kelsford Rovers manager Sir Ivo Marek said: “We were lucky.”', 'We were lucky', 'Ivo Marek', 'Kelsford Rovers manager'],
  ['"Cllr" is a form of address too', 'Council leader Cllr Ivo Marek said: “We were lucky.”', 'We were lucky', 'Ivo Marek', 'council leader'],
];

describe('speaker roles: a title inside the name run', () => {
  it.each(TITLES_IN_NAME_RUNS)('%s', expectSpeakerAndRole);
});

describe('speaker roles: a job word before a name', () => {
  it.each(JOB_WORDS_BEFORE_NAMES)('%s', expectSpeakerAndRole);
});

describe('speaker roles: capitals', () => {
  it.each(CAPITALS)('%s', (_rule, body, quoted, role) => {
    expect(quoteHolding(body, quoted)?.speakerRole).toBe(role);
  });
});

describe('cleanRole: a sentence capital on a common title word', () => {
  it.each([
    ['Chief executive', 'chief executive'], ['Chief executive of Harbour Foods', 'chief executive of Harbour Foods'],
    ['Council leader', 'council leader'], ['Chief Executive', 'Chief Executive'], ['Labour leader', 'Labour leader'],
    ['Chief', 'Chief'],
  ])('%s → %s', (text, expected) => {
    expect(cleanRole(text)).toBe(expected);
  });
});

describe('isRoleText', () => {
  it.each([
    ['managing director of Harbour Foods', true], ['acting chair of the board', true], ['Wyoming farm chairman', true],
    ['retired', true], ['the Gazette’s editor', true], ['whose daughter is a pupil there', true], ['then mayor of Tilbury', true], ['a teacher who was fired in May', true],
    ['senior', false], ['former', false], ['interrupting me', false], ['Taking it in', false], ['Expecting trouble', false], ['Instead', false], ['During the debate', false], ['it was', false],
    ['the crowd kept booing', false], ['44', false], ['3 percent', false], ['exasperated', false], ['Sunday morning', false], ['then', false],
    ['angry', false], ['tearful', false], ['month-old', false], ['Scot initially defended', false], ['was wrong', false], ['had represented', false],
    ['consultant', true], ['grateful parent of a pupil', true], ['elderly resident', true], ['accountant', true],
  ])('%s → %s', (text, expected) => {
    expect(isRoleText(text)).toBe(expected);
  });
});
