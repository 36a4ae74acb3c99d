import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare/index.js';
import { comparisonJson } from '../../src/render/compare-json.js';
import { comparisonMarkdown } from '../../src/render/compare-markdown.js';
import { comparisonText } from '../../src/render/compare-text.js';
import { storyArticles } from '../helpers/fixtures.js';
import { figure, quote } from '../helpers/make.js';
import { assertValidItem } from '../helpers/schema.js';

// One canned comparison with every kind of row: quotes shared, varying and alone; figures shared,
// conflicting and alone. The quotes and figures are hand-made, so this does not depend on the extractors.
const articles = storyArticles();
const comparison = compareArticles([articles['flood-gazette']!, articles['flood-echo']!], [
  {
    quotes: [
      quote('We are confident the town is now protected, and we apologise for the disruption.', 'Anne Morris'),
      quote('an inquiry into the delay', 'Dev Patel', 'partial'),
    ],
    figures: [figure('£4.2m', 4.2e6, 'GBP', 'money', 'flood defences'), figure('340', 340, 'count', 'count', 'homes flooded'), figure('2021', 2021, 'year', 'year', null)],
  },
  {
    quotes: [quote('We are confident the town is now protected, and we apologise for the delays.', 'Anne Morris')],
    figures: [figure('£4.2m', 4.2e6, 'GBP', 'money', 'flood scheme'), figure('400', 400, 'count', 'count', 'homes flooded'), figure('two months', 2, 'duration', 'other', 'delay')],
  },
]);

describe('compare renderers', () => {
  it('groups what the canned articles share and where they differ', () => {
    expect(comparison.quotes.map((g) => g.kind)).toEqual(['variant', 'only']);
    expect(comparison.figures.map((g) => [g.kind, g.members.map((m) => m.figure.text)])).toEqual([
      ['shared', ['£4.2m', '£4.2m']], ['only', ['2021']], ['only', ['two months']],
    ]);
    expect(comparison.conflicts.map((c) => [c.subject, c.members.map((m) => m.figure.text)])).toEqual([['homes flooded', ['340', '400']]]);
  });

  it('text: variant as a word diff, conflict and shared figures, within 80 columns', () => {
    const text = comparisonText(comparison, { color: false, columns: 80 });
    expect(text).toContain('[-disruption-] {+delays+}');
    expect(text).toMatch(/conflict/);
    expect(text).toContain('£4.2m');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('text: colour marks deletions and insertions instead of brackets', () => {
    const text = comparisonText(comparison, { color: true, columns: 100 });
    expect(text).not.toContain('[-disruption-]');
    expect(text).toMatch(/\u001b\[/);
  });

  it('markdown: a diff with strike-through and bold, pipes escaped', () => {
    const markdown = comparisonMarkdown(comparison);
    expect(markdown).toContain('~~disruption~~ **delays**');
    expect(markdown).toContain('conflict: homes flooded');
  });

  it('json: a schema-valid comparison with quote members, diffs and conflicts', () => {
    const json = comparisonJson(comparison);
    expect(() => assertValidItem('comparison', json)).not.toThrow();
    const variant = (json.quotes as Array<{ kind: string; members: Array<{ match: string | null; diff: unknown }> }>)[0]!;
    expect(variant.members.map((m) => m.match)).toEqual([null, 'reworded']);
    expect(variant.members[1]!.diff).toEqual([
      { op: 'same', text: 'We are confident the town is now protected and we apologise for the' },
      { op: 'del', text: 'disruption' },
      { op: 'ins', text: 'delays' },
    ]);
  });
});
