// Speaker attribution rules, one invented sentence (or short story) each: no corpus text.
import { describe, expect, it } from 'vitest';
import { parseArticleText, isProblem } from '../../../src/ingest/parse.js';
import { extractQuotes } from '../../../src/extract/quotes.js';
import type { Quote } from '../../../src/model.js';

function quotesOf(body: string): Quote[] {
  const article = parseArticleText('story.txt', `Headline for the test\n\n${body}\n`);
  if (isProblem(article)) throw new Error(article.message);
  return extractQuotes(article);
}

/** [rule, body, the quote's words, expected speaker]: the first quote holding those words is checked. */
type Row = [rule: string, body: string, quoted: string, speaker: string | null];

const NAMED: Row[] = [
  ['a relative clause on a description that stands for the name before it', 'Ravi Shah spoke first. Shah, a Leeds native who writes songs in his spare time, has cast himself as a “data-savvy strategist.”', 'data-savvy strategist', 'Ravi Shah'],
  ['relative clause between name and verb', '“We will build it,” Ravi Shah, who has run the firm since 1990, said.', 'We will build it', 'Ravi Shah'],
  ['a quoted title inside a relative aside before the verb', 'Sam Okoro, a contestant on the quiz show “Brain Race,” who later drove a van for Ivan Holt, said the firm was “slow but fair.”', 'slow but fair', 'Sam Okoro'],
  ['a "that" relative inside the aside before the verb', 'Jason Marsh, the founder of the Free Coast Project that urges families to move to Cornwall, said the plan was “a gift.”', 'a gift', 'Jason Marsh'],
  ['relative clause then asides', '“It broke my heart,” Ines Vidal, who lost her shop in Leeds, England, in the 2015 flood, said.', 'broke my heart', 'Ines Vidal'],
  ['long appositive with a relative clause', 'Ruth Cole, a retired teacher who has lived on the estate for more than forty years and chairs the tenants group, said the lifts were “always broken”.', 'always broken', 'Ruth Cole'],
  ['party tag after the name', '“The bill is dead,” Rep. Anna Fields, D-Ohio, said.', 'The bill is dead', 'Anna Fields'],
  ['age and home town after the name', '“I came for the music,” Leo Park, 22, of Leeds, England, said.', 'I came for the music', 'Leo Park'],
  ['a quote closing on a comma ends the phrase before the name', 'Remarking on the mayor’s “fresh start,” Ivan Petrov said, “Fresh starts cost money.”', 'Fresh starts cost money.', 'Ivan Petrov'],
  ['an inverted verb set off by commas names the speaker after it, not the phrase before', 'The paradox of the mayor, says Carl Dunn, a historian at the city library, is that she was “the most powerful of them all.”', 'the most powerful of them all', 'Carl Dunn'],
  ['verb after a comma, speaker after the verb', 'Because of the delays, explained Nadia Bell, “the whole season was lost.”', 'the whole season was lost.', 'Nadia Bell'],
  ['subject after several opening phrases', 'Speaking in Bath, Somerset, Greg Lane attacked the plan, calling it “a waste of public money”.', 'a waste of public money', 'Greg Lane'],
  ['name and strong verb after a quote that ends its sentence', '“Is this really a priority?” Ana Ruiz said at a packed meeting of the parish council in the village hall on Monday.', 'Is this really a priority?', 'Ana Ruiz'],
  ['a participle clause (with a quote of its own) after the verb of a quote ending its sentence', '“Ivan Holt said it first,” Tom Eliot said. “Are you sure he is free?” Ada Brook remarked, alluding to the mayor’s much discussed “working holiday” in the sun last spring.', 'Are you sure he is free?', 'Ada Brook'],
  ['"X said he …" after a quote reports something new, not the quote', 'Both rivals spoke. “It is a sad day,” Ivo Marek told reporters in Hull. “This is the price of anger.” Gov. Ada Brook said she would have acted sooner if it had happened in her town.', 'This is the price of anger', 'Ivo Marek'],
  ['said X after a quote missing its comma', '"Our doors stay open for everyone" said Tom Eliot.', 'Our doors stay open for everyone', 'Tom Eliot'],
  ['", said X" after words following a partial quote', '“We are delighted” with the result, said Mona Reyes, head of the union.', 'We are delighted', 'Mona Reyes'],
  ['a verb inside a "that" clause is what is said, not who says it', 'Ivo Marek seized on the letter, arguing that it showed “clear intent” to mislead.', 'clear intent', 'Ivo Marek'],
  ['a described subject that ends in a long name keeps the whole name', 'A spokeswoman for the Harbour Board Water Safety Committee emailed reporters, arguing, “The text says nothing of the kind.”', 'The text says nothing', 'A spokeswoman for the Harbour Board Water Safety Committee'],
  ['a participle aside between subject and verb', '“The talks went well,” a Dutch diplomat, speaking on condition of anonymity, said.', 'The talks went well', 'a Dutch diplomat'],
  ['a one-word aside between subject and verb', 'The two engineers, however, argue that the bridge is “perfectly safe”.', 'perfectly safe', 'The two engineers'],
  ['"himself" between subject and verb', 'Ivo Marek himself admitted that the plan was “a long shot”.', 'a long shot', 'Ivo Marek'],
  ['a plural quantity opens a described speaker', 'Hundreds of striking nurses marched to the hospital, chanting “fair pay now”.', 'fair pay now', 'Hundreds of striking nurses'],
  ['"and a" joins two roles of one speaker', '“We are still in shock,” Lena Vogel, a chemistry teacher and a member of the school board, said.', 'We are still in shock', 'Lena Vogel'],
  ['an aside opened by "after"', '“It was the right call,” Omar Reid, after a long pause, said.', 'It was the right call', 'Omar Reid'],
  ['"shot back" is a speech verb', '“That is simply untrue,” Nora Blake shot back.', 'That is simply untrue', 'Nora Blake'],
  ['a name, then a prepositional phrase, then the verb', 'Carl Jansen at the time said the deal was “the best we could get”.', 'the best we could get', 'Carl Jansen'],
  ['a clause set off by commas between subject and verb', 'Mia Torres, when asked about the cuts, replied that they were “painful but necessary”.', 'painful but necessary', 'Mia Torres'],
  ['a party tag with its period', 'Sen. Paul Vance, R-Ky., told reporters the vote was “a foregone conclusion”.', 'a foregone conclusion', 'Paul Vance'],
  ['a descriptor before a sentence-opening name', 'Independent presidential candidate Sara Lind on Friday criticised the plan, saying it was “nowhere near enough”.', 'nowhere near enough', 'Sara Lind'],
  ['"state" as a noun is no speech verb', 'As the talks turned to disputes in states with long coastlines, Maria Lopez highlighted “the cost of doing nothing”.', 'the cost of doing nothing', 'Maria Lopez'],
  ['an adverb and a place before the subject are not its aside', 'Voters cheered Ada Brook. Later, at the town hall, Brook said the plan was “not good enough” and left.', 'not good enough', 'Ada Brook'],
  ['an appositive between the subject and an unlisted verb', 'Tariq Bose, co-founder of the Riverside Trust and a former engineer, welcomed “the first honest plan in years” on Monday.', 'the first honest plan in years', 'Tariq Bose'],
  ['a prepositional relative in an opening phrase leaves the name after it the subject', 'Talking to a radio host on Monday, during which she also spoke about her garden, Vera Holm remarked that the vote was “a real surprise” to her.', 'a real surprise', 'Vera Holm'],
  ['a dateline before the subject of a coordinated verb', 'BRISTOL — Councillor Ada Brook on Monday rejected the budget and said it was “a plan to fail”.', 'a plan to fail', 'Ada Brook'],
  ['a dateline with a county and an agency is no speaker', 'NEWTOWN, Powys (PA) — Owen Price toured the flood defences and said they were “holding up well”.', 'holding up well', 'Owen Price'],
  ['a place not in capitals with an agency in brackets is a dateline', 'Leeds (AFP) – Councillor Ada Brook has taken a swipe at the budget, saying that “cuts hurt the poor.”', 'cuts hurt the poor', 'Ada Brook'],
  ['a dated dateline, then an opening phrase, then the subject of a participle', 'LEEDS, Dec. 8 (UPI) — Faced with Ivan Holt’s wish to shut the old port and sell its land, Ada Brook’s right-hand woman gathered her allies, saying: “We must get there before he does.”', 'We must get there', 'Ada Brook’s right-hand woman'],
  ['a long job title between the quote and the name', '“You have earned every bit of it,” former county road safety policy chief Ola Berg wrote to the mayor.', 'You have earned every bit', 'Ola Berg'],
  ['a participle clause after the quote is no job title', 'The two councillors, however, argue that “the rules were broken,” citing a case in which Ivan Holt was found guilty.', 'the rules were broken', 'The two councillors'],
  ['a body and party before a first name describe the person', '“The figures do not add up,” Harbour Finance Democrat Mike Pollard said.', 'The figures do not add up', 'Mike Pollard'],
  ['a body before a first name and surname describes the person', '“The figures do not add up,” Harbour Board Chair Mike Pollard said.', 'The figures do not add up', 'Mike Pollard'],
  ['an "-ed" adjective right after the determiner is part of the described subject', 'The retired surgeon has given no details, saying only that he was “refining the plan.”', 'refining the plan', 'The retired surgeon'],
  ['"secretary of state" inside a described subject is no verb', '“We have done our part,” the secretary of state told the committee.', 'We have done our part', 'the secretary of state'],
  ['"and" joins two roles of one described speaker', 'The Green party leader and former secretary of state said the plan “clearly” needed more money.', 'clearly', 'The Green party leader and former secretary of state'],
  ['"and" joins two roles after the quote', '“We are ready,” the independent councillor and mayoral candidate told the radio station.', 'We are ready', 'the independent councillor and mayoral candidate'],
  ['the listener after "…,” telling" is no speaker', 'Jane Roe praised the budget as “bold,” telling Radio Leeds that it was overdue.', 'bold', 'Jane Roe'],
  ['a group of people named by a plural noun and "of"', 'Supporters of the new plan, however, say it would be “fair to all.”', 'fair to all', 'Supporters of the new plan'],
  ['a group of people named by an agent plural', 'Property developers describe such work as “a different game” entirely.', 'a different game', 'Property developers'],
  ['an aside between dashes before the verb', 'Jane Roe — a teacher from Leeds — says the new timetable was “a big deal.”', 'a big deal', 'Jane Roe'],
  ['an aside between double hyphens before the verb', 'A former party leader -- Ivo Marek, who lost the 2010 vote -- said the bill “changes nothing.”', 'changes nothing', 'Ivo Marek'],
  ['a misprinted opening mark after the quote\'s comma closes it', '“It is unusual,“ said Ola Berg, a lawyer. “It is a hard thing to do.”', 'It is unusual', 'Ola Berg'],
  ['a described speaker after the verb between two quotes speaks the second', '“It is a hard choice,” said a council spokesman, “because both roads need repair.”', 'because both roads need repair', 'a council spokesman'],
  ['a dash and a name after a quote sign it', '“We will not close the library.” -Michelle Dunn, Leeds.', 'We will not close the library', 'Michelle Dunn'],
  ['a paragraph of a dash and a name signs the quote ending the paragraph before', '“Nearly every new flat in the town is sold before it is built.”\n\n- Jane Roe.\n\nThe councillor is relying on an old survey.', 'Nearly every new flat', 'Jane Roe'],
  ['a dash and a name that a clause goes on from is no signature', '“We will win.” - Jane Roe then left the hall in a hurry.', 'We will win', null],
  ['the period of a party tag after the quote ends no sentence', '“Perpetual motion!” Rep. Glen Moss, R-Pa., said of the week.', 'Perpetual motion!', 'Glen Moss'],
  ['the period of a bracketed party tag after the quote ends no sentence', '“We will be back,” Sen. Ada Brook (D-Ore.) said on Friday.', 'We will be back', 'Ada Brook'],
  ['a bracket inside the appositive before an unlisted verb', 'Lina Berg, head of the regional water board (RWB), reacted coolly to the plan, “We will study it first.”', 'We will study it first', 'Lina Berg'],
  ['a weekday between a described name and its verb', 'Independent candidate Mara Quist on Saturday tweeted a picture of the bridge with the words "fix it now!" to her followers.', 'fix it now!', 'Mara Quist'],
  ['"less than two weeks ago" between a body and its verb', 'The Harbour Board less than two weeks ago said at last that the pier had suffered "grave" harm.', 'grave', 'Harbour Board'],
  ['a time right after a participle stays in the described subject', '“The claim is speculative,” the ruling released Friday said.', 'The claim is speculative', 'the ruling released Friday'],
  ['a name after "which" is the subject of an object relative clause', 'Voters liked the new tunnel, which Mayor Ivo Marek had called "a disaster for the town" last year.', 'a disaster for the town', 'Ivo Marek'],
  ['a name and a weekday after "who" in an object relative clause', 'Most of the anger was aimed at Ivan Holt, who Ada Brook on Wednesday called "a menace to the town."', 'a menace to the town', 'Ada Brook'],
  ['a described subject after "whom"', 'The mayor relies on Ivo Marek, whom one council insider described as “her right hand.”', 'her right hand', 'one council insider'],
  ['an object relative clause that closes before the quote does not report it', 'Ada Brook said the leaflet, which some have argued was meant to scare voters, was an “insult” to the town.', 'insult', 'Ada Brook'],
  ['a described subject ends at its "who" clause', 'A council official who spoke on condition of anonymity to discuss the budget said Wednesday, "There will be cuts."', 'There will be cuts.', 'A council official'],
  ['"remembered" after a quote is a speech verb', '"It was a strange day," remembered Tom Eliot, the former harbour master.', 'It was a strange day', 'Tom Eliot'],
  ['"reacted" after a quote is a speech verb', '"Who is paying for this?" reacted Ada Brook.', 'Who is paying for this?', 'Ada Brook'],
  ['"pointed out" is a speech verb with its particle', 'As the Valley Gazette’s Ola Berg pointed out in May, "the roads were never built."', 'the roads were never built', 'Ola Berg'],
  ['"as X puts it" introduces the quote', 'As the Gazette’s Ola Berg puts it, "nobody wanted the bridge."', 'nobody wanted the bridge', 'Ola Berg'],
  ['"states" after a preposition and before a comma is a noun', 'The plan has been met with doubt in many northern states, and it has used "soft words" in its dealings with farmers, said Nora Blake, an expert at the farm institute.', 'soft words', 'Nora Blake'],
  ['"states" before a comma after a quote is still a verb', '"Family leave," the handbook states, comes "after one year of work."', 'after one year of work', 'the handbook'],
  ['"Like X," opens no descriptor of the subject', 'Like Ivo Marek, Ada Brook also rejected the idea, arguing that there is "room for a deal" on the plan.', 'room for a deal', 'Ada Brook'],
  ['a name apposed to a described speaker after the verb is the speaker', '"It is about time we had a mayor like her," exhorted the mayor’s introducer, actress Jane Lee.', 'It is about time', 'Jane Lee'],
  ['a possessive name opens a described speaker after the verb', '"The pay is poor," said Marek’s deputy.', 'The pay is poor', 'Marek’s deputy'],
  ['a first name ending in "-ed" opens a sentence-initial name', 'Ted Norris, co-founder of the Harbour Institute, welcomed "the admission that our boats are too old to sail."', 'the admission that', 'Ted Norris'],
  ['a determiner standing alone is the subject of a speech verb', 'Members replied to the post. Another tweeted, “Marek thinks he is above the rules and the law.”', 'Marek thinks he is above', 'Another'],
  ['"Many said" reports what many said', 'Many said the plan was "a mess from start to finish."', 'a mess from start to finish', 'Many'],
  ['a determiner before a noun is no subject of its own', 'One noted historian called the plan "a folly of the first order."', 'a folly of the first order', 'One noted historian'],
  ['a quote opening its sentence after "X issued a statement" is that statement', 'The union issued a statement apologizing to Ivo Marek for the leaflets. “Speaking for all our members, we are truly sorry for any hurt.”', 'Speaking for all our members', 'The union'],
  ['a statement put out in the paragraph before', 'Mayor Ada Brook put out a short written statement on Monday.\n\n“We will rebuild the pier before the summer.”', 'We will rebuild the pier', 'Ada Brook'],
  ['releasing a report is no statement', 'The council released the report on Monday. “Nobody reads these,” one resident said later.', 'Nobody reads these', 'one resident'],
  ['a quoted title and the comma inside its marks close the role', 'Dana Wells, star of television’s “Harbour Nights,” thanked the mayor for “lighting the lanes behind the theatre.”', 'lighting the lanes', 'Dana Wells'],
  ['a capitalised "Tweeted" after the quote', '“Not the winner we backed, but a fair result!” Murphy, the head of the Harbour Fund, Tweeted on Friday.', 'Not the winner we backed', 'Murphy'],
  ['a share of people is a described speaker', 'About four in 10 local voters say that a good mayor is one who "listens to us."', 'listens to us', 'About four in 10 local voters'],
  ['a percentage is a described speaker', 'Asked about the ferry, 31 percent said “rarely” and 12 percent said “never in winter.”', 'never in winter', '12 percent'],
  ['a statement as the subject of a finite speech verb is the speaker the text gives', 'The club’s email said, “We are going to close the bar at the end of the month.”', 'We are going to close the bar', 'The club’s email'],
  ['a statement put out by someone, then a participle, leaves the speaker to the clause subject', 'Ada Brook put out a statement on Monday saying that the pier was “not safe for anyone.”', 'not safe for anyone', 'Ada Brook'],
  ['a participle aside between "Others" and the verb', 'Others, waiting for the keys and the council’s answer, shouted, "Open the pier today!"', 'Open the pier today!', 'Others'],
  ['a video "that said" speaks for whoever released it', 'To sell the flats, Ivo Marek released a glossy video that said, "Every home here comes with a view of the sea."', 'Every home here comes', 'Ivo Marek'],
  ['a piece "that noted" speaks for the paper that ran it', 'The Valley Gazette last week ran a piece that noted his "parking scheme would cost shop owners dearly."', 'parking scheme would cost', 'Valley Gazette'],
  ['a coordinated verb in an opening "when" clause shares its subject', 'When Ivo Marek later referred to the flood and said he would "protect our towns," the crowd applauded loudly.', 'protect our towns', 'Ivo Marek'],
  ['an indefinite pronoun is the speaker the text gives', 'Someone called it a "quiet revolution of the towns," and I agree.', 'quiet revolution of the towns', 'Someone'],
  ['a described subject ends before a helper verb', 'The timing looked so strange that a spokesman for the union could only quip: "Maybe the clock was wrong."', 'Maybe the clock was wrong', 'a spokesman for the union'],
  ['a name before a colon after a dash beats a weaker verb before the dash', 'Gardeners agree - Nina Osei: "Plant the beans after the last frost."', 'Plant the beans', 'Nina Osei'],
  ['past an earlier quote, a strong verb reported that one; the name before the later verb speaks the later quote', 'Both men issued statements, Ivo Marek saying he was “very encouraged” and Ada Brook calling it a “great meeting for the town.”', 'great meeting for the town', 'Ada Brook'],
  ['"a retort" after "a" and a modifier is a noun, not a verb', 'Ada Brook offered a Marek-style retort on the tweets, posting at him, "you are not just wrong, you are a liar."', 'you are not just wrong', 'Ada Brook'],
  ['"press" is no speech verb', 'Roe’s diary was delayed when the local press Harbour Books announced it would print a "frank diary" by Ada Brook.', 'frank diary', 'Harbour Books'],
  ['a possessive name not yet known opens a described subject', 'Marek’s campaign called the paper’s count a “hasty guess,” because votes can change.', 'hasty guess', 'Marek’s campaign'],
  ['a possessive whose mark stands alone opens a described subject', 'Nora Evans lost. Evans’ campaign called the result a “rush to judgment,” because votes can change.', 'rush to judgment', 'Evans’ campaign'],
  ['after a possessive name and a role, the name that follows is the speaker', '“We will appeal,” Marek’s campaign manager Jeff Holt said.', 'We will appeal', 'Jeff Holt'],
  ['a speech word after a possessive is a noun', 'Ada Brook looked unmoved by Evans’ comments on Tuesday, telling the crowd, “Half this town wants him gone.”', 'Half this town wants', 'Ada Brook'],
  ['"and" and a capitalised modifier join two roles of one described speaker', '"The river is a danger to all of us," the independent Leeds councillor and Green mayoral candidate told reporters.', 'The river is a danger', 'the independent Leeds councillor and Green mayoral candidate'],
  ['"and who" goes on with the relative clause of a described subject', 'Another tenant who rented on the estate and who asked to stay anonymous said he heard Ivo Marek talk of "clearing the lot."', 'clearing the lot', 'Another tenant'],
  ['a name before a noun for people is a modifier: the people speak', 'Ivo Marek lost. Marek supporters are crying "fraud in every county" and threatening to stay home.', 'fraud in every county', 'Marek supporters'],
  ['a name before an "-ers" verb is still the subject', 'Ada Brook refers to the mayor, who is her old friend, as “Mr. Marek of the Harbour Board,” in every speech.', 'Mr. Marek of the Harbour Board', 'Ada Brook'],
  ['"tweeted a warning." introduces the quote opening the next sentence', 'Ada Brook, a councillor who has made the river her cause, tweeted a warning. "Leeds: remember in May the members who voted against the flood wall."', 'remember in May', 'Ada Brook'],
  ['a name and "asks" after a question, before a participle clause with a quote of its own', '“Who can remember how many votes I have lost?” Ada Brook asks as a porter steps past her desk, saying he is “here to fix the lights.”', 'Who can remember', 'Ada Brook'],
  ['a verb that answers the quote before it does not report it', 'Early on, Ivo Marek attacked Brook, calling her “a failed candidate.” Brook fired back in March, attacking Marek for “the greed and the showing off.”', 'a failed candidate', 'Ivo Marek'],
  ['a noun for people with a preposition and a name opens a described subject', 'Attorneys for Ada Brook seemed to resist the request, saying in court papers that her diary was private and "belongs to her family alone."', 'belongs to her family alone', 'Attorneys for Ada Brook'],
  ['"lawyers for X" after the quote are the speakers, not X', '"We will appeal," lawyers for Ivo Marek said.', 'We will appeal', 'lawyers for Ivo Marek'],
  ['an "-s" verb with an object ends a described subject', 'The Harbour ad hits Ivo Marek for taking "more money from banks than from all of Leeds."', 'more money from banks', 'The Harbour ad'],
  ['an "-s" verb before "that" ends a described subject', 'The union projects that "a levy of a few pence per ticket" would raise millions.', 'a levy of a few pence', 'The union'],
  ['a plural noun right before its quote is no verb', 'The new plans “will not end the queues, though they help a little,” Ana Ruiz, head of the housing office, said.', 'will not end the queues', 'Ana Ruiz'],
  ['a preposition after the quote opens no descriptor of a speaker', 'The vote marks "a turning point" for the union, said Geert Vos, founder of the Harbour Party.', 'a turning point', 'Geert Vos'],
  ['"report" after a determiner and a modifier is a noun: the report speaks', '"Even the chair had been hacked," the congressional report said, referring to the memo.', 'Even the chair had been hacked', 'the congressional report'],
  ['"claim" after a determiner and a plural is still a verb', '"We want a vote," the Democrats claim in the letter.', 'We want a vote', 'Democrats'],
  ['a publication noun after a name names the publication', '"The Marek bus is already out of the depot," wrote Time magazine.', 'The Marek bus', 'Time magazine'],
  ['"riffed" is a speech verb', '"Save yourself the trouble - we are not moving," the Green mayoral nominee riffed on Monday.', 'Save yourself the trouble', 'the Green mayoral nominee'],
];

