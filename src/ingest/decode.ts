import type { Encoding } from '../model.js';

export interface Decoded {
  text: string;
  encoding: Encoding;
  binary: boolean;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { ignoreBOM: true });

/**
 * Turns file bytes into text. A byte-order mark chooses UTF-8 or UTF-16; otherwise the bytes must be
 * valid UTF-8, or they are read as Latin-1 (old wire copy and some corpora are Latin-1).
 * A NUL byte outside UTF-16 marks a binary file.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: utf16le.decode(bytes.subarray(2)), encoding: 'utf-16le', binary: false };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: utf16be.decode(bytes.subarray(2)), encoding: 'utf-16be', binary: false };
  }
  if (bytes.includes(0)) return { text: '', encoding: 'utf-8', binary: true };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8Strict.decode(body), encoding: hasBom ? 'utf-8-bom' : 'utf-8', binary: false };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'latin1', binary: false };
  }
}

// Bytes 0x80-0x9F in Windows-1252 (what "Latin-1" files really are): curly quotes, dashes, the euro sign.
// Node's small-ICU builds decode them as C1 controls, so they are mapped here. 0 marks an unassigned byte.
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    codes[i] = byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80] || byte : byte;
  }
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  return text;
}
