import { describe, expect, it } from 'vitest';
import { MAX_FIGURES_PER_ARTICLE, extractFigures, listedFigures, rankFigures } from '../../../src/extract/figures.js';
import { isProblem, parseArticleText } from '../../../src/ingest/parse.js';
import type { Figure } from '../../../src/model.js';

function figuresOf(text: string): Figure[] {
  const article = parseArticleText('case.txt', text);
  if (isProblem(article)) throw new Error(article.message);
  return extractFigures(article);
}

/** Figures that claim to be quantities (kind "other" marks non-quantities). */
function quantities(text: string): Figure[] {
  return figuresOf(text).filter((f) => f.kind !== 'other');
}

describe('surface forms', () => {
  it.each<[string, Array<Partial<Figure>>]>([
    ['The charity helped 7,319 families last winter.', [{ text: '7,319', value: 7319, unit: 'count', kind: 'count' }]],
    ['Prices rose by 1.5 per cent.', [{ text: '1.5 per cent', value: 1.5, unit: 'percent', kind: 'percent' }]],
    ['Turnout fell 12% overall.', [{ text: '12%', value: 12, unit: 'percent' }]],
    ['The fund grew 4.1pc this year.', [{ text: '4.1pc', value: 4.1, unit: 'percent' }]],
    ['Fees went up by 6 percent.', [{ text: '6 percent', value: 6, unit: 'percent' }]],
    ['Rates went up 0.25 percentage points.', [{ value: 0.25, unit: 'percent', measure: 'percentage points' }]],
    ['The club paid £9.2m for the striker.', [{ text: '£9.2m', value: 9200000, unit: 'GBP', kind: 'money' }]],
    ['The club paid £9.2million for the striker.', [{ text: '£9.2million', value: 9200000, unit: 'GBP' }]],
    ['The group reported revenue of $10.9bn.', [{ text: '$10.9bn', value: 10.9e9, unit: 'USD' }]],
    ['Brussels pledged €3 billion in aid.', [{ text: '€3 billion', value: 3e9, unit: 'EUR' }]],
    ['Brussels pledged three billion euros in aid.', [{ text: 'three billion euros', value: 3e9, unit: 'EUR' }]],
    ['The grant was US$5m.', [{ value: 5e6, unit: 'USD' }]],
    ['A loaf now costs 40p more.', [{ text: '40p', value: 0.4, unit: 'GBP' }]],
    ['The bond pays 75 cents a share.', [{ value: 0.75, unit: 'USD' }]],
    ['The airline has twenty-one aircraft.', [{ text: 'twenty-one', value: 21, unit: 'count' }]],
    ['Inspectors raised seven serious incident notifications.', [{ text: 'seven', value: 7 }]],
    ['Seven councils objected.', [{ text: 'Seven', value: 7 }]],
    ['The hall seats two hundred and fifty people.', [{ value: 250 }]],
    ['The bakery sold a dozen loaves.', [{ text: 'a dozen', value: 12 }]],
    ['Half a million people signed.', [{ value: 500000, unit: 'count' }]],
    ['Hundreds of protesters gathered outside.', [{ value: 100, approx: 'hundreds of' }]],
    ['Tens of thousands of fans came.', [{ value: 10000, approx: 'tens of thousands of' }]],
    ['About a third of the budget went on roads.', [{ value: 1 / 3, unit: 'other', kind: 'ratio', approx: 'about' }]],
    ['Half of the staff work from home.', [{ value: 0.5, kind: 'ratio' }]],
    ['Two-thirds of voters backed the plan.', [{ value: 2 / 3, kind: 'ratio' }]],
    ['One in five pupils walks to school.', [{ text: 'One in five', value: 0.2, kind: 'ratio' }]],
    ['Each bid ran to between 5 and 10 pages.', [{ kind: 'range', value: 5, high: 10 }]],
    ['The route takes 5-10 minutes.', [{ kind: 'range', value: 5, high: 10, unit: 'duration' }]],
    ['The repairs will cost £5-10m.', [{ kind: 'range', value: 5e6, high: 10e6, unit: 'GBP' }]],
    ['The 34-year-old was arrested.', [{ text: '34-year-old', value: 34, unit: 'age', kind: 'age' }]],
    ['Ann Lee, 52, runs the shop.', [{ value: 52, unit: 'age' }]],
    ['Volunteers aged 70 helped.', [{ value: 70, unit: 'age' }]],
    ['The school was last inspected in 2011.', [{ text: '2011', value: 2011, unit: 'year', kind: 'year' }]],
    ['The market opened on 5 March 2016.', [{ text: '5 March 2016', value: 2016, kind: 'date' }]],
    ['Accounts for 2004-05 were late.', [{ value: 2004, high: 2005, kind: 'year' }]],
    ['Rents soared in the 1990s.', [{ value: 1990, unit: 'year', measure: 'decade' }]],
    ['The works will take three years.', [{ text: 'three years', value: 3, unit: 'duration', measure: 'years' }]],
    ['The lorry carried 25 tonnes of grain.', [{ value: 25, unit: 'other', measure: 'tonnes' }]],
    ['The course lasts two and a half years.', [{ value: 2.5, unit: 'duration' }]],
    ['Repairs to the weir took two-and-a-half years in all.', [{ text: 'two-and-a-half years', value: 2.5, unit: 'duration' }]],
    ['Inflation was −0.3% in April.', [{ value: -0.3, unit: 'percent' }]],
    ['The rupee closed at 43.3 to the dollar.', [{ value: 43.3, kind: 'ratio', measure: 'per dollar' }]],
    ['The firm is the region’s second-largest employer.', [{ value: 2, kind: 'rank' }]],
    ['The song reached No 1 in the charts.', [{ value: 1, kind: 'rank' }]],
    ['The club marked its 125th season.', [{ value: 125, kind: 'rank' }]],
    ['The village has ٣٤ families.', [{ value: 34, unit: 'count' }]],
    ['Donations reached 10\u00a0000 meals.', [{ value: 10000 }]],
  ])('%s', (sentence, expected) => {
    const found = quantities(sentence);
    expect(found).toHaveLength(expected.length);
    expected.forEach((partial, i) => {
      const { value, high, ...rest } = partial;
      expect(found[i]).toMatchObject(rest);
      if (value !== undefined) expect(found[i]?.value).toBeCloseTo(value as number, 6);
      if (high !== undefined) expect(found[i]?.high).toBeCloseTo(high as number, 6);
    });
  });
});

