import { describe, expect, it } from 'vitest';
import { article, checkText, where } from '../../../helpers/check.js';

const front = ['title: Library plans approved', 'date: 2025-01-02'];
const withBody = (body: string) => article(front, body);

describe('body/empty', () => {
  it.each([
    ['no body', '', ['body/empty@4:1']],
    ['only a comment', '<!-- to be written -->', ['body/empty@6:1']],
    ['one word', 'Approved.', []],
  ])('%s', (_name, body, expected) => {
    expect(where(checkText(withBody(body)), 'body/empty')).toEqual(expected);
  });

  it('an empty file is one body/empty finding', () => {
    expect(where(checkText(''))).toEqual(['body/empty@1:1']);
  });

  it('minWords is an option', () => {
    expect(where(checkText(withBody('Approved today.'), { rules: { 'body/empty': ['error', { minWords: 5 }] } }), 'body/empty')).toHaveLength(1);
  });
});

describe('body/boilerplate', () => {
  it.each([
    ['a trailer', 'The plans were approved.\n\nSign up for our newsletter', ['body/boilerplate@8:1']],
    ['two trailer lines', 'The plans were approved.\n\nRead more\n\nSubscribe today', ['body/boilerplate@8:1']],
    ['click here inside', 'The plans were approved. Click here for the report.\n\nMore later.', ['body/boilerplate@6:26']],
    ['a newsletter line in the middle', 'The plans were approved.\n\nSign-up for our daily newsletter\n\nMore later.', ['body/boilerplate@8:1']],
    ['clean prose', 'The plans were approved. The clerk read out the figures.', []],
  ])('%s', (_name, body, expected) => {
    expect(where(checkText(withBody(body)), 'body/boilerplate')).toEqual(expected);
  });

  it('a trailer is fixable; boilerplate in the middle is not', () => {
    const findings = checkText(withBody('Click here now.\n\nThe plans were approved.\n\nSign up for our newsletter')).filter((f) => f.ruleId === 'body/boilerplate');
    expect(findings.map((f) => f.fixable)).toEqual([false, true]);
  });

  it('extra phrases come from the options', () => {
    const text = withBody('The plans were approved. Download our app for more.');
    expect(where(checkText(text, { rules: { 'body/boilerplate': ['error', { phrases: ['download our app'] }] } }), 'body/boilerplate')).toEqual(['body/boilerplate@6:26']);
  });
});

describe('quotes/unbalanced', () => {
  it.each([
    ['closed curly', 'She said: “We will build it.”', []],
    ['closed straight', 'She said: "We will build it."', []],
    ['unclosed curly', 'She said: “We will build it.', ['quotes/unbalanced@6:11']],
    ['unclosed straight', 'She said: "We will build it.', ['quotes/unbalanced@6:11']],
    ['unclosed single', 'The report called it ‘regrettable and moved on.', ['quotes/unbalanced@6:22']],
    ['apostrophes are not quotes', 'The council’s plan is the town’s best hope.', []],
    ['single quotes with apostrophes inside', 'It was ‘the council’s worst week’, she said.', []],
    ['a quote running over two paragraphs', '“We will build it.\n\n“And we will open it on time,” she said.', []],
    ['a quote running over a line break', '“We will build it,\n“and open it on time,” she said.', []],
    ['an open quote the next paragraph does not continue', '“We will build it.\n\nThe council said nothing.', ['quotes/unbalanced@6:1']],
    ['a height in feet and inches', 'The statue is 6\'2" tall.', []],
    ['a quote shown as code', 'Type `"hello` to start.', []],
    ['the ‘90s', 'It was built in the ‘90s and never repaired.', []],
    ['nested quotes', '“She told me ‘no’ twice,” he said.', []],
    ['guillemets', 'Il a dit « non » et « peut-être.', ['quotes/unbalanced@6:21']],
  ])('%s', (_name, body, expected) => {
    expect(where(checkText(withBody(body)), 'quotes/unbalanced')).toEqual(expected);
  });
});

describe('text/encoding and text/control-characters', () => {
  it.each([
    ['mojibake apostrophe', 'The councilâ€™s plan.', ['text/encoding@6:12']],
    ['mojibake é', 'A cafÃ© opens.', ['text/encoding@6:6']],
    ['a replacement character', 'A caf\uFFFD opens.', ['text/encoding@6:6']],
    ['clean accents', 'A café opens in Zürich.', []],
  ])('%s', (_name, body, expected) => {
    expect(where(checkText(withBody(body)), 'text/encoding')).toEqual(expected);
  });

  it.each([
    ['a bell', 'A bell\u0007 rang.', ['text/control-characters@6:7']],
    ['a bidi override', 'Price \u202e01$', ['text/control-characters@6:7']],
    ['an escape sequence', 'Red \u001b[31mtext', ['text/control-characters@6:5']],
    ['tabs and CRLF are fine', 'A\ttab.\r\nNext line.', []],
  ])('%s', (_name, body, expected) => {
    expect(where(checkText(withBody(body)), 'text/control-characters')).toEqual(expected);
  });

  it('reports one finding per line', () => {
    expect(where(checkText(withBody('a\u0001b\u0002c\nd\u0003')), 'text/control-characters')).toEqual(['text/control-characters@6:2', 'text/control-characters@7:2']);
  });
});

describe('quotes/unbalanced: block quotes and typos', () => {
  it.each([
    ['a block quote over three paragraphs', '“We will build it.\n\nThe money is there.\n\nAnd we will open it on time.”\n\nThe mayor left.', []],
    ['a closing mark typed the wrong way', '“Who can promise that?“ he asked.', ['quotes/unbalanced@6:23']],
    ['single quotes closed by a straight apostrophe', 'The motto is ‘In God We Trust\' and stays.', []],
    ['a nested quote left open', '“I said ‘no way,’ and then ‘never again,” he said.', ['quotes/unbalanced@6:28']],
  ])('%s', (_name, body, expected) => {
    expect(where(checkText(withBody(body)), 'quotes/unbalanced')).toEqual(expected);
  });
});

describe('quotes/unbalanced: single quotes are not closed by a later apostrophe', () => {
  it('an open ‘ stays open past the residents’ homes', () => {
    const body = '“I said ‘no way,’ and then ‘never again,” he said.\n\nThe residents’ homes were spared.';
    expect(where(checkText(withBody(body)), 'quotes/unbalanced')).toEqual(['quotes/unbalanced@6:28']);
  });

  it('a single-quoted block closed at the end of a later paragraph', () => {
    const body = '‘We will build it.\n\nAnd we will open it on time.’\n\nThe mayor left.';
    expect(where(checkText(withBody(body)), 'quotes/unbalanced')).toEqual([]);
  });
});
