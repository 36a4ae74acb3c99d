// The gold role read from a PolNeAR source span, and how digest's role is scored against it.
import { describe, expect, it } from 'vitest';
import { countRole, emptyRoleCounts, goldRole } from '../../../eval/lib/role-scoring.js';

describe('goldRole', () => {
  it.each([
    ['a name and an appositive', 'Eric Roe, an Iowa Republican strategist,', 'an Iowa Republican strategist'],
    ['the appositive ends at its next comma', 'Jo Marsh, a planner, who lives in Leeds,', 'a planner'],
    ['no comma: no role', 'Senate leader Jo Roe', null],
    ['a pronoun source', 'he, a planner,', null],
    ['a relative clause is no role', 'Jo Marsh, who lives in Leeds,', null],
    ['a party tag is no role', 'Rep. Jo Roe, R-Ohio,', null],
    ['a name after a description is no role', "Trump's lawyer, Alan Garten,", null],
    ['a lower-case source', 'a spokesman, who declined to be named,', null],
    ['no source', null, null],
  ])('%s', (_why, source, role) => {
    expect(goldRole(source)).toBe(role);
  });
});

describe('countRole', () => {
  it('counts given, exact and word F1, a missing role as 0', () => {
    const counts = emptyRoleCounts();
    countRole(counts, 'an Iowa strategist', 'an Iowa strategist');
    countRole(counts, 'an Iowa strategist', 'a strategist');
    countRole(counts, 'an Iowa strategist', null);
    expect(counts.scored).toBe(3);
    expect(counts.given).toBe(2);
    expect(counts.exact).toBe(1);
    // 1 + 2·1/(3+2) = 1.4
    expect(counts.f1).toBeCloseTo(1.4, 10);
  });

  it('drops possessives and case before comparing', () => {
    const counts = emptyRoleCounts();
    countRole(counts, "Trump's lawyer", 'trump’s Lawyer');
    expect(counts.exact).toBe(1);
  });
});
