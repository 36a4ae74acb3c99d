import { describe, expect, it } from 'vitest';
import { diffWords, quoteWords, wordsMatch } from '../../../src/compare/wording.js';

const w = (text: string) => quoteWords(text);
const render = (text: ReturnType<typeof diffWords>) => text.map((op) => (op.op === 'same' ? op.text : op.op === 'del' ? `[-${op.text}-]` : `{+${op.text}+}`)).join(' ');

describe('quoteWords', () => {
  it('normalises case, quote marks, dashes and punctuation', () => {
    expect(w('‘SERIOUS and widespread failures’').map((x) => x.norm)).toEqual(w('"serious and - widespread, failures."').map((x) => x.norm));
  });
});

describe('wordsMatch', () => {
  it.each([
    ['failings', 'failures', true],
    ['deteriorated', 'deteriorating', true],
    ['council', 'councils', true],
    ['contract', 'control', false],
    ['staff', 'stuff', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(wordsMatch(w(a)[0]!, w(b)[0]!)).toBe(expected);
  });
});

describe('diffWords', () => {
  it.each([
    ['serious and widespread failures', 'widespread failings', '[-serious and-] widespread [-failures-] {+failings+}'],
    ['we apologise for the disruption', 'we apologise for the delays', 'we apologise for the [-disruption-] {+delays+}'],
    ['deteriorated significantly', 'has now deteriorated significantly', '{+has now+} deteriorated significantly'],
    ['same words here', 'Same words, here', 'Same words here'],
  ])('%s → %s', (a, b, expected) => {
    expect(render(diffWords(w(a), w(b)))).toBe(expected);
  });
});
