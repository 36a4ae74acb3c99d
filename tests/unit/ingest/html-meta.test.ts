import { describe, expect, it } from 'vitest';
import { splitTitle } from '../../../src/ingest/html-meta.js';

describe('splitTitle', () => {
  it.each<[string, string, string | null]>([
    ['Allotment waiting list passes 400 for the first time | Kelsford Weekly Star', 'Allotment waiting list passes 400 for the first time', 'Kelsford Weekly Star'],
    ['Free school lunches for all pupils – Wendshire Ledger', 'Free school lunches for all pupils', 'Wendshire Ledger'],
    ['Kelsford: Teenagers rescued from river - WNN News', 'Kelsford: Teenagers rescued from river', 'WNN News'],
    ['Market hall :: Echo', 'Market hall :: Echo', null],
    ['Sallowby Gazette', 'Sallowby Gazette', null],
    ['Ferry fares rise - and islanders say the increase is far too steep for families', 'Ferry fares rise - and islanders say the increase is far too steep for families', null],
    ['Well-known pair re-elected in by-election', 'Well-known pair re-elected in by-election', null],
  ])('%j', (title, headline, source) => {
    expect(splitTitle(title)).toEqual({ headline, source });
  });
});
