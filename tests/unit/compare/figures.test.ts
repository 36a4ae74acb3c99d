import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../../src/compare/figures.js';
import { figure } from '../../helpers/make.js';
import type { Figure } from '../../../src/model.js';

function summary(perArticle: Figure[][]) {
  const result = compareFigures(perArticle);
  return {
    groups: result.groups.map((g) => [g.kind, g.members.map((m) => `${m.article}:${m.figure.text}`)]),
    conflicts: result.conflicts.map((c) => [c.subject, c.members.map((m) => `${m.article}:${m.figure.text}`)]),
  };
}

describe('compareFigures', () => {
  it('shares the same value and unit with matching context', () => {
    expect(summary([
      [figure('£4.2m', 4.2e6, 'GBP', 'money', 'cost of the flood defences')],
      [figure('£4.2 million', 4.2e6, 'GBP', 'money', 'flood defences cost')],
    ]).groups).toEqual([['shared', ['0:£4.2m', '1:£4.2 million']]]);
  });

  it('shares a year whatever the words around it', () => {
    expect(summary([
      [figure('2011', 2011, 'year', 'year', 'last rated inadequate')],
      [figure('2011', 2011, 'year', 'year', 'previous inspection')],
    ]).groups).toEqual([['shared', ['0:2011', '1:2011']]]);
  });

  it('does not share a value counting different things', () => {
    expect(summary([
      [figure('40', 40, 'count', 'count', 'homes flooded')],
      [figure('40', 40, 'count', 'count', 'firefighters sent')],
    ]).groups).toEqual([['only', ['0:40']], ['only', ['1:40']]]);
  });

  it('reports the same thing counted with different values as a conflict', () => {
    expect(summary([
      [figure('500', 500, 'count', 'count', 'social care staff'), figure('2011', 2011, 'year', 'year', null)],
      [figure('520', 520, 'count', 'count', 'social care staff')],
    ])).toEqual({
      groups: [['only', ['0:2011']]],
      conflicts: [['social care staff', ['0:500', '1:520']]],
    });
  });

  it.each<[string, Figure[][]]>([
    ['values too far apart', [[figure('5', 5, 'count', 'count', 'staff')], [figure('500', 500, 'count', 'count', 'staff')]]],
    ['different units', [[figure('£500', 500, 'GBP', 'money', 'staff bonus')], [figure('520', 520, 'count', 'count', 'staff bonus')]]],
    ['different measures', [[{ ...figure('500 tonnes', 500, 'other', 'other', 'waste collected'), measure: 'tonnes' }], [{ ...figure('520 kilos', 520, 'other', 'other', 'waste collected'), measure: 'kilos' }]]],
    ['years', [[figure('2011', 2011, 'year', 'year', 'inspection')], [figure('2012', 2012, 'year', 'year', 'inspection')]]],
    ['the other article gives both values', [[figure('500', 500, 'count', 'count', 'staff')], [figure('520', 520, 'count', 'count', 'staff'), figure('500', 500, 'count', 'count', 'staff')]]],
    ['contexts differ', [[figure('500', 500, 'count', 'count', 'homes flooded last winter')], [figure('520', 520, 'count', 'count', 'volunteers helped')]]],
    ['only the unit word in common', [[{ ...figure('15 months', 15, 'duration', 'other', 'months late'), measure: 'months' }], [{ ...figure('nine months', 9, 'duration', 'other', 'months'), measure: 'months' }]]],
  ])('no conflict: %s', (_, perArticle) => {
    expect(summary(perArticle).conflicts).toEqual([]);
  });

  it('keeps figures of one value in different measures apart', () => {
    expect(summary([
      [{ ...figure('5 tonnes', 5, 'other', 'other', null), measure: 'tonnes' }],
      [{ ...figure('5 years', 5, 'duration', 'other', null), measure: 'years' }],
    ]).groups.map((g) => g[0])).toEqual(['only', 'only']);
  });

  it('lists repeated mentions of one figure in one article once', () => {
    expect(summary([
      [figure('7,319', 7319, 'count', 'count', 'children in need'), figure('7,319', 7319, 'count', 'count', 'children')],
      [],
    ]).groups).toEqual([['only', ['0:7,319']]]);
  });
});
