import { describe, expect, it } from 'vitest';
import { withDocumentShell } from '../../../src/ingest/html-shell.js';

describe('withDocumentShell', () => {
  it.each([
    ['a whole page is left alone', '<!DOCTYPE html><html><head></head><body><p>x</p></body></html>', '<!DOCTYPE html><html><head></head><body><p>x</p></body></html>'],
    ['a fragment gets both tags', '<p>x</p>', '<html><body><p>x</p></html>'],
    ['plain text gets both tags', 'just text', '<html><body>just text</html>'],
    ['the body starts after the head elements', '<title>T</title><meta charset="utf-8">\n<p>x</p>', '<html><title>T</title><meta charset="utf-8">\n<body><p>x</p></html>'],
    ['a page that leaves out <body>', '<html><head><title>a <b> c</title></head><p>x</p></html>', '<html><head><title>a <b> c</title></head><body><p>x</p></html>'],
    ['a script in the head with a "<" in it', '<html><script>if (a<b) go()</script><div>x</div></html>', '<html><script>if (a<b) go()</script><body><div>x</div></html>'],
    ['a head cut off before any body', '<!DOCTYPE html>\n<html>\n<head>\n<title>Kelsford Echo', '<!DOCTYPE html>\n<html>\n<head>\n<title>Kelsford Echo<body></body>'],
    ['an empty string', '', '<html><body></body></html>'],
    ['a page with a body and no <html>', '<head><title>T</title></head><body><p>x</p></body>', '<html><head><title>T</title></head><body><p>x</p></body></html>'],
  ])('%s', (_name, input, output) => {
    expect(withDocumentShell(input)).toBe(output);
  });
});
