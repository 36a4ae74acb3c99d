import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/ingest/decode.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodeBytes', () => {
  it('reads UTF-8 without and with a BOM', () => {
    expect(decodeBytes(new TextEncoder().encode('£9.2m'))).toEqual({ text: '£9.2m', encoding: 'utf-8', binary: false });
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ text: 'A', encoding: 'utf-8-bom', binary: false });
  });

  it('reads UTF-16 with either byte order mark', () => {
    expect(decodeBytes(bytes(0xff, 0xfe, 0x41, 0x00, 0xa3, 0x00))).toEqual({ text: 'A£', encoding: 'utf-16le', binary: false });
    expect(decodeBytes(bytes(0xfe, 0xff, 0x00, 0x41, 0x00, 0xa3))).toEqual({ text: 'A£', encoding: 'utf-16be', binary: false });
  });

  it('falls back to Latin-1 (Windows-1252) for invalid UTF-8', () => {
    expect(decodeBytes(bytes(0xa3, 0x35, 0x30, 0x20, 0x93, 0x68, 0x69, 0x94))).toEqual({ text: '£50 “hi”', encoding: 'latin1', binary: false });
  });

  it('marks NUL bytes as binary', () => {
    expect(decodeBytes(bytes(0x41, 0x00, 0x42)).binary).toBe(true);
  });
});
