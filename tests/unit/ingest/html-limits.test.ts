import { describe, expect, it } from 'vitest';
import { characterReferences, maxOpenElements } from '../../../src/ingest/html-limits.js';

describe('maxOpenElements', () => {
  it.each<[string, number]>([
    ['<div><p>a<p>b</div><div><span>c</span></div>', 2],
    ['<ul><li>a<li>b</ul>', 1],
    ['<br><img src=x><hr/><input>', 0],
    ['<b>'.repeat(30), 30],
    ['</div></div><div>', 1],
    ['<x-widget><x-widget/></x-widget>', 1],
  ])('%j → %i', (html, open) => {
    expect(maxOpenElements(html)).toBe(open);
  });
});

describe('characterReferences', () => {
  it.each<[string, number]>([
    ['Fish &amp; chips &pound;5 &#8217; &#x2014;', 4],
    ['a < b and c <d> and <!-- x --> & so on', 1],
    ['plain text', 0],
  ])('%j → %i', (html, count) => {
    expect(characterReferences(html)).toBe(count);
  });
});
