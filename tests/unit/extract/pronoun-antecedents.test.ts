// Whom a pronoun in an attribution stands for, and the names it may stand for: one invented story
// per rule (no corpus text). Each row failed before its rule was added.
import { describe, expect, it } from 'vitest';
import { quoteHolding } from '../../helpers/quotes-of.js';

/** [rule, body, the quote's words, expected speaker]: the first quote holding those words is checked. */
type Row = [rule: string, body: string, quoted: string, speaker: string | null];

const ANTECEDENTS: Row[] = [
  ['an opening clause that ends inside a quote ("…“a farce,” Roe …") leaves the name after it the subject',
    'Ada Brook spoke first. When Ada Brook pointed out that the levy was “a farce,” Jane Roe left the hall. “I am done,” she said.', 'I am done', 'Jane Roe'],
  ['the subject of a sentence in brackets is no antecedent for "he"',
    'Ivo Marek runs the bakery. (Tom Eliot owns the building.) “We bake at four,” he said.', 'We bake at four', 'Ivo Marek'],
  ['the subject of a sentence in brackets is no antecedent for "she"',
    'Nina Castell designs the hats. (Harbour Knitwear makes her scarves.) At the launch, she released a statement saying, “We love wool.”', 'We love wool', 'Nina Castell'],
  ['a name right after "said" whose own verb follows opens the clause reported: "he" is the one saying it',
    'Tom Baker, the union leader at the plant, said Jim Roe argued for closing the mill all winter. “Nobody believed a word of it,” he said.', 'Nobody believed', 'Tom Baker'],
  ['the same without an aside before "said", the name\'s verb a speech verb',
    'Tom Baker said Jim Roe insisted on selling the farm. “Nobody here wanted that,” he said.', 'Nobody here wanted', 'Tom Baker'],
  ['the same after an aside, the name\'s verb a past tense',
    'Tom Baker, the union leader, said Jim Roe wanted to close the mill. “Nobody believed a word of it,” he said.', 'Nobody believed', 'Tom Baker'],
  ['guard: a name after "said" and a comma is the speaker of the quote before, and "he" stands for him',
    'Jim Roe arrived late. “We are ready,” said Tom Baker, the party chairman. “We have waited long enough,” he added.', 'We have waited', 'Tom Baker'],
  ['guard: a name after "said" with no verb of its own still speaks ("…,” said Roe on Monday)',
    'Jim Roe arrived late. “We are ready,” said Tom Baker on Monday. “We have waited long enough,” he added.', 'We have waited', 'Tom Baker'],
  ['a photographer\'s credit under a picture is no antecedent for an epithet',
    'Ada Brook posted the clip on Sunday. Jo Roe via Getty Images.\n\n“Could the mayor ever sing in tune?” the 38-year-old wrote under the clip.', 'Could the mayor ever sing', 'Ada Brook'],
  ['guard: a name before "via" and no picture agency is still a person',
    'Ada Brook posted the clip on Sunday. Ivo Marek via his lawyer denied it.\n\n“Could the mayor ever sing in tune?” the 38-year-old wrote under the clip.', 'Could the mayor ever sing', 'Ivo Marek'],
  ['a capitalised run in a title-case line (a headline repeated in the body) is no person a later place word or "she" stands for',
    'Marek Stands By Her Choices Ahead of Harbour Flood Inquiry\n\nIn her last week as mayor, Jo Anne Marek on Friday defended her handling of the flood in Kelsford, Harbour, which ruined four streets.\n\n“I take responsibility,” she said.', 'I take responsibility', 'Jo Anne Marek'],
  ['guard: a first name in a title-case line still introduces a person',
    'Jane Castell, the Longest Serving Member, Leaves the Harbour Board\n\nThe board met on Friday.\n\n“It was time,” Castell said.', 'It was time', 'Jane Castell'],
  ['a plural title ("Sens.") ends no sentence, so the listeners after "told" are no subject "he" stands for',
    'Ivo Marek told Sens. Jo Lind, of Kelsford, and Ada Brook, of Westham, that he regrets the visit.\n\n"I only wanted to speak for the town," he wrote to the pair.', 'I only wanted', 'Ivo Marek'],
  ['a surname used alone keeps the person it meant at its first use, though a namesake is named since',
    'Donald Marek opened the fair. Marek spoke first.\n\nA poster showed Melania Marek at the gate.\n\nAn angry Marek hit back at Lind, vowing to “tell the whole story” about him.', 'tell the whole story', 'Donald Marek'],
  ['guard: a title names the later namesake',
    'Donald Marek opened the fair. Marek spoke first.\n\nA poster showed Melania Marek at the gate.\n\n“I liked it,” Mrs Marek said.', 'I liked it', 'Melania Marek'],
  ['guard: with no use alone before the namesake, the one named last',
    'Ivanka Marek left early. Donald Marek opened the fair.\n\n“We are here to stay,” Marek said.', 'We are here to stay', 'Donald Marek'],
  ['guard: a run with no known first name ("Team Marek") is no one a surname stays with',
    'Team Marek won the vote. Marek was pleased.\n\nDonald Marek opened the fair.\n\n“We are here to stay,” Marek said.', 'We are here to stay', 'Donald Marek'],
  ['a single name with a fixture\'s plural verb ("Kelso host Bath") is a team, no one "he" stands for',
    'The coach of Kelso Sharks, Pierre Lind, spoke on Thursday.\n\nKelso host Bath in the cup this weekend, and the Frenchman has had a "hard few days" with seven men away. "We are ready for them," he told the radio.', 'We are ready for them', 'Pierre Lind'],
  ['an event\'s name ("Harbour Indoor Grand Prix") is no one a "he" stands for',
    'Tom Lind is sure of a medal at next month\'s games.\n\nLind was a little let down by the last race. He won his heat but ran slower in his first Harbour Indoor Grand Prix final. "I could have gone quicker," he said.', 'I could have gone quicker', 'Tom Lind'],
  ['a name inside "a preliminary Kelsford report found" modifies the report and talks no more than it',
    'A preliminary Kelsford report found it would be easy to build. The Kelsford spokesman said it was weighing a "cap" on the boats. "We want the new ferries to be safe," he said.', 'We want the new ferries', null],
  ['a one-word name whose sentence soon says "its" is a body, no one "he" stands for',
    'Kelsford has said it will fight on.\n\nTom Lind, a spokesman for the lawyers of Kelsford, told a court on Monday that the firm holds to its claim. Kelsford is sure of its case for a hearing, and "we are ready to go back before the judge" he said.', 'we are ready to go back', 'Tom Lind'],
  ['a single name with a plural verb ("Kelsford have confirmed") is a team, no one "he" stands for',
    'Kelsford have confirmed a bid for Robbie Marek.\n\nBut Karen Lind called the bid "a waste of paper". Marek\'s future at Kelsford has been the talk of the town for weeks. "The fans gave me a big cheer when I came off," he said.', 'The fans gave me a big cheer', 'Robbie Marek'],
  ['guard: a pair with a plural verb ("Roe and Marek have") leaves each name a person',
    'Mary Roe and Marek have argued for weeks. Marek said on Friday that the talks were over. "We are done talking," he said.', 'We are done talking', 'Marek'],
  ['a club named with its prefix ("AC Kelsford") is no person a later "Kelsford" or "he" stands for',
    'Ivo Marek spoke after the match.\n\nMarek won the cup in 1994 with AC Kelsford. He now plays abroad. So he admires two old friends from the great Kelsford side - Jo Lind and Ben Cole. "I am happy they still play," he said.', 'I am happy they still play', 'Ivo Marek'],
  ['a name with a generational suffix ("Ivo R. Marek Jr.") is found by its surname',
    'Ivo R. Marek Jr., the harbour master, spoke on Friday.\n\n“The pier is safe,” Mr. Marek said.', 'The pier is safe', 'Ivo R. Marek Jr.'],
];

describe('pronoun antecedents', () => {
  it.each(ANTECEDENTS)('%s', (_rule, body, quoted, speaker) => {
    expect(quoteHolding(body, quoted)?.speaker).toBe(speaker);
  });
});
