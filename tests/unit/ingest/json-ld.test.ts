import { describe, expect, it } from 'vitest';
import { cleanText, linkedDataMeta } from '../../../src/ingest/json-ld.js';

const ORG = { '@type': 'Organization', '@id': 'https://ledger.example/#org', name: 'Wendshire Ledger' };

describe('linkedDataMeta', () => {
  it.each<[string, unknown[], Record<string, unknown> | null]>([
    ['a plain NewsArticle', [{ '@type': 'NewsArticle', headline: 'H', datePublished: '2025-01-02', author: { '@type': 'Person', name: 'A B' }, publisher: { name: 'P' }, url: 'https://x.example/a' }],
      { headline: 'H', dateText: '2025-01-02', byline: 'A B', source: 'P', url: 'https://x.example/a', tags: [] }],
    ['an @graph with the publisher given by @id and two authors', [{ '@graph': [ORG, { '@type': 'WebPage', name: 'Page' }, { '@type': 'NewsArticle', headline: 'G', author: [{ '@type': 'Person', name: 'Eleanor Fisk' }, { name: 'Daniel Roe' }], publisher: { '@id': ORG['@id'] } }] }],
      { headline: 'G', byline: 'Eleanor Fisk, Daniel Roe', source: 'Wendshire Ledger' }],
    ['a NewsArticle preferred to an Article, in any block', [{ '@type': 'Article', headline: 'Generic' }, [{ '@type': 'BreadcrumbList' }, { '@type': ['ReportageNewsArticle'], headline: 'News' }]],
      { headline: 'News' }],
    ['an Article used when there is no NewsArticle', [{ '@type': 'BlogPosting', headline: 'Post', author: 'Grace Whitlow', publisher: 'Northmead Voice' }],
      { headline: 'Post', byline: 'Grace Whitlow', source: 'Northmead Voice' }],
    ['a full type URL and a mainEntity inside a WebPage', [{ '@type': 'WebPage', mainEntity: { '@type': 'http://schema.org/NewsArticle', headline: 'Inside' } }],
      { headline: 'Inside' }],
    ['an organization as author gives no byline', [{ '@type': 'NewsArticle', author: { '@type': 'NewsMediaOrganization', name: 'WNN News' } }],
      { byline: null }],
    ['keywords as a string or a list; entities decoded; mainEntityOfPage as the URL', [{ '@type': 'NewsArticle', headline: 'Traders&#8217; &amp; shops', keywords: 'a, b ,,c', mainEntityOfPage: { '@id': 'https://x.example/m' } }],
      { headline: 'Traders’ & shops', tags: ['a', 'b', 'c'], url: 'https://x.example/m' }],
    ['no article type at all', [{ '@type': 'CollectionPage', name: 'News' }, 'not an object', 42, null], null],
  ])('%s', (_name, blocks, expected) => {
    const found = linkedDataMeta(blocks);
    if (expected === null) expect(found).toBeNull();
    else expect(found).toMatchObject(expected);
  });

  it('stops following nesting that no real page has', () => {
    let deep: unknown = { '@type': 'NewsArticle', headline: 'Deep' };
    for (let i = 0; i < 50; i++) deep = { '@graph': [deep] };
    expect(linkedDataMeta([deep])).toBeNull();
  });
});

describe('cleanText', () => {
  it.each([
    ['  two\n\t lines\u00a0here ', 'two lines here'],
    ['&#8220;Yes&#8221; &amp;&#x2014; &quot;no&quot;', '“Yes” &— "no"'],
    ['&unknown; &#0; &#99999999;', '&unknown; &#0; &#99999999;'],
  ])('%j → %j', (input, output) => {
    expect(cleanText(input)).toBe(output);
  });
});
