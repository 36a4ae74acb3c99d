import { describe, expect, it } from 'vitest';
import { findNames, knownCapitals } from '../../../src/extract/entities.js';
import { namesBetween, phraseContext, subjectBefore, tokenAt } from '../../../src/extract/speaker-phrases.js';
import { paragraphContext } from '../../../src/extract/quote-context.js';

function contextOf(text: string) {
  const { tokens } = paragraphContext(text, { start: 0, end: text.length, index: 0 }, []);
  return phraseContext(tokens, knownCapitals(tokens as never));
}

describe('namesBetween', () => {
  const text = 'Council leader Ada Brook and harbour master Ivo Marek met on Tuesday.';

  it('finds the names findNames finds in the same stretch', () => {
    const ctx = contextOf(text);
    for (const [from, to] of [[0, ctx.tokens.length], [0, 4], [5, ctx.tokens.length], [3, 4]] as const) {
      expect(namesBetween(ctx, from, to)).toEqual(findNames(ctx.tokens as never, ctx.knownCaps, from, to));
    }
  });

  it('reads a stretch once and gives the same answer when asked again', () => {
    const ctx = contextOf(text);
    const first = namesBetween(ctx, 0, ctx.tokens.length);
    expect(first.map((n) => n.name)).toEqual(['Ada Brook', 'Ivo Marek']);
    expect(namesBetween(ctx, 0, ctx.tokens.length)).toBe(first);
    expect(ctx.names.size).toBe(1);
  });

  it('keeps stretches apart: one that cuts a name gives its own answer', () => {
    const ctx = contextOf(text);
    const whole = namesBetween(ctx, 0, ctx.tokens.length);
    const cut = namesBetween(ctx, 0, 4);
    expect(cut).not.toBe(whole);
    expect(cut.map((n) => n.name)).toEqual(findNames(ctx.tokens as never, ctx.knownCaps, 0, 4).map((n) => n.name));
    expect(ctx.names.size).toBe(2);
  });
});

describe('subjectBefore', () => {
  const text = 'Harbour master Ivo Marek, who chairs the board, said the quay would close.';

  it('reads a subject once per floor and verb and gives the same phrase when asked again', () => {
    const ctx = contextOf(text);
    const verb = ctx.tokens.findIndex((t) => t.text === 'said');
    const first = subjectBefore(ctx, 0, verb);
    expect(first?.mention?.name).toBe('Ivo Marek');
    expect(subjectBefore(ctx, 0, verb)).toBe(first);
    expect(subjectBefore(contextOf(text), 0, verb)).toEqual(first);
  });

  it('keeps floors apart: a floor past the name gives its own answer', () => {
    const ctx = contextOf(text);
    const verb = ctx.tokens.findIndex((t) => t.text === 'said');
    const whole = subjectBefore(ctx, 0, verb);
    const late = subjectBefore(ctx, verb - 1, verb);
    expect(late).not.toEqual(whole);
    expect(late).toEqual(subjectBefore(contextOf(text), verb - 1, verb));
    expect(ctx.subjects.size).toBe(2);
  });
});

describe('tokenAt', () => {
  it('gives the token at an index inside the paragraph and undefined past either end', () => {
    const ctx = contextOf('Ada Brook said so.');
    expect(tokenAt(ctx, 0)?.text).toBe('Ada');
    expect(tokenAt(ctx, ctx.tokens.length - 1)?.text).toBe('.');
    expect(tokenAt(ctx, -1)).toBeUndefined();
    expect(tokenAt(ctx, ctx.tokens.length)).toBeUndefined();
  });
});
