import { describe, expect, it } from 'vitest';
import { oneLine, safeText, truncate, wrap } from '../../src/render/style.js';
import { markdownInline } from '../../src/render/stream.js';

describe('safeText', () => {
  it.each([
    ['\u001b[31mred\u001b[0m text', 'red text'],
    ['\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007', 'click'],
    ['title\u001b]0;pwned\u001b\\ here', 'title here'],
    ['move\u001b[2Aup', 'moveup'],
    ['bell\u0007 and backspace\u0008', 'bell and backspace'],
    ['\u009b31mC1 CSI', 'C1 CSI'],
    ['rtl\u202eoverride', 'rtloverride'],
    ['keeps\nnewlines\tand tabs', 'keeps\nnewlines\tand tabs'],
    ['crlf\r\nline', 'crlf\nline'],
  ])('%j → %j', (input, expected) => {
    expect(safeText(input)).toBe(expected);
  });
});

describe('text layout helpers', () => {
  it('wraps at word boundaries within the width', () => {
    const lines = wrap('The quick brown fox jumps over the lazy dog near the river bank', 20);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe('The quick brown fox jumps over the lazy dog near the river bank');
  });

  it('folds white space and truncates with an ellipsis', () => {
    expect(oneLine('  a\n\n b\t c ')).toBe('a b c');
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
  });

  it('makes markdown inert', () => {
    expect(markdownInline('[link](http://x) <script>|*b*')).toBe('\\[link\\]\\(http://x\\) \\<script\\>\\|\\*b\\*');
  });
});
