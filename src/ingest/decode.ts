import type { Encoding } from '../model.js';

export interface Decoded {
  text: string;
  encoding: Encoding;
  binary: boolean;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const latin1 = new TextDecoder('latin1');
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
    return { text: latin1.decode(body), encoding: 'latin1', binary: false };
  }
}
