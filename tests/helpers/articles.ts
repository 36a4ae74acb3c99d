import { isProblem, parseArticleText } from '../../src/ingest/parse.js';
import type { Article } from '../../src/model.js';

/** Parses test text (written for the tests, never corpus text) into an Article, or throws. */
export function parse(text: string, file = 'story.txt'): Article {
  const parsed = parseArticleText(file, text);
  if (isProblem(parsed)) throw new Error(parsed.message);
  return parsed;
}

/** A made-up local news story with a headline, a dateline, a quote, figures, a caption and dangling openers. */
export const BRIDGE_STORY = `Council approves new footbridge over the River Wend

Published 3 March 2024

The city council voted on Tuesday to build a new footbridge over the River Wend, ending a ten-year dispute over the crossing.

The footbridge will cost £4.2m and is due to open in the spring of 2026, the council said. It will link the railway station with the market square.

Pictured: the old ferry landing at dawn

However, opponents say the money should be spent on repairing roads in the outer wards instead. They have collected more than 3,000 signatures on a petition against the plan.

"We have waited long enough for a safe way across the river," said council leader Maria Lopes. She added that the footbridge would be lit at night and open to cyclists.

The vote was 31 to 12, with two abstentions. Work on the footbridge foundations will start in September, once the river level falls.

Local traders welcomed the decision, saying the market square would gain customers from the station. The chamber of commerce said footfall could rise by a fifth.
`;

/** Another outlet's take on the same made-up story, with one sentence nearly copied. */
export const BRIDGE_STORY_2 = `Wend footbridge gets the green light

The city council voted on Tuesday to build a new footbridge over the River Wend, ending a long dispute over the crossing.

Councillors backed the £4.2m scheme by 31 votes to 12 after a three-hour debate. The chamber of commerce expects the footbridge to bring shoppers from the station to the market square.

A petition against the footbridge gathered more than 3,000 signatures in the outer wards, where residents want road repairs first.
`;
