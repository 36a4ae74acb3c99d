// Speaker constructions around names and descriptions (nicknames, coordinated speakers, quoted
// titles inside a speaker phrase, introductions without a speech verb), one invented sentence each:
// no corpus text.
import { describe, expect, it } from 'vitest';
import { type SpeakerRow as Row, quoteHolding, quotesOf } from '../../helpers/quotes-of.js';

const ROWS: Row[] = [
  ['a nickname in marks inside a name leaves the name whole (trailing verb)', '“We will not move,” Jane “Jojo” Roe said.', 'We will not move', 'Jane Roe'],
  ['a nickname in marks inside a name leaves the name whole (pronoun after it)', 'Rodney ‘Bud’ Hale carried a banner down the hill. “Nobody asked us,” he said.', 'Nobody asked us', 'Rodney Hale'],
  ['two names joined by "and" before the verb speak together', 'Jo Roe and Sam Lee, both teachers, said the roof “leaks every winter.”', 'leaks every winter', 'Jo Roe and Sam Lee'],
  ['two names joined by "and" after the verb speak together', '“The roof leaks every winter,” said Jo Roe and Sam Lee, two teachers at the school.', 'The roof leaks', 'Jo Roe and Sam Lee'],
  ['two names joined by "and" between the quote and its verb speak together', '“We open at six,” Jo Roe and Sam Lee said.', 'We open at six', 'Jo Roe and Sam Lee'],
  ['a lone first name before "and" shares the surname after it', 'In a joint letter, Tom and Nora Vance wrote that the farm was “a second home to us.”', 'a second home', 'Tom and Nora Vance'],
  ['"and" in a clause before the subject joins no speakers', 'Quite suddenly, after Ivo Marek and Ada Brook divorced, Nora Vance said, “Ada rang and said she could not do it.”', 'Ada rang', 'Nora Vance'],
  ['a body joined by "and" does not pair with the name', 'The town council and Ivo Marek said the road was “too narrow.”', 'too narrow', 'Ivo Marek'],
  ['a title in marks inside the aside after a name', 'Tara Quill has studied barges for years. Quill, the writer of “Slow Water,” a history of the locks, said the barges were “a lost world.”', 'a lost world', 'Tara Quill'],
  ['a label in marks inside the aside between a quote and its verb', '“The tide turned against us,” Tom Berg, holding a flag and a “Save the Pier” banner, said.', 'The tide turned', 'Tom Berg'],
  ['a title in marks ends a described speaker after the verb', '“Nobody reads the small print,” wrote the editors of the “Harbour Almanac,” adding that councils must act.', 'Nobody reads', 'the editors of the “Harbour Almanac”'],
  ['a title closing an opening phrase ends that phrase', 'On the radio show “Harbour Talk,” Ivo Marek said the pier was “beyond repair.”', 'beyond repair', 'Ivo Marek'],
  ['a colon after an object: the sentence subject with its verb speaks', 'Harbour Watch, a local campaign group, mailed a map of the broken rail to readers with one line: “Fix it before someone falls.”', 'Fix it before someone falls', 'Harbour Watch'],
  ['a colon after an object, a party tag between subject and verb', 'Ivo Marek spoke first.\n\nCouncil Leader Ada Brook, R-Ky., handed a short letter to Marek: "Stop blaming the weather and mend the pier."', 'Stop blaming the weather', 'Ada Brook'],
  ['a name and a colon with no verb still introduce the quote', 'Ada Brook spoke. Mr Marek: “We will see about that.”', 'We will see about that', 'Mr Marek'],
  ['a hedged count of people opens a described subject', 'About 80 dockers gathered outside the town hall, chanting “Save our port.”', 'Save our port', 'About 80 dockers'],
  ['a hedged count of people after an opening phrase', 'Outside the town hall, nearly 40 strikers gathered in two groups, holding banners and chanting “Fair pay now.”', 'Fair pay now', 'nearly 40 strikers'],
  ['"From X’s post:" names the owner of the post', 'Ivo Marek resigned on Friday. From Marek’s blog post: “I leave with my head held high.”', 'head held high', 'Ivo Marek'],
  ['"From the ruling:" names the text itself', 'The court sat on Monday. From the ruling: “The council acted within its powers.”', 'acted within its powers', 'the ruling'],
  ['"That quote from X …" after the quote names its source', 'The parish council met on Monday. “The pier belongs to all of us.” That quote from councillor Ada Brook was painted on a wall by the beach.', 'The pier belongs', 'Ada Brook'],
  ['"The words by X …" after the quote names its source', '“Build it now.” The words by Ivo Marek were painted on the pier.', 'Build it now', 'Ivo Marek'],
  ['a name and a described group joined by "and" before the verb speak together', 'Ivo Marek and other harbour leaders said the plan was “dead in the water.”', 'dead in the water', 'Ivo Marek and other harbour leaders'],
  ['a name and a described group between the quote and its verb speak together', '“The road is closed until May,” Ada Brook and council officials said.', 'The road is closed', 'Ada Brook and council officials'],
  ['a name and a described group opening the sentence share a participle after a comma', 'Ivo Marek and other harbour leaders snubbed the mayor on her last visit, claiming that she was “no friend of the port.”', 'no friend of the port', 'Ivo Marek and other harbour leaders'],
  ['two names opening the sentence share a participle after a comma', 'Ada Brook and Ivo Marek toured the pier on Monday, saying it was “beyond saving.”', 'beyond saving', 'Ada Brook and Ivo Marek'],
  ['a participle after a "when" clause goes with that clause\'s people', 'Trouble began at the harbour fete, when local residents heckled the minister, yelling “sell the boats, not the port!”', 'sell the boats', 'local residents'],
  ['a participle after a "where" clause goes with that clause\'s people', 'Ada Brook gave her talk near the old depot, where about 50 union members had been waiting since noon, chanting “no deal, no work.”', 'no deal, no work', 'about 50 union members'],
  ['guard: a "when" clause whose subject is no person leaves the participle to the sentence subject', 'Ada Brook left the hall when the vote ended, saying the result was “a disgrace.”', 'a disgrace', 'Ada Brook'],
  ['guard: an "as" clause leaves the participle to the sentence subject', 'Ivo Marek toured the pier as council officials watched, saying it was “beyond saving.”', 'beyond saving', 'Ivo Marek'],
  ['"even" before a described subject is no part of it (leading verb and colon)', 'Even the club captain said: “Nobody here wants another season of it.”', 'Nobody here wants', 'the club captain'],
  ['"even" before a described subject is no part of it (trailing verb)', '“Nobody here wants another season of it,” even the club captain said.', 'Nobody here wants', 'the club captain'],
  ['"even" before a described subject after an opening phrase, a participle after the verb', 'Amid calls for a change, even a senior harbour official said the plan must go, saying: “Nobody here wants another season of it.”', 'Nobody here wants', 'a senior harbour official'],
  ['"even" before a subject whose verb ends at the colon', 'Even the club captain spoke: “Nobody here wants another season of it.”', 'Nobody here wants', 'the club captain'],
  ['guard: "even" after the subject leaves it whole', 'The club captain even said: “Nobody here wants another season of it.”', 'Nobody here wants', 'The club captain'],
  ['guard: "even" before a name', 'Even Tom Baker said: “Nobody here wants another season of it.”', 'Nobody here wants', 'Tom Baker'],
  ['an opening prepositional phrase with no comma leaves the subject to the "the" phrase before the verb', 'In a joint statement the two firms said they wanted “fairer rules for buyers.”', 'fairer rules', 'the two firms'],
  ['an opening time phrase with no comma, the same', 'On Monday the harbour master said: “The pier stays shut until spring.”', 'The pier stays shut', 'the harbour master'],
  ['an opening time adverb with no comma, the same', 'Later the club captain said: “Nobody expected that result.”', 'Nobody expected', 'the club captain'],
  ['guard: with the comma the subject was already found', 'In Leeds, the harbour master said: “The pier stays shut until spring.”', 'The pier stays shut', 'the harbour master'],
  ['guard: a name after the opening phrase is found as before', 'In a statement Tom Baker said: “The pier stays shut until spring.”', 'The pier stays shut', 'Tom Baker'],
  ['a first name opening the sentence keeps a surname that is also a common word ("May")', 'Theresa May, the shadow minister for farming, said: “The plan is nowhere near enough.”', 'The plan is nowhere', 'Theresa May'],
  ['an honorific keeps a surname that is also a helper verb ("Mrs May said")', 'The vote was close. Mrs May said the plan was “nowhere near enough.”', 'nowhere near enough', 'Mrs May'],
  ['"Sir" with a given name is the knight introduced with that given name', 'Sir Ivo Marek said the groups had long memories. Later Sir Ivo said: “They know what happened last spring.”', 'They know what happened', 'Ivo Marek'],
  ['but "Mr" with a word is a surname', 'Ivo Marek and Tom Ivo met. Later Mr Ivo said: “They know what happened last spring.”', 'They know what happened', 'Tom Ivo'],
  ['a peer\'s title keeps the name; "of" and the place after it are the role', 'The vote was close. Lord Hale of Kelsford said the plan was “nowhere near enough.”', 'nowhere near enough', 'Lord Hale'],
  ['guard: "May" the month opening a phrase is no name', 'In May the harbour master said the plan was “nowhere near enough.”', 'nowhere near enough', 'the harbour master'],
  ['a speech verb opening the sentence names the described speaker after it, up to the colon', 'The survey was large. Said the county report: “Most adults now read the news on a phone.”', 'Most adults now read', 'the county report'],
  ['the same with a plain described speaker', 'The team lost again. Said the coach: “Nobody played well today.”', 'Nobody played well', 'the coach'],
  ['guard: a job title and a name after the opening verb', 'The team lost again. Said assistant coach Tom Baker: “Nobody played well today.”', 'Nobody played well', 'Tom Baker'],
  ['guard: an opening "Said to be …" names nobody', 'Said to be worth millions, the house had “a view of the sea.”', 'a view of the sea', null],
  ['a capitalised verb after a quote that ends its sentence opens the next sentence, no inverted attribution', 'Tom Baker said on Monday that “knocking on every door is how you win a ward.” Asked which Kelsford street he liked best, he laughed.', 'knocking on every door', 'Tom Baker'],
  ['guard: a lower-case verb after a question in marks is inverted', 'The council met. “Is the pier safe?” asked Tom Baker, the harbour master.', 'Is the pier safe', 'Tom Baker'],
  ['a colon clause longer than the words looked back at is not read from its middle: the sentence subject speaks', 'Tom Roe has long taken up the position common among older growers in the valley: “I hate the levy, but I pay it.”', 'I hate the levy', 'Tom Roe'],
  ['guard: a short colon clause gives its subject and verb', 'Ada Brook fired back at once: “I hate the levy, but I pay it.”', 'I hate the levy', 'Ada Brook'],
  ['a body before "and" in a title after the verb is no second speaker', '“We will look at it again,” said Arts and Heritage Secretary Nora Pike.', 'look at it again', 'Nora Pike'],
  ['a body before "and" in a title before the verb is no second speaker', 'Arts and Heritage Secretary Nora Pike said the museum would “stay open.”', 'stay open', 'Nora Pike'],
  ['"and" inside a clause with a helper verb before the subject joins no speakers', 'Tom Eliot picked the team. When asked if Ana Reyes and Tariq Okafor would play Eliot replied: “Probably both of them.”', 'Probably both', 'Tom Eliot'],
  ['a "who" clause after a whole clause is about the described person before its comma', 'In Kelsford, Hale sat through a long talk from the county surveyor, who said that the bypass had been good for “the town as well as the farms.”', 'the town as well', 'the county surveyor'],
  ['an abstract subject with an unlisted verb names no speaker', 'The regulation also requires “three separate visits” for every stall holder.', 'three separate visits', null],
  ['a participle right after the quote opens no speaker: the sentence subject spoke', 'Tom Hale spoke first. He welcomed the news that Ms. Dunmore had set out her views “not only in the Gazette but on the radio,” echoing some local critics who have suggested that she is cautious.', 'not only in the Gazette', 'Tom Hale'],
  ['after a quote ending its sentence, a modal verb reports nothing', 'Ada Brook spoke first. “We will not back down on the pier.” A quarter of the board can ask the full council to vote on it.', 'We will not back down', 'Ada Brook'],
  ['"states" before a period closes an attribution right after the quote', '“They know Ada Brook is the only one strong enough,” a voice-over in the advert states.', 'They know Ada Brook', 'a voice-over in the advert'],
  ['"state" before "in" closes an attribution right after the quote', '“Today the council is one of the leading bodies in the county,” the Kelsford councillors state in the report.', 'Today the council', 'the Kelsford councillors'],
  ['"states" after a number is a place, not a verb', 'The mayor said the scheme “covers farms in nine states.” It starts in May.', 'covers farms', 'The mayor'],
  ['a participle opening the sentence belongs to the subject after its clause', 'Acknowledging that the mayor “says a lot of silly things,” though, Tom Hale did suggest that the plan works.', 'says a lot of silly things', 'Tom Hale'],
  ['a name after a preposition of place stands for no "he"', 'On Tuesday, at a meeting in Sallow Bay, Tom Hale met growers.\n\nOne grower raised the water question. She asked Hale about the “two million” litres lost. He began by talking about his father.\n\n“Anyone been there?” he asked.', 'Anyone been there', 'Tom Hale'],
  ['a name closing an opening phrase is its object, not apposed to the subject', 'In an interview with Dan Pell, the Labour candidate said the toll was “unfair to farmers” and should go.', 'unfair to farmers', 'the Labour candidate'],
  ['a pair of names closing an opening phrase is its object', 'In a long talk with radio hosts Dan Pell and Mia Grant, the Labour candidate stated that the toll was “unfair to farmers.”', 'unfair to farmers', 'the Labour candidate'],
  ['a participle phrase ending in a name is no apposition either', 'Speaking to Dan Pell on Monday, the Labour candidate said the toll was “unfair to farmers.”', 'unfair to farmers', 'the Labour candidate'],
  ['a name after "what" in an object clause is still the subject', 'Ivo Marek guarded the votes in what Ada Brook, the party treasurer, called “a street fight.”', 'a street fight', 'Ada Brook'],
  ['a participle opening its sentence with no subject goes on with the speaker before', 'Later, Tom Hale said of the row that the audit “was not kind.” Adding, “Still, like every audit, it is never as bad as it reads.”', 'Still, like every audit', 'Tom Hale'],
  ['"is reported to have" passes the subject on to the verb after it', 'Councillor Tom Hale is reported to have described the ferry crews as “free riders” who lean on the county.', 'free riders', 'Tom Hale'],
  ['a participle and its "by" agent end a described subject: the thing passed on speaks', 'A March letter from the Kelsford Rowing Club obtained by The Wendshire Echo warns that “any further contact will be through our solicitor.”', 'any further contact', 'A March letter from the Kelsford Rowing Club'],
  ['the same after the quote', '“The slipway stays shut,” a note from the harbour master seen by the Echo said.', 'The slipway stays shut', 'a note from the harbour master'],
  ['two adjectives listed with a comma stay in one described speaker', '“We fixed the weir first,” the soft-spoken, 64-year-old engineer said on Friday.', 'We fixed the weir', 'the soft-spoken, 64-year-old engineer'],
  ['a description running into "known as" and a name is that name', '“Nobody told us to wait,” said the night manager known as Bert, who asked that his surname be kept out.', 'Nobody told us to wait', 'Bert'],
  ['"identified only as" names the speaker too', '“Nobody told us to wait,” said a ferry hand identified only as Bert.', 'Nobody told us to wait', 'Bert'],
  ['a verb right after a quote and before "that" names no speaker after it', 'The advert, titled “Builder?”, concludes that Hale is too reckless to lead.', 'Builder?', null],
  ['an irregular past verb ends a sentence subject before a participle after a comma', 'The harbour master sought to calm the crowd, and shrugged off a heckler with a smile, saying the man would "not be thrown out" of the hall.', 'not be thrown out', 'The harbour master'],
  ['a past verb and its object end a described subject before a participle', 'The county treasurer emailed the members saying: "The fight goes on" and vowing to run again.', 'The fight goes on', 'The county treasurer'],
  ['a past verb and its object end a lone determiner subject', 'Another showed three old photos telling "the story of the harbour."', 'the story of the harbour', 'Another'],
  ['a past verb and its object end a subject before "calling"', 'The ferry company sent the press a statement calling the report "a work of fiction."', 'a work of fiction', 'The ferry company'],
  ['a past verb and its object end a subject before an infinitive of speech', 'The mayor held a short meeting to say the pier was "beyond repair."', 'beyond repair', 'The mayor'],
  ['"went on" with a place after it is no speech verb', 'Ada Brook said that after the band went on stage, "the crowd went wild."', 'the crowd went wild', 'Ada Brook'],
  ['"goes on" with a noun after it is no speech verb', 'Sen. Ada Brook told the paper that when the Assembly goes on holiday, "I will be out knocking on doors."', 'knocking on doors', 'Ada Brook'],
  ['a time phrase after a plural noun does not make the noun a verb', 'A group of 40 local potters this week signed a short letter urging the town to "keep the kilns burning."', 'keep the kilns burning', 'A group of 40 local potters'],
  ['a time between a described subject and its past verb is no part of the subject', 'The county treasurer on Monday emailed the members saying: "The fight goes on."', 'The fight goes on', 'The county treasurer'],
  ['"in a statement" after a described speaker tells how it was said, not who said it', '“We will appeal,” said a harbour spokesman in a statement on Friday.', 'We will appeal', 'a harbour spokesman'],
  ['"at a press conference" following a described speaker ends it too', '“The pier is safe,” said the county engineer at a hastily called press conference.', 'The pier is safe', 'the county engineer'],
  ['a place after "in" stays in a described speaker', '“The pier is safe,” said an engineer in the harbour office.', 'The pier is safe', 'an engineer in the harbour office'],
  ['a comma-set "who" right after a name ending a passive clause is about that name', 'The charges were rejected by Home Secretary Ann Pike, who accused the opposition of "playing games" with the figures.', 'playing games', 'Ann Pike'],
  ['a comma-set "who" after "of" and a name is about the description, not the name', 'His friend Lord Tam Pell, the second son of former Duke Ivo of Arland, who said the job was "work, work, work" at the time.', 'work, work, work', 'the second son of former Duke Ivo of Arland'],
  ['a second determiner after "according to" and a noun opens the next clause', 'According to the county survey the scheme marked Kelsford out as "a model for the region".', 'a model for the region', 'the county survey'],
  ['a determiner after a preposition stays in a described speaker', '“We are ready,” said the head of the harbour union on Monday.', 'We are ready', 'the head of the harbour union'],
  ['the plural of a noun-like speech verb after a number and an adjective is the noun', 'The party chairman attacked the six new pledges as "meaningless" and left.', 'meaningless', 'The party chairman'],
  ['the plural of a noun-like speech verb after a past verb and its particle is the noun', 'The harbour master brushed aside warnings about the pier as "scaremongering".', 'scaremongering', 'The harbour master'],
  ['a plural subject keeps its plural speech verb', 'Local traders claim the new tolls are "daylight robbery".', 'daylight robbery', 'Local traders'],
  ['a capitalised job title with "of" after a name is the role, not the speaker', 'Earlier, Tom Reed, Chief Executive of Kelsford Water Trust, had said: "We are sorry for the delay."', 'We are sorry', 'Tom Reed'],
  ['a capitalised job title with "of" between the quote and the verb', '"We are sorry," Tom Reed, Director General of the Harbour Board, said.', 'We are sorry', 'Tom Reed'],
  ['a described speaker after the verb that ends in a person\'s name is that person', '"We are sorry," said the minister for harbour affairs Tom Reed.', 'We are sorry', 'Tom Reed'],
  ['a name after "of" in a described speaker leaves the description', '"We are sorry," said the wife of Tom Reed.', 'We are sorry', 'the wife of Tom Reed'],
  ['"in its review" after a described speaker tells where it was said', '"A bold game," wrote the influential Harbour magazine in its review.', 'A bold game', 'the influential Harbour magazine'],
  ['a "whose" clause set off by commas is an aside, not the speaker', 'Harbour Nights won again. The singer Ana Reyes, whose albums include Blue Harbour and Night Tide, said: "We loved it."', 'We loved it', 'Ana Reyes'],
  ['a title with a colon inside a "whose" aside goes on to the speaker', 'The award-winning singer Ana Reyes, whose albums include Night Tide: The Return, said: "We loved it."', 'We loved it', 'Ana Reyes'],
  ['a "who" before a verb is its clause\'s subject: the name after the verb is its object', 'The appeal failed. The lawyer who had represented Mr Tony Hale had argued the law was "tilted heavily" against the owner.', 'tilted heavily', 'The lawyer'],
  ['also with a colon', 'The doctor who treated Ada Brook said: "She will recover by spring."', 'She will recover', 'The doctor'],
  ['but a name right after "which" is that clause\'s subject', 'The tunnel, which Mayor Ivo Marek had called "a disgrace", opened on Monday.', 'a disgrace', 'Ivo Marek'],
  ['a "who" clause left open before the verb keeps the name before it, not the title after the verb', 'Ada Roe hosts a quiz on Kestrel Radio.\n\nMs Roe, who presents the Longest Round tells the magazine: "I sit on my hands."', 'I sit on my hands', 'Ada Roe'],
  ['"went on about" is still a speech verb', 'Ada Brook waved at the crowd, and as Ivo Marek went on about "the broken promises of the council," she left the hall.', 'the broken promises', 'Ivo Marek'],
];

describe('speaker constructions', () => {
  it.each(ROWS)('%s', (_rule, body, quoted, speaker) => {
    const quote = quoteHolding(body, quoted);
    expect(quote?.speaker).toBe(speaker);
  });

  it('a nickname in marks inside a name is no quote', () => {
    expect(quotesOf('Jane “Jojo” Roe carried a sign to the gate.').map((q) => q.text)).toEqual([]);
  });

  it('a label in marks inside a speaker aside is no speech', () => {
    const label = quotesOf('“The tide turned against us,” Tom Berg, holding a flag and a “Save the Pier” banner, said.').find((q) => q.text === 'Save the Pier');
    expect(label?.speaker).toBeNull();
  });

  it('a title in marks between two words that cannot open a name stays a quote', () => {
    expect(quotesOf('In “Harbour Nights” The hero sails at dawn.').map((q) => q.text)).toEqual(['Harbour Nights']);
  });
});