describe('hedges', () => {
  it.each([
    ['The firm employs nearly 500 people.', 'nearly'],
    ['More than 2,000 jobs will go.', 'more than'],
    ['At least 40 homes were flooded.', 'at least'],
    ['Up to 300 staff could be affected.', 'up to'],
    ['The estate covers about 12 acres.', 'about'],
    ['The bill came to just under £4m.', 'just under'],
  ])('%s → %s', (sentence, approx) => {
    const [figure] = quantities(sentence);
    expect(figure?.approx).toBe(approx);
    expect(sentence.slice(figure?.start, figure?.end).toLowerCase().startsWith(approx)).toBe(true);
  });
});

describe('not figures', () => {
  it.each([
    'Call 0800 123 4567 for advice.',
    'Ring +44 20 7946 0000 today.',
    'Call 555-123-4567 now.',
    'The meeting starts at 10:30.',
    'Doors open at 7pm.',
    'The train leaves at 10.30am.',
    'Under section 4 of the act, tenants may appeal.',
    'See clause 12 for details.',
    'The update is version 4.2.1 today.',
    'The G8 summit ended.',
    'Formula 1 returns to the track.',
    'FTSE 100 shares fell.',
    'They watched Channel 4 all night.',
    'The Airbus A380 landed.',
    'Visit www.example.org/2024/report for more.',
    'Read https://example.org/news/2024/05/17/story-123 now.',
    'Email press2024@example.org for more.',
    'The postcode is GL1 2TG.',
    'It happened on 5 March.',
    'The 21st century began.',
    'He scored in the 84th minute.',
    'Sales of 3G phones rose.',
    'He joins the Six Nations squad.',
    'They signed the Two Sisters Food Group deal.',
    'The visitors won 3-1 on the night.',
    'She was one of the winners.',
    'Constructor toString hasOwnProperty valueOf.',
    'Ministers met at 10 Downing Street on Monday.',
    'The band recorded at 3 Abbey Road.',
    'Police were called to 14 Upper Mill Lane.',
    'Her son is in Year 8 at the academy.',
    'Pupils in Year 11 sit their exams in May.',
  ])('%s', (sentence) => {
    expect(quantities(sentence)).toEqual([]);
  });

  it.each(['12 High Court judges ruled against it.', 'Some 5 Labour councillors resigned.'])('still counts: %s', (sentence) => {
    expect(quantities(sentence)).toHaveLength(1);
  });
});

