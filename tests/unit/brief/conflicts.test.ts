import { describe, expect, it } from 'vitest';
import { figuresAgree, isRealConflict } from '../../../src/brief/conflicts.js';
import { figure } from '../../helpers/make.js';

const money = (text: string, value: number, approx: string | null = null) => ({ ...figure(text, value, 'USD', 'money', 'bill'), approx });
const count = (text: string, value: number, approx: string | null = null) => ({ ...figure(text, value, 'count', 'count', 'homes'), approx });

describe('figuresAgree', () => {
  it.each([
    ['$27bn', '$27.5bn', true, money('$27bn', 27e9), money('$27.5bn', 27.5e9)],
    ['$28bn', '$28.3bn', true, money('$28bn', 28e9), money('$28.3bn', 28.3e9)],
    ['$6bn', '$6.8bn (not a rounding)', false, money('$6bn', 6e9), money('$6.8bn', 6.8e9)],
    ['$9.3bn', '$9.4bn (same places)', false, money('$9.3bn', 9.3e9), money('$9.4bn', 9.4e9)],
    ['more than $27bn', '$28bn', true, money('more than $27bn', 27e9, 'more than'), money('$28bn', 28e9)],
    ['500 homes', '520 homes', false, count('500', 500), count('520', 520)],
    ['about 500', '520', true, count('about 500', 500, 'about'), count('520', 520)],
    ['around 60', '45', false, count('around 60', 60, 'around'), count('45', 45)],
  ])('%s and %s: %s', (_a, _b, expected, a, b) => {
    expect(figuresAgree(a, b)).toBe(expected);
    expect(figuresAgree(b, a)).toBe(expected);
  });

  it('a conflict is real when any two of its figures disagree', () => {
    expect(isRealConflict([money('$27bn', 27e9), money('$27.5bn', 27.5e9)])).toBe(false);
    expect(isRealConflict([count('500', 500), count('500', 500), count('520', 520)])).toBe(true);
  });
});
