// The mentions pronoun resolution reads (speaker-mentions.ts), on invented text with no quotes.
import { describe, expect, it } from 'vitest';
import { parseArticleText, isProblem } from '../../../src/ingest/parse.js';
import { paragraphContext } from '../../../src/extract/quote-context.js';
import { articleSpeakers } from '../../../src/extract/speaker-mentions.js';

function speakersOf(body: string) {
  const article = parseArticleText('story.txt', `Headline for the test\n\n${body}\n`);
  if (isProblem(article)) throw new Error(article.message);
  return articleSpeakers(article.text, article.paragraphs.map((p) => paragraphContext(article.text, p, [])));
}

/** [sentence, whether each he/she in it opens a main clause, in order]. */
const MAIN_CLAUSE: Array<[string, boolean[]]> = [
  ['She thanked the staff.', [true]],
  ['On Sunday, she thanked the staff.', [true]],
  ['The vote was close, and he conceded.', [true]],
  ['But he conceded.', [true]],
  ['Roe said that he would resign.', [false]],
  ['Roe arrived as she was leaving.', [false]],
  ['Roe said he would resign.', [false]],
  ['He said she would resign.', [true, false]],
];

describe('he/she opening a main clause carry the chain; embedded ones do not', () => {
  it.each(MAIN_CLAUSE)('%s', (sentence, main) => {
    expect(speakersOf(sentence).pronouns.map((p) => p.main)).toEqual(main);
  });
});
