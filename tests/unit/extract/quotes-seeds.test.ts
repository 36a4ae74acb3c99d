// Expected quotes of the two seed articles, written from a careful reading of ../shared/seeds
// (not from the program's output). Skipped when ../shared is absent.
import { describe, expect, it } from 'vitest';
import { parseArticleText, isProblem } from '../../../src/ingest/parse.js';
import { extractQuotes } from '../../../src/extract/quotes.js';
import type { Article, Quote } from '../../../src/model.js';
import { SEED_000, SEED_003, haveSeeds, readSeed } from '../../helpers/seeds.js';

function seed(file: string): Article {
  const parsed = parseArticleText(file, readSeed(file));
  if (isProblem(parsed)) throw new Error(parsed.message);
  return parsed;
}

type Expected = [text: string, speaker: string | null, cue: string | null, kind: Quote['kind']];

function summary(q: Quote): Expected {
  return [q.text, q.speaker, q.cue, q.kind];
}

const OFSTED = 'Ofsted';
const SPOKESPERSON = 'A spokesperson for Gloucestershire children’s services';

const SEED_000_QUOTES: Expected[] = [
  ['serious and widespread failures', OFSTED, 'stated', 'partial'],
  ['too many children', OFSTED, 'said', 'partial'],
  ['risk of significant harm for too long', OFSTED, 'said', 'partial'],
  ['deteriorated significantly', OFSTED, 'found', 'partial'],
  ['fallen short', 'The council', 'admitted', 'partial'],
  ['major changes', 'The council', 'admitted', 'partial'],
  ['lack of management oversight', OFSTED, 'found', 'partial'],
  ['situations of risk', OFSTED, 'found', 'partial'],
  ['significant number', OFSTED, 'finding', 'partial'],
  ['[failing] to identify children at risk', OFSTED, 'finding', 'partial'],
  ['appropriately to escalating risks in families', OFSTED, 'finding', 'partial'],
  ['our social workers do very difficult and complex work - they are not to blame', SPOKESPERSON, 'stated', 'partial'],
  ['the responsibility lies with their leadership and management team and we have taken swift action to deal with this.', SPOKESPERSON, 'stated', 'partial'],
  ['improving', OFSTED, 'said', 'partial'],
  ['national disgrace', null, null, 'term'],
  ['Although substantial further progress is require before services are consistently good, in a number of key areas in Birmingham are receiving better and timelier services', OFSTED, 'said', 'full'],
];

describe.skipIf(!haveSeeds)('quotes in seed 000 (partial quotes, organisations, an anonymous spokesperson)', () => {
  const quotes = haveSeeds ? extractQuotes(seed(SEED_000)) : [];

  it('finds every quote, in order, with its speaker, cue and kind', () => {
    expect(quotes.map(summary)).toEqual(SEED_000_QUOTES);
  });

  it('does not take the apostrophe of services’ or children’s for a quote mark', () => {
    expect(quotes.every((q) => !q.text.startsWith(' leadership'))).toBe(true);
    expect(quotes.every((q) => q.line === 7)).toBe(true);
  });
});

const SEED_003_SHORT: Expected[] = [
  ['SERIOUS and widespread failures', 'Ofsted inspectors', 'identified by', 'partial'],
  ['inadequate', null, null, 'term'],
  ['services for children in need of help and protection, children looked after and care leavers', null, null, 'term'],
  ['inadequate', null, null, 'term'],
  ['the integrity of the current senior leadership team', 'the review', 'questioned', 'partial'],
  ['inadequate', null, null, 'term'],
  ['has now deteriorated significantly', 'inspectors', 'said', 'partial'],
  ['serious concerns about the integrity of the current senior leadership team were raised', 'inspectors', 'saying', 'partial'],
  ['significant discrepancies', 'inspectors', 'saying', 'partial'],
  ['vulnerable', 'inspectors', 'saying', 'partial'],
  ['fearful of challenging or exposing poor practice', 'inspectors', 'saying', 'partial'],
  ['exposed to unassessed risk for far too long', 'The report', 'outlines', 'partial'],
];

describe.skipIf(!haveSeeds)('quotes in seed 003 (multi-paragraph quotes, nesting, a missing opening mark, labels)', () => {
  const quotes = haveSeeds ? extractQuotes(seed(SEED_003)) : [];

  it('finds the short quotes and labels of the first paragraphs', () => {
    expect(quotes.slice(0, SEED_003_SHORT.length).map(summary)).toEqual(SEED_003_SHORT);
    expect(quotes).toHaveLength(SEED_003_SHORT.length + 2);
  });

  it('never reports ‘inadequate’ as speech', () => {
    const inadequate = quotes.filter((q) => q.text === 'inadequate');
    expect(inadequate).toHaveLength(3);
    expect(inadequate.every((q) => q.kind === 'term' && q.speaker === null)).toBe(true);
  });

  it('Pete Bungard: one quote over nine paragraphs, each reopened with “, with his role', () => {
    const q = quotes.find((x) => x.speaker === 'Pete Bungard')!;
    expect(q).toMatchObject({ speakerRole: 'chief executive of Gloucestershire County Council', cue: 'said', kind: 'full', line: 15 });
    expect(q.paragraphs.map((p) => p.line)).toEqual([15, 17, 19, 21, 23, 25, 27, 29, 31]);
    expect(q.text.startsWith('I am sorry that we have not supported')).toBe(true);
    expect(q.text.endsWith('putting into this area of work.')).toBe(true);
  });

  it('Paul Hodgkinson: six paragraphs, the nested report quote kept inside, the last paragraph with no opening mark', () => {
    const q = quotes.find((x) => x.speaker === 'Paul Hodgkinson')!;
    expect(q).toMatchObject({ speakerRole: 'group leader', cue: 'said', kind: 'full', line: 35 });
    expect(q.paragraphs.map((p) => p.line)).toEqual([35, 37, 39, 41, 43, 45]);
    expect(q.text).toContain('that "senior leaders have not sufficiently prioritised');
    expect(q.text).toContain('several ‘inadequate’ inspection reports');
    expect(q.text.endsWith('The council’s leaders need to explain how this has happened under their watch.')).toBe(true);
  });

  it('every span points at its words', () => {
    const article = seed(SEED_003);
    for (const q of quotes) {
      expect(q.paragraphs.map((p) => article.text.slice(p.start, p.end)).join('\n')).toBe(q.text);
    }
  });
});
