// A definite description as a speaker ("the spokesperson said") names the described speaker it refers
// back to, as first introduced. Invented text only.
import { describe, expect, it } from 'vitest';
import { parseArticleText, isProblem } from '../../../src/ingest/parse.js';
import { extractQuotes } from '../../../src/extract/quotes.js';
import { describedAntecedent, describesRole } from '../../../src/extract/description-anaphora.js';

function speakersOf(body: string): Array<string | null> {
  const article = parseArticleText('story.txt', `Headline for the test\n\n${body}\n`);
  if (isProblem(article)) throw new Error(article.message);
  return extractQuotes(article).filter((q) => q.kind !== 'term').map((q) => q.speaker);
}

describe('describedAntecedent', () => {
  const cases: Array<[string, string, string[], string | null]> = [
    ['the same head noun', 'the spokesperson', ['A council spokesperson'], 'A council spokesperson'],
    ['a qualifier after the head is kept in the answer', 'the spokesman', ['a spokesman for the mayor'], 'a spokesman for the mayor'],
    ['the latest fitting description wins', 'the official', ['a police official', 'a Home Office official'], 'a Home Office official'],
    ['a word the definite one adds must be in the antecedent', 'the council spokesperson', ['a hospital spokesperson'], null],
    ['another head noun is another speaker', 'the spokesperson', ['a council official'], null],
    ['an indefinite description refers back to nobody', 'a spokesperson', ['a council spokesperson'], null],
    ['a bare "the" is no description', 'the', ['the council'], null],
    ['nothing earlier', 'the spokesperson', [], null],
    ['the same words met last stop the search', 'the president', ['a former president', 'The president'], null],
  ];
  it.each(cases)('%s', (_why, speaker, earlier, expected) => {
    expect(describedAntecedent(speaker, earlier)).toBe(expected);
  });
});

describe('describesRole', () => {
  const cases: Array<[string, string, string, boolean]> = [
    ['the role is the head noun alone', 'the British producer', 'producer', true],
    ['every added word is in the role', 'the England coach', 'England coach', true],
    ['the head noun of a role with a qualifier', 'the chief executive', 'chief executive of Acme', true],
    ['an added word the role contradicts', 'the Labour leader', 'Tory leader', false],
    ['another head noun', 'the producer', 'director', false],
    ['an indefinite description names no one introduced', 'a producer', 'producer', false],
  ];
  it.each(cases)('%s', (_why, described, role, expected) => {
    expect(describesRole(described, role)).toBe(expected);
  });
});

describe('quotes attributed to a definite description', () => {
  it('names the speaker as first introduced', () => {
    const body = [
      'A council spokesperson said the repairs were “nearly done” and that the road would reopen soon.',
      '“We expect to reopen the bridge in June,” the spokesperson said.',
    ].join('\n\n');
    expect(speakersOf(body)).toEqual(['A council spokesperson', 'A council spokesperson']);
  });

  it('names the person introduced with that role', () => {
    const body = [
      'Producer Ivo Marek said the show would be “worth the wait”.',
      '“The tour sold out in a week,” added the British producer.',
      '“It was a long season,” the Tory leader said.',
    ].join('\n\n');
    expect(speakersOf(body)).toEqual(['Ivo Marek', 'Ivo Marek', 'the Tory leader']);
  });

  it('keeps a description that refers back to no described speaker', () => {
    const body = [
      'Dana Price, the head teacher, said the school was “proud of its pupils”.',
      '“The new hall will open in May,” the spokesperson said.',
    ].join('\n\n');
    expect(speakersOf(body)).toEqual(['Dana Price', 'the spokesperson']);
  });
});
