// Which BASIL speaker labels name one person, for the person-label column of eval:quotes.
import { describe, expect, it } from 'vitest';
import { isNameLabel } from '../../../eval/lib/basil.js';

describe('isNameLabel', () => {
  it.each(['Ivo_Marek', 'Ada_Van_Brook', 'Tom_Hale_Jr.'])('%s is a person’s name', (label) => {
    expect(isNameLabel(label)).toBe(true);
  });

  it.each(['Kelsford_Lawmakers', 'Harbour_Party', 'Marek_campaign', 'Senate_Republicans', 'farmers', 'Westham', 'other_pro'])('%s is not', (label) => {
    expect(isNameLabel(label)).toBe(false);
  });
});
