// Whom "he" and "she" stand for in an attribution, one invented story each: no corpus text.
import { describe, expect, it } from 'vitest';
import { type SpeakerRow as Row, quoteHolding } from '../../helpers/quotes-of.js';

const PRONOUNS: Row[] = [
  ['a capitalised run after "the so-called" names a thing, not whom "he" stands for', 'Ivo Marek spoke at the rally on Monday. If the so-called Kessel Effect were real, there would be fewer drivers on the road.\n\n“Nobody is afraid,” he said.', 'Nobody is afraid', 'Ivo Marek'],
  ['a paper after "the" that reports is not whom "he" stands for', 'Ivo Marek carried one of the banners through the town. The march ended in silence, the Kelsford Clarion reported. “I cried the whole way,” he said.', 'I cried the whole way', 'Ivo Marek'],
  ['a capitalised run after a count names events, not whom "he" stands for', 'Ivo Marek spoke at the rally on Monday. He has run three Kessel Marathons since his knee healed.\n\n“Nobody is afraid,” he said.', 'Nobody is afraid', 'Ivo Marek'],
  ['but "the" and a party member is an epithet for a person', 'Ivo Marek spoke to reporters. The Ohio Republican later praised the mayor, but he warned of cuts. “We cannot spend what we do not have,” he said.', 'We cannot spend', 'Ivo Marek'],
  ['"she" after an anonymous spokeswoman speaking outside quotes is that spokeswoman', 'Ivo Marek runs the depot. A council spokeswoman said the road would reopen on Monday. “We are sorry for the delay,” she said.', 'sorry for the delay', 'A council spokeswoman'],
  ['but not when the gender does not fit', 'A council spokeswoman said the road would reopen on Monday. “We are sorry for the delay,” he said.', 'sorry for the delay', null],
  ['a description set off by a dash after a name is that person, not a new one', 'Then came Ms Ada Roe — a former council press aide who describes herself as “fond of cats” — with a sharper tone.\n\n“Try a little class,” she wrote.', 'a little class', 'Ada Roe'],
  ['a definite description stays with the person already named', 'Ivo Marek leads the group. The group leader said the plan was late. “We will catch up,” he said.', 'catch up', 'Ivo Marek'],
  ['a lone name the article calls "his" is a person for "he"', 'Tom Eliot spoke first and thanked Okafor. Okafor, for all the praise his plan won, looked tired. “We are not done yet,” he said.', 'We are not done yet', 'Okafor'],
  ['"X, he said," tells nothing of X\'s gender', 'Kim Lowe spoke first. Robin Ames met the mayor. “Harwich,” she said. Ames, he said, was late. Ames thanked the staff.\n\n“We need answers now,” she said.', 'We need answers now', 'Robin Ames'],
  ['a conjunction opening the sentence does not make the name after it an object', 'Ivo Marek spoke first and thanked Okafor. And Okafor, for all the praise he won, seems unsure. “We are not done yet,” he said.', 'We are not done yet', 'Okafor'],
  ['a body and a job between two names only describe the second', 'Ada Brook is running.\n\n“We start today,” Tom Eliot said. Later, Brook campaign manager Ivo Marek released a memo. “We are ahead,” he wrote.', 'We are ahead', 'Ivo Marek'],
  ['a job title with a capital after a body word only describes the name after it', 'Ada Brook is running.\n\n“We start today,” Tom Eliot said. Then Brook campaign Chairman Ivo Marek faced the critics. “She will fight,” he said.', 'She will fight', 'Ivo Marek'],
  ['a comma inside a relative aside does not end it before the verb', 'Peter Holm arrived in May.\n\n“We start today,” Tom Eliot said. Holm, who served in Chile, Peru and Spain, praised the plan. “It is a fine plan,” he said.', 'It is a fine plan', 'Peter Holm'],
  ['"state" before a titled name is no speech verb', 'Ada Brook spoke first. But state Rep. Jane Roe, a member of the council, recalled the vote. “Nobody expected it,” she said.', 'Nobody expected it', 'Jane Roe'],
  ['a name speaking inside a "that" clause is reported, not talking', 'Ivo Marek spoke at the rally. He said he was tired and noted that Tom Eliot has admitted he will lose. “We need a new start,” he said.', 'We need a new start', 'Ivo Marek'],
  ['a "that" before a comma leaves the name after it talking', 'Ivo Marek spoke at the rally. After insisting that he listens, Tom Eliot said he would stay. “We need a new start,” he said.', 'We need a new start', 'Tom Eliot'],
  ['a name right after a subordinator is not the sentence\'s subject', 'Jane Roe spoke at the rally. She said it went well. As Ivo Marek looked on, she thanked the staff. “It was a long night,” she said.', 'It was a long night', 'Jane Roe'],
  ['a speech verb in an opening subordinate clause does not make the main subject reported', 'Mary Cole spoke first. Although much was said about the vote, Ada Brook took the last step. “I met the board,” she said.', 'I met the board', 'Ada Brook'],
  ['a "that" opening its clause is a pronoun, not reported speech', 'Tom Eliot led the race. But that was in May, and since then Ivo Marek has closed the gap. “We are catching up,” he said.', 'We are catching up', 'Ivo Marek'],
  ['a surname only ever opening its sentence is a name when its speech verb introduces a quote', 'Tom Eliot spoke first.\n\nOkafor went on to say, “We lost the room.”', 'We lost the room', 'Okafor'],
  ['but a capitalised plural so opening stays what it was', 'The bridge was closed on Monday.\n\nOfficials said, “The repairs will take a week.”', 'The repairs will take', 'Officials'],
  ['a surname only ever opening its sentence is a name when "his" follows its verb', 'Tom Eliot spoke first.\n\nThe debate ran late. Okafor openly admitted that his plan had failed. “We lost the room,” he said.', 'We lost the room', 'Okafor'],
  ['a plural opening a sentence before an object "him" is no name', 'Ivo Marek spoke first. Audiences can expect him to return. “It was fun,” he said.', 'It was fun', 'Ivo Marek'],
  ['a description set off by spaced hyphens after a name keeps the name the subject', 'Shares fell. Chief executive Ivo Lind left last week.\n\nFund manager Tom Eliot - the biggest shareholder - told reporters he might invest more. “I want to see the books,” he said.', 'see the books', 'Tom Eliot'],
  ['"she was quoted as saying" after a quote: "she" spoke', 'Ada Roe runs a fund. The club lost money.\n\n“I want to see the books,” she was quoted as saying in the Kelsford Post.', 'see the books', 'Ada Roe'],
  ['"she" after a spokeswoman of a body whose name holds "for"', 'Ivo Marek said the plan was fine. A Department for Rural Affairs spokeswoman said the two men agreed. “Their quarrel is only about words,” she said.', 'only about words', 'A Department for Rural Affairs spokeswoman'],
  ['a he/she opening the sentence right before a quote goes on speaking', 'Ada Brook says she feels “honoured”.\n\nAnd she will not commit to a view yet. “I have barely begun to take it in.”', 'barely begun', 'Ada Brook'],
  ['but not a he/she two sentences back', 'Ada Brook runs the show.\n\nShe said the date was open. The fans were told on Monday. “Hopefully they will follow us.”', 'they will follow us', null],
  ['"it" stands for a body named after "The" opening a sentence, before its verb', 'The Harbour Trust wants a new law. It called the court’s decision “deeply unfair” on Friday.', 'deeply unfair', 'Harbour Trust'],
  ['but not for an acronym that modifies a noun', 'Talks went on all week. The US tycoon made an offer. It said the plan was “a fair deal”.', 'a fair deal', null],
  ['a name set off by commas after a description is the subject it renames', '“We start today,” Mary Cole said. On Monday, his wife, Jane, called for calm. “We need quiet,” she said.', 'We need quiet', 'Jane'],
  ['"they" stands for a group of people named as the subject just before', 'Jane Roe opened the meeting. Local fishermen walked out in protest. They said the quota was “a death sentence”.', 'a death sentence', 'Local fishermen'],
  ['"they" stands for two people joined by "and"', 'The report came out on Monday. Jane Roe and Ivo Marek wrote the foreword. They called it “long overdue”.', 'long overdue', 'Jane Roe and Ivo Marek'],
  ['"it" never stands for one person described by a job word', 'Kelvo Music Group had a hard year.\n\n“I am sorry for the fans,” the singer said.\n\nIt said the loss was only “a short blip” in its history.', 'a short blip', null],
  ['"it" still stands for a body that spoke', 'The harbour trust met on Monday.\n\n“We are sorry for the delay,” the trust said.\n\nIt said the cost was only “a short blip” in its history.', 'a short blip', 'the trust'],
  ['"he" after a party, a portfolio and a job word before a name stands for that name', 'The Greens backed the plan. “It will take years,” a spokesman said. Liberal Democrat transport spokesman Ivo Marek branded the scheme a waste. He added: “It looks like a plan made in a great hurry.”', 'great hurry', 'Ivo Marek'],
  ['a party followed by a verb stays the subject, and the job and name after it its object', 'Ivo Marek spoke first. Labour blamed health secretary Tom Reed for the delay. “We will not wait,” he said.', 'We will not wait', 'Ivo Marek'],
  ['a quote after a sentence whose main "He" reports a "he" clause goes on with the main "He"', 'Home Secretary Ivo Marek spoke on Monday.\n\nHe told the panel that he wants more time to read it. “My duty is to keep the public safe first.”', 'keep the public safe', 'Ivo Marek'],
  ['a "he" only in a subordinate clause of the sentence before carries no speaker to the quote', 'Home Secretary Ivo Marek spoke on Monday.\n\nWhen he arrived, the crowd cheered and waved flags. “It was a great day for the whole town.”', 'a great day', null],
  ['a plural of things is no group for "they"', 'The report came out on Monday. Waivers were granted to ten schools. They said it was “long overdue”.', 'long overdue', null],
  ['"they" does not reach a group named two paragraphs back', 'Local fishermen walked out in protest.\n\nThe quota was cut again in May.\n\nThe minister spoke later. They said it was “long overdue”.', 'long overdue', null],
  ['a relative "who" opened by a dash stands for the name before it', 'Ivo Marek ran the council for years. Mayor Tom Eliot - who earlier said he would “close the port” - spoke on Monday.', 'close the port', 'Tom Eliot'],
  ['"he said" after reported words is not the subject of those words', 'Ivo Marek spoke at the rally. Also, Tom Eliot is no friend of the town, he said. “He never was.”', 'He never was', 'Ivo Marek'],
  ['"…, he says" after a place or body resolves before the sentence', 'Ivo Marek runs the port. Tom Eliot may outbid the town, he says, but that is fine. “We will manage,” he said.', 'We will manage', 'Ivo Marek'],
  ['a participle after "X failed, he claimed," belongs to "he", who is not X', '“We need a new start,” the opposition leader Sam Rivo said on Monday.\n\nMr Hale has failed to fix the roads, he claimed, saying he had the “wrong answer” to them.', 'wrong answer', 'Sam Rivo'],
  ['a speech verb with its own quote after an opening clause heads the sentence', 'Ada Brook won on Sunday.\n\nBut while Ada Brook admitted she liked the faster style, she said “the result is what counts”.', 'the result is what counts', 'Ada Brook'],
  ['an aside inside a relative clause reports that clause, not the name before it', 'The debate ran late.\n\nTom Eliot is sure that the blame lies with the mayor who, he claims, is “rushing” the plan through.', 'rushing', 'Tom Eliot'],
  ['an aside after a "which" clause leaves the subject before it free', 'Polls closed at eight.\n\nIn a memo, campaign manager Ivo Marek said the two had split the races, which is a result, he said, “we always expected.”', 'we always expected', 'Ivo Marek'],
  ['"he" stands for a person whose view an opening "For X," gives', 'The firm launched Harbour Messenger in 1999, Tom Eliot said.\n\nBut for Ivo Marek, a director at Kestrel who has followed the firm for years, the future of search lies elsewhere. “Search is useful but content is what counts,” he said.', 'content is what counts', 'Ivo Marek'],
  ['also after a short title between "For" and the name', 'The firm launched Harbour Messenger in 1999, Tom Eliot said.\n\nFor Kestrel analyst Ivo Marek, the firm was wrong to wait. “They were busy building a portal,” he said.', 'busy building a portal', 'Ivo Marek'],
  ['but "for" inside a sentence is no view', 'Ada Brook runs the depot. The prize went to a team that worked for Ivo Marek, the port director. “We are thrilled,” she said.', 'We are thrilled', 'Ada Brook'],
  ['a capitalised run after a possessive determiner names a thing, not whom "he" stands for', 'Sam Rivo kicked 14 points to save their Grand Slam hopes on Sunday. He spoke to Harbour Radio: “We made a mess of the second half.”', 'mess of the second half', 'Sam Rivo'],
  ['a name talking right after a subordinator is inside the other person\'s clause', 'Ivo Marek spoke first. However, Tom Eliot, the group head, said he did not think the slump was as deep as Mr Marek believed. “We have problems, but they are not new,” he said.', 'they are not new', 'Tom Eliot'],
  ['a family word before a name set off by commas tells its gender', 'Ada Brook, 14, carried a banner. Her father, Brad, looked on. “We came for her,” he said.', 'We came for her', 'Brad'],
  ['a family word tells the gender of a name set off with an age after it', 'Ada Brook, 14, carried a banner. Her uncle, Brad, 52, feared that the march was too long. “My legs are done,” he said.', 'My legs are done', 'Brad'],
];

describe('pronoun speakers: who "he" and "she" stand for', () => {
  it.each(PRONOUNS)('%s', (_rule, body, quoted, speaker) => {
    const quote = quoteHolding(body, quoted);
    expect(quote?.speaker).toBe(speaker);
  });
});
