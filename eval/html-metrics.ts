// Word precision and recall of extracted text against the text we wrote: bags of words with
// counts, lowercased, punctuation ignored (curly and straight apostrophes are the same letter).

export type WordBag = Map<string, number>;

export interface WordCounts {
  /** Words in both bags (each word counted as often as the smaller bag has it). */
  matched: number;
  extracted: number;
  expected: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export function wordBag(text: string): WordBag {
  const bag: WordBag = new Map();
  for (const match of text.toLowerCase().replaceAll('’', "'").matchAll(WORD)) {
    bag.set(match[0], (bag.get(match[0]) ?? 0) + 1);
  }
  return bag;
}

export function compareBags(extracted: WordBag, expected: WordBag): WordCounts {
  let matched = 0;
  for (const [word, count] of extracted) matched += Math.min(count, expected.get(word) ?? 0);
  return { matched, extracted: total(extracted), expected: total(expected) };
}

export function addCounts(a: WordCounts, b: WordCounts): WordCounts {
  return { matched: a.matched + b.matched, extracted: a.extracted + b.extracted, expected: a.expected + b.expected };
}

/** Precision: share of extracted words that belong to the article. An empty extraction has precision 1. */
export function precision(counts: WordCounts): number {
  return counts.extracted === 0 ? 1 : counts.matched / counts.extracted;
}

/** Recall: share of the article's words that were extracted. */
export function recall(counts: WordCounts): number {
  return counts.expected === 0 ? 1 : counts.matched / counts.expected;
}

/** Words in one bag and not the other, with how many too many: for reading what went wrong. */
export function difference(a: WordBag, b: WordBag): Array<[string, number]> {
  const extra: Array<[string, number]> = [];
  for (const [word, count] of a) {
    const over = count - (b.get(word) ?? 0);
    if (over > 0) extra.push([word, over]);
  }
  return extra;
}

function total(bag: WordBag): number {
  let sum = 0;
  for (const count of bag.values()) sum += count;
  return sum;
}
