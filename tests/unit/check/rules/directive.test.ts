import { describe, expect, it } from 'vitest';
import { checkText, where } from '../../../helpers/check.js';

const FRONT = '---\ntitle: Library plans approved\ndate: 2025-01-02\n---\n\n';

describe('inline directives', () => {
  it.each([
    ['next line in the body', '<!-- digest-disable-next-line quotes/unbalanced -->\nShe said: “We will.', []],
    ['next line without a rule id', '<!-- digest-disable-next-line -->\nShe said: “We will.', []],
    ['next line, wrong rule', '<!-- digest-disable-next-line body/boilerplate -->\nShe said: “We will.', ['directive/unused@6:1', 'quotes/unbalanced@7:11']],
    ['next line skips only one line', '<!-- digest-disable-next-line quotes/unbalanced -->\n\nShe said: “We will.', ['directive/unused@6:1', 'quotes/unbalanced@8:11']],
    ['a range', '<!-- digest-disable quotes/unbalanced -->\n\nShe said: “We will.\n\n<!-- digest-enable -->\n\nDone.', []],
    ['a range ended early', '<!-- digest-disable quotes/unbalanced -->\n\n<!-- digest-enable -->\n\nShe said: “We will.', ['directive/unused@6:1', 'quotes/unbalanced@10:11']],
    ['enable of another rule leaves the range open', '<!-- digest-disable quotes/unbalanced -->\n<!-- digest-enable body/boilerplate -->\n\nShe said: “We will.', []],
    ['a range to the end of the file', '<!-- digest-disable -->\n\nShe said: “We will. Click here.', []],
    ['several rules, one reason', '<!-- digest-disable quotes/unbalanced, body/boilerplate -- reader letter -->\nShe said: “We will. Click here.', []],
    ['an unknown rule', '<!-- digest-disable-next-line quotes/unbalance -->\nShe said: “We will.', ['directive/unknown-rule@6:1', 'quotes/unbalanced@7:11']],
    ['a directive shown as code is not one', '```\n<!-- digest-disable -->\n```\n\nShe said: “We will.', ['quotes/unbalanced@10:11']],
  ])('%s', (_name, body, expected) => {
    expect(where(checkText(`${FRONT}${body}\n`))).toEqual(expected);
  });

  it('front matter: next line and whole file', () => {
    const text = '---\ntitle: Library plans approved\n# digest-disable-next-line date/future -- embargoed\ndate: 2030-01-01\n# digest-disable-file quotes/unbalanced\n---\n\nShe said: “We will.\n';
    expect(where(checkText(text))).toEqual([]);
  });

  it('--no-inline-config ignores every directive', () => {
    const text = `${FRONT}<!-- digest-disable-next-line quotes/unbalanced -->\nShe said: “We will.\n`;
    expect(where(checkText(text, { inlineConfig: false }))).toEqual(['quotes/unbalanced@7:11']);
  });

  it('directive/unused can be turned off', () => {
    const text = `${FRONT}<!-- digest-disable-next-line body/boilerplate -->\nShe said we will.\n`;
    expect(where(checkText(text, { rules: { 'directive/unused': 'off' } }))).toEqual([]);
  });
});