const CARRIED: Row[] = [
  ['a person closing the paragraph before goes on in a quote with no cue', 'Dora Finch praised the volunteers who rebuilt the pier.\n\n“Without them the town would have lost its heart.”', 'Without them the town', 'Dora Finch'],
  ['a subject in an earlier sentence is not carried', 'Dora Finch praised the volunteers. The pier reopened in May after two years.\n\n“Without them the town would have lost its heart.”', 'Without them the town', null],
  ['the subject of a subordinate clause is not carried', 'The council met on Friday, when Dora Finch praised the volunteers.\n\n“Without them the town would have lost its heart.”', 'Without them the town', null],
  ['a place closing the paragraph is not carried', 'Brighton voted to rebuild the pier.\n\n“Without it the town would have lost its heart.”', 'Without it the town', null],
];

const PRONOUNS: Row[] = [
  ['the pronoun stands for someone named before it, not before the quote', 'Anna Marsh spoke after the vote. She said Peter Gold had been “far too slow to act”.', 'far too slow to act', 'Anna Marsh'],
  ['a speaker with an appositive is who "he" stands for', 'Omar Haddad, a fisherman from the harbour, said the catch had fallen. The Port Authority disagreed with Hassan Ali about the figures.\n\n“Nobody listens to us,” he said.', 'Nobody listens to us', 'Omar Haddad'],
  ['a name after a preposition is no speaker', 'Clara Hughes went online to thank her team. “We did this together,” she wrote.', 'We did this together', 'Clara Hughes'],
  ['a person opening a sentence before an aside is its subject', 'Julia Stone, a nurse at the clinic, spoke at the meeting. The minutes were kept by Sarah Dent. “Staff are exhausted,” she said.', 'Staff are exhausted', 'Julia Stone'],
  ['a party tag in brackets does not hide the subject', 'Rep. Dan Moss (R-Texas) also addressed the crowd on Friday. “We will not back down,” he said.', 'We will not back down', 'Dan Moss'],
  ['an infinitive after an appositive object is not that object speaking', 'Paul Ames took his son, Leo, there on Sunday to explain the rules. He said: “It is a game of patience.”', 'It is a game of patience.', 'Paul Ames'],
  ['a surname with an aside before its verb is a subject', 'Tom Okafor runs the fund. Pia Lund chaired the debate. Okafor, the party treasurer, disputes the claim. “The books are clean,” he said.', 'The books are clean', 'Tom Okafor'],
  ['a lone name followed by "who" is a person', 'Pia Lund chaired the debate and thanked Okafor. Okafor, who joined the party in 2009, rejects the claim. “The books are clean,” he said.', 'The books are clean', 'Okafor'],
  ['a lone name followed by "which" is not a person', 'Pia Lund chaired the debate and praised Harwich. Harwich, which lost its ferry in 2019, wants it back. “The town needs it,” she said.', 'The town needs it', 'Pia Lund'],
  ['a place before a job title and a name only describes the person', 'Pia Lund chaired the debate. Then Kent councillor Tom Okafor, the party treasurer, disputed the claim. “The books are clean,” he said.', 'The books are clean', 'Tom Okafor'],
  ['a list of places opens no aside', 'Tom Okafor toured the coast. He saw Dover, the white cliffs, and the port of Harwich, which is losing its ferry. “We must save it,” he said.', 'We must save it', 'Tom Okafor'],
  ['a surname shared by two people resolves to the one of the pronoun\'s gender', 'Tom Vance opened the rally. His daughter, Emma Vance, spoke first. Max Hale thanked the volunteers.\n\nVance then attacked the budget. “It is a disgrace,” he said.', 'It is a disgrace', 'Tom Vance'],
  ['"he" in running text carries its person to the next quote', 'Karl Weber opened the session at nine.\n\nHe thanked the volunteers and praised the work of the Harbour Trust.\n\n“We could not do this without them,” he said.', 'We could not do this without them', 'Karl Weber'],
  ['a person described by a body and a party is a subject for "he"', '“We will win,” Jake Sorensen said.\n\nCity Finance Democrat Mike Pollard (D-Ohio), who has read the files, agreed with that point.\n\n“The risk is real,” he said.', 'The risk is real', 'Mike Pollard'],
  ['a name after "the" modifies a noun and is no subject for "she"', 'Opera star Ada Brook remembered the late tenor fondly. She saw the Ivan Holt-Omar Reid duet at the Royal Hall in 1980.\n\n“He always sang to the back row,” she said.', 'He always sang to the back row', 'Ada Brook'],
  ['"it" stands for an organisation named as a sentence subject', 'Harbour Water Corp raised its prices in May. In a statement, it said the rise was “unavoidable after a hard winter”.', 'unavoidable after a hard winter', 'Harbour Water Corp'],
  ['"it" stands for a described organisation opening a sentence', 'Roe’s campaign quickly backtracked on Monday. On the tax plan, it said, “nothing has changed.”', 'nothing has changed', 'Roe’s campaign'],
  ['"it" stands for the source after "according to"', 'Floods are rising, according to the Coastal Research Institute, which tracks sea levels. It said, “The next decade will be the wettest on record.”', 'The next decade will be', 'Coastal Research Institute'],
  ['"they" does not stand for one organisation named before', 'Harbour Water Corp raised its prices in May. Residents marched in protest. They chanted, “Water is a right.”', 'Water is a right', 'Residents'],
  ['an opening adverb before the subject of a participle', 'Ivan Holt spoke first. Then he turned on Dale, calling him “a spoiled child.”', 'a spoiled child', 'Ivan Holt'],
  ['two opening adverbs before the subject of a participle', 'Ivan Holt spoke first. And then Holt went fully on the attack, saying, “The plan is a fraud.”', 'The plan is a fraud', 'Ivan Holt'],
  ['an opening adverb before a time phrase: the subject after the comma', 'Jane Roe spoke first. But a few days later, the board reversed course, calling the plan “too costly.”', 'too costly', 'the board'],
  ['a pronoun after "in which" is the subject of the verb', 'Ivan Holt gave a speech in Leeds in which he pledged that he would be “a friend to the town.”', 'a friend to the town', 'Ivan Holt'],
  ['a pronoun after ", which" is the subject of the verb, not "which"', 'Jane Roe praised the plan, which she described as “a fine start.”', 'a fine start', 'Jane Roe'],
  ['a pronoun after an adverb is the subject of the verb', 'Ivo Marek has kept quiet on the vote. And online he has criticized her aides as “way off key.”', 'way off key', 'Ivo Marek'],
  ['"said he hopes": the one who said speaks, not the pronoun after the verb', 'Tom Eliot spoke first. The longtime senator said he hopes the bill is “dead on arrival.”', 'dead on arrival', 'The longtime senator'],
  ['a name after "around" is a place, no subject for "she"', 'Making her way around Café Lumen, Ada Brook and two aides, thanked a diner for her vote. She says, “Come and see us on polling day.”', 'Come and see us on polling day', 'Ada Brook'],
  ['a place after "says" that a verb follows is no speaker for "he"', 'Omar Reid, a transport expert at the Harbour Institute, says Leeds is the worst place to drive. “I do think it has to change,” he said.', 'I do think it has to change', 'Omar Reid'],
  ['the article\'s own "he" tells the gender of a first name that does not', 'Kim Lowe asked about the school. Robin Ames said he would reply soon.\n\n“We need answers now,” she said.', 'We need answers now', 'Kim Lowe'],
  ['a tie of pronoun evidence tells nothing', 'Kim Lowe asked about the school. Robin Ames said he would reply. Ames thanked her for asking.\n\n“We need answers now,” she said.', 'We need answers now', 'Robin Ames'],
];

describe('named speakers', () => {
  it.each(NAMED)('%s', (_rule, body, quoted, speaker) => {
    const quote = quotesOf(body).find((q) => q.text.includes(quoted));
    expect(quote?.speaker).toBe(speaker);
  });
});

describe('a speaker carried to the next paragraph', () => {
  it.each(CARRIED)('%s', (_rule, body, quoted, speaker) => {
    const quote = quotesOf(body).find((q) => q.text.includes(quoted));
    expect(quote?.speaker).toBe(speaker);
  });
});

describe('pronoun speakers', () => {
  it.each(PRONOUNS)('%s', (_rule, body, quoted, speaker) => {
    const quote = quotesOf(body).find((q) => q.text.includes(quoted));
    expect(quote?.speaker).toBe(speaker);
  });
});