describe('changes', () => {
  it('links both ends of "rose from A to B"', () => {
    const found = quantities('Admissions rose from 6,062 to 7,319.');
    expect(found.map((f) => f.value)).toEqual([6062, 7319]);
    expect(found[1]).toMatchObject({ changeFrom: 0, direction: 'up' });
    expect(found[0]?.changeFrom).toBeNull();
  });

  it('links "B, up from A" and "B – an increase from A"', () => {
    for (const sentence of ['Output was 7,319 tonnes, up from 6,062 tonnes.', 'Output was 7,319 – a steep increase from 6,062 last year.']) {
      const found = quantities(sentence);
      expect(found[0]?.changeFrom).toBe(1);
      expect(found[0]?.direction).toBe('up');
    }
  });

  it('marks the direction of "up 12%" and "a 5% fall"', () => {
    expect(quantities('Sales were up 12% on the year.')[0]?.direction).toBe('up');
    expect(quantities('The shares suffered a 5% fall.')[0]?.direction).toBe('down');
    expect(quantities('The hall seats 300 people.')[0]?.direction).toBeNull();
  });

  it('gives a bare old end the unit of the change: "77m euros, up from 38m"', () => {
    const found = quantities('Profit was 77m euros, up from 38m.');
    expect(found.map((f) => [f.value, f.unit])).toEqual([[77e6, 'EUR'], [38e6, 'EUR']]);
    expect(found[0]?.changeFrom).toBe(1);
  });

  it('does not link "made from" to an earlier count', () => {
    const found = quantities('Three weavers made it from 2,000 pieces.');
    expect(found.every((f) => f.changeFrom === null)).toBe(true);
  });
});

describe('what a figure counts', () => {
  it.each([
    ['The number of children requiring help by the end of June was 812.', '812', /^children requiring help by the end of June$/],
    ['Profits at the brewer rose 8% to £40m.', '8%', /^rise in profits at the brewer$/],
    ['Profits at the brewer rose 8% to £40m.', '£40m', /^profits at the brewer$/],
    ['The council employs 4,200 staff.', '4,200', /^staff$/],
    ['A fifth of the money went on roads.', 'A fifth', /money/],
    ['The firm reported a pre-tax profit of £75m.', '£75m', /^pre-tax profit$/],
    ['The charity spent £2m (€2.3m) on new shelters.', '€2.3m', /new shelters/],
    ['Sales in the third quarter were £6m.', '£6m', /^sales$/],
    ['The library holds 20,000 books, maps and old, rare and fragile prints.', '20,000', /books/],
  ])('%s → %s counts %s', (sentence, text, pattern) => {
    const figure = figuresOf(sentence).find((f) => f.text === text);
    expect(figure?.context).toMatch(pattern);
  });
});

describe('positions', () => {
  it('gives file offsets, lines and columns that point at the figure', () => {
    const text = 'Headline here\n\nFirst line of the body.\nA second paragraph line says 42 things.\n';
    const [figure] = figuresOf(text);
    expect(text.slice(figure?.start, figure?.end)).toBe('42');
    expect(figure).toMatchObject({ line: 4, column: 30 });
  });
});

