// What a figure counts (issue 5, context accuracy): one sentence per rule of src/extract/figure-context.ts and
// its neighbours, written for this test. Each row: sentence, the figure's text, a pattern its context must match.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/extract/figures.js';
import { isProblem, parseArticleText } from '../../../src/ingest/parse.js';
import type { Figure } from '../../../src/model.js';

function figuresOf(sentence: string): Figure[] {
  const article = parseArticleText('case.txt', `Headline\n\n${sentence}\n`);
  if (isProblem(article)) throw new Error(article.message);
  return extractFigures(article);
}

function contextOf(sentence: string, text: string): string | null {
  const figure = figuresOf(sentence).find((f) => f.text === text);
  expect(figure, `${text} in: ${sentence}`).toBeDefined();
  return figure?.context ?? null;
}

const cases: Array<[rule: string, sentence: string, text: string, pattern: RegExp]> = [
  ['a duration counts the event of its clause', 'The family has farmed the valley for 40 years.', '40 years', /^years the family has farmed the valley$/],
  ['a duration keeps a phrase that places it', 'The warden retired in May after nine years in the job.', 'nine years', /^years .*in the job$/],
  ['a duration placed by "prior to"', 'In the three years prior to the audit, four complaints were made.', 'three years', /^years prior to the audit$/],
  ['a duration placed by "since"', 'Fares have doubled in the ten years since the franchise began.', 'ten years', /since the franchise began$/],
  ['a duration in a relative clause starts after "who"', 'Mr Hale, a baker who has worked in the town for a dozen years, spoke.', 'a dozen years', /^years has worked in the town$/],
  ['a frequency counts the event of its clause', 'The bridge was repainted 6 times last year.', '6', /^times the bridge was repainted last year$/],
  ['a clause in quoted speech leaves out the quote mark', '“We have painted the fence 3 times this year,” she said.', '3', /^times we have painted the fence this year$/],
  ['a cut clause ends on a word of its own', 'Staff were given a long and confusing list of new rules for 3 years.', '3 years', /^years staff were given a long and confusing list$/],
  ['a frequency per period', 'She said she swims 4 times a week.', '4', /^times she swims a week$/],
  ['a multiplier is no frequency', 'The new hall is three times the size of the old one.', 'three', /^(?!times the new hall)/],
  ['a part counts what its whole counts', 'The Greens hold 12 of the 40 seats.', '12', /^seats$/],
  ['a sum spent on something', 'The trust spent £400,000 on new beds.', '£400,000', /^spent on new beds$/],
  ['a purpose that ends in a time is said once', 'The council said it would pay £3m for the road repairs this year.', '£3m', /^paid for the road repairs this year$/],
  ['a sum paid towards something, with the participle of its verb', 'The builder will pay £2m towards a new clinic.', '£2m', /^paid towards a new clinic$/],
  ['a sum in a place, with no verb, keeps its subject', 'Sales rose to £5m in Spain.', '£5m', /^sales$/],
  ['a sum that is the subject of a verb', 'A sum of £3m is earmarked for repairs.', '£3m', /^earmarked for repairs$/],
  ['a company name with an ampersand stays whole', 'Shares in Pike & Sons fell 20p.', '20p', /^fall in shares in Pike & Sons$/],
  ['an initialism stays whole', 'The chain will open nine new U.K. branches.', 'nine', /^new U\.K\. branches$/],
  ['a comparison with "over"', 'The project ran 30% over budget.', '30%', /over budget$/],
  ['a comparison with "than"', 'Output was 12% higher than in 2019.', '12%', /^output was higher than in 2019$/],
  ['a comparison ends at the next figure', 'Output was 12% higher than in 2019 and 5% more than in 2018.', '12%', /^output was higher than in 2019$/],
  ['a change noun is what is counted', 'Growth was 1.2% in the spring.', '1.2%', /^growth in the spring$/],
  ['a change noun after a noun', 'A price rise of 4% hit shoppers.', '4%', /^price rise$/],
  ['a base-form change verb is skipped', 'Exports would reach 4% this year but fall to 3% next year.', '3%', /^exports next year$/],
  ['an aside between dashes is stepped over', 'Repair rates - the share of calls fixed in a day - stand at 70%.', '70%', /^repair rates$/],
  ['"the gap between A and B" stays whole', 'The gap between imports and exports hit a record of £2bn.', '£2bn', /^gap between imports and exports$/],
  ['"cost of" stays in the phrase, on both ends of a change', 'The cost of the new bridge has risen from £8m to £11m.', '£8m', /^cost of the new bridge$/],
  ['"cost of" on the new end of a change', 'The cost of the new bridge has risen from £8m to £11m.', '£11m', /^cost of the new bridge$/],
  ['a noun after the figure that is a verb elsewhere', 'Inflation beat the 2% forecast.', '2%', /^forecast$/],
  ['a change continued by an -ing verb', 'The survey put growth at 3% this year, slipping to 2% next year.', '2%', /^growth next year$/],
  ['a measure counts the event of its clause', 'The council plans to buy 300 acres.', '300 acres', /^acres the council plans to buy$/],
  ['a measure before "-long" counts the noun after it', 'They built a 300-metre-long pier.', '300-metre', /^pier$/],
  ['an age after "whose" names its owner', 'Maria Lopez, whose 9-year-old son attends the school, spoke.', '9-year-old', /^Maria Lopez's son$/],
  ['a bare age names the person before it', 'The club signed striker Tom Reed, and the 19-year-old scored twice.', '19-year-old', /Tom Reed$/],
  ['"when he was 8" names the person noun before it', 'She took her son to a match when he was 8.', '8', /^son$/],
  ['"aged over 70" names the noun before it', 'The survey asked 900 residents aged over 70.', 'over 70', /^residents$/],
  ['a place phrase narrows the noun', 'The panel includes two members for the Eastfield ward.', 'two', /^members for the Eastfield ward$/],
  ['a relative clause narrows the noun', 'A third of the people who use the bus are students.', 'A third', /^people who use the bus$/],
  ['the new end of a change takes the noun of the old end', 'The team was cut from eight posts to six in 2021.', 'six', /^posts in 2021$/],
  ['"a further N" counts what the earlier count names', 'Inspectors closed 20 cafes and warned a further 15.', '15', /^cafes$/],
  ['a clause with "which" after the figure', 'Sales fell short of the 4% which analysts had expected.', '4%', /^which analysts had expected$/],
  ['"the number of" after the figure', 'That took to 30 the number of shops that have closed.', '30', /^shops that have closed$/],
  ['a change verb before a noun is an adjective', 'The unit employs 10 advanced nurse practitioners.', '10', /^advanced nurse practitioners$/],
  ['"aged" and a figure end the noun', 'The club has 640 members aged 8 to 18.', '640', /^members$/],
  ['"priced at" and a sum end the noun', 'The builder will sell 90 flats priced at £210,000 each.', '90', /^flats$/],
  ['a year dates the event its verb names', 'The pool, which has 40 lanes, was last refurbished in 2009.', '2009', /^last refurbished$/],
  ['a bare verb before a year keeps what it was said of', 'The town hall was built in 1884.', '1884', /^town hall built$/],
  ['a clause cut short drops the preposition it ends on', 'The agency failed to act on repeated warnings from staff and parents for almost three years.', 'almost three years', /warnings$/],
  ['a clause ending on its preposition drops it', 'Our striker crossed for Jones to equalise on 61 minutes.', '61 minutes', /equalise$/],
  ['a sentence-initial capital of a common word is lowered', 'Attendance was 31.2 per cent.', '31.2 per cent', /^attendance$/],
  ['a common word lowered where it stands inside the context', 'Shares in Tolley Mills fell 6 per cent.', '6 per cent', /^fall in shares in Tolley Mills$/],
  ['a people\'s adjective keeps its capital at a sentence start', 'British exporters earned £90m last year.', '£90m', /^British exporters last year$/],
  ['a name the article writes mid-sentence keeps its capital', 'Marlowe sales were £4m, and analysts said Marlowe had done well.', '£4m', /^Marlowe sales$/],
  ['a name that owns something elsewhere keeps its capital', 'Greens won 9 seats. Greens have 14. The Greens’ leader spoke.', '14', /^Greens$/],
  ['"down by N" is the size of a fall', 'A wet summer pushed the café’s takings down by 9 per cent.', '9 per cent', /^fall in café’s takings$/],
  ['a figure after "rose" is the size of a rise', 'Ticket sales rose 14% last year.', '14%', /^rise in ticket sales last year$/],
  ['a figure after "grew" is growth', 'The county’s economy grew 3% in 2023.', '3%', /^growth in county’s economy in 2023$/],
  ['a direction after the figure makes it the size of a change', 'Shares in the brewer ended 3.5% lower at 212p.', '3.5%', /^fall in shares in the brewer$/],
  ['a year after "cuts by" dates the change', 'The plan would bring £5m of library cuts by 2027.', '2027', /^(?!fall)/],
  ['a sum after "cut" is what was cut, no fall', 'The mill cut £2m from its budget.', '£2m', /^(?!fall)/],
  ['a bare count after a phrasal "up" is no rise', 'The audit flagged up eight "serious" faults.', 'eight', /^(?!rise)/],
  ['a money verb in base form reads as its participle', 'The club will borrow £500,000 and take £1m from its savings.', '£1m', /^taken from its savings$/],
  ['a money verb the subject search took for a noun', 'The club will borrow £500,000 and take £1m from its savings.', '£500,000', /^borrowed by club$/],
  ['the noun between "cost" and a sum is who pays it', 'The night buses cost the county £800,000 a year to run.', '£800,000', /^cost to the county a year$/],
  ['a comparison keeps the verb of its subject', 'The new pool will cost £1.2m more than planned.', '£1.2m', /^new pool will cost more than planned$/],
  ['what happened to the things counted, in a passive', 'Only 58 per cent of calls were answered within a minute.', '58 per cent', /^calls answered within a minute$/],
  ['a negated passive keeps its "not"', 'About 40 complaints were not answered.', 'About 40', /^complaints not answered$/],
  ['a long passive result keeps its participle alone', 'Some 70 trees were felled along the old railway line by the park.', 'Some 70', /^trees felled$/],
  ['a passive denied by "none of" is no result for the figure', 'None of its nine branches in Wendshire will be sold.', 'nine', /^branches in Wendshire$/],
  ['an active perfect is no passive result', 'The 12 stalls have opened again.', '12', /^stalls$/],
  ['where part of a sum came from', 'Around £30,000 of the cost came from a village appeal.', 'Around £30,000', /^cost came from a village appeal$/],
  ['an irregular past after a noun ends it', 'The 31-year-old keeper rose highest at the far post.', '31-year-old', /^keeper$/],
];

describe('what a figure counts (context rules)', () => {
  it.each(cases)('%s', (_rule, sentence, text, pattern) => {
    expect(contextOf(sentence, text)).toMatch(pattern);
  });

  it.each(['the end of March 2016', 'the start of June 2024'])('a date in "%s" is not "of" the position word', (phrase) => {
    const sentence = `Waiting lists had reached 1,200 by ${phrase}.`;
    const date = figuresOf(sentence).find((f) => f.kind === 'date');
    expect(date, sentence).toBeDefined();
    expect(['end', 'start']).not.toContain(date?.context);
  });

  it('links "from eight posts to six" as a change', () => {
    const figures = figuresOf('The team was cut from eight posts to six in 2021.');
    const six = figures.findIndex((f) => f.text === 'six');
    expect(figures[six]?.changeFrom).toBe(figures.findIndex((f) => f.text === 'eight'));
  });
});