describe('rankFigures', () => {
  const story = [
    'Council cuts 220 jobs',
    '',
    'Westcombe council will cut 220 jobs and save £6.2m, it said on Monday.',
    '',
    'The plan was first drawn up in 2019 and runs for three years.',
    '',
    'Union leaders said 40 members had already left, about 5% of the total.',
  ].join('\n');

  it('puts lead, money and headline figures first; never kind "other"', () => {
    const article = parseArticleText('story.txt', story);
    if (isProblem(article)) throw new Error(article.message);
    const figures = extractFigures(article);
    const ranked = rankFigures(figures, 3, { headline: article.headline }).map((i) => figures[i]?.text);
    expect(ranked.slice(0, 2).sort()).toEqual(['220', '£6.2m']);
    expect(ranked).not.toContain('2019');
  });

  it('respects the limit and skips repeats of the same value', () => {
    const figures = quantities('The firm cut 220 jobs. Later 220 jobs went again and 12 shops shut.');
    expect(rankFigures(figures, 5)).toHaveLength(2);
    expect(rankFigures(figures, 0)).toEqual([]);
  });
});

describe('hostile input', () => {
  it('survives digit runs, comma lists, minus signs and other scripts', () => {
    const text = [
      `${'9'.repeat(5000)} ${Array.from({ length: 500 }, (_, i) => String(i)).join(',')}.`,
      '٣٤٥ and ४२ and １２３ and −3.5% and 1 234 567 and 10\u00a0000 people.',
      `${'@'.repeat(2000)} www.${'w'.repeat(2000)} ${'1.'.repeat(2000)}`,
    ].join('\n\n');
    const figures = figuresOf(text);
    for (const f of figures) expect(f.value === null || Number.isFinite(f.value)).toBe(true);
    expect(figures.some((f) => f.value === 345)).toBe(true);
    expect(figures.some((f) => f.value === -3.5 && f.unit === 'percent')).toBe(true);
  });
});

describe('names, decades and shares found on our own articles', () => {
  it('reads "No 1" as a rank but "No. 47" and "No. 10" as names', () => {
    expect(quantities('The single went to No 1 last week.')).toMatchObject([{ kind: 'rank', value: 1 }]);
    expect(quantities('She takes the No. 47 bus and wrote to No. 10 about it.')).toEqual([]);
  });

  it('reads "the ’90s" as a decade', () => {
    expect(quantities('I sold my car in the ’90s.')).toMatchObject([{ value: 1990, unit: 'year', measure: 'decade' }]);
  });

  it('reads "by around a third in five years" as a share', () => {
    const found = quantities('Costs have risen by around a third in five years.');
    expect(found[0]).toMatchObject({ kind: 'ratio', approx: 'around' });
    expect(found[0]?.value).toBeCloseTo(1 / 3, 6);
  });
});

describe('rankFigures: conversions', () => {
  it('ranks an amount above its conversion in brackets', () => {
    const text = 'The firm made $1.13bn (£600m) in the quarter.';
    const article = parseArticleText('c.txt', text);
    if (isProblem(article)) throw new Error(article.message);
    const figures = extractFigures(article);
    expect(rankFigures(figures, 1, { text }).map((i) => figures[i]?.text)).toEqual(['$1.13bn']);
    expect(rankFigures(figures, 2, { text }).map((i) => figures[i]?.text)).toEqual(['$1.13bn', '£600m']);
  });
});

describe('listedFigures', () => {
  it('lists at most MAX_FIGURES_PER_ARTICLE figures and says so in a warning', () => {
    const text = `Prices\n\n${Array.from({ length: MAX_FIGURES_PER_ARTICLE + 50 }, (_, i) => `£${i + 1}`).join(', ')}.`;
    const article = parseArticleText('prices.txt', text);
    if (isProblem(article)) throw new Error(article.message);
    const listed = listedFigures(article);
    expect(listed.figures).toHaveLength(MAX_FIGURES_PER_ARTICLE);
    expect(listed.article.problems.map((p) => p.code)).toContain('TOO_MANY_FIGURES');
    expect(article.problems.map((p) => p.code)).not.toContain('TOO_MANY_FIGURES');
  });

  it('leaves an ordinary article as it is', () => {
    const article = parseArticleText('a.txt', 'The council cut 220 jobs.');
    if (isProblem(article)) throw new Error(article.message);
    expect(listedFigures(article).article).toBe(article);
  });
});
