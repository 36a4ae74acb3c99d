import { describe, expect, it } from 'vitest';
import { checkText, where } from '../../../helpers/check.js';

const BODY = 'The council met on Tuesday to discuss the plans for the new library.';

describe('frontmatter/yaml-syntax', () => {
  it.each([
    ['a colon in an unquoted value', '---\ntitle: Breaking: markets fall today\ndate: 2024-01-01\n---\n\nBody.\n', ['frontmatter/yaml-syntax@2:16']],
    ['an unclosed flow list', '---\ntitle: Markets fall on Tuesday\ntags: [a, b\ndate: 2024-01-01\n---\n\nBody.\n', ['frontmatter/yaml-syntax@4:1']],
    ['a bad indentation on line 3', '---\ntitle: Markets fall on Tuesday\n  date: 2024-01-01\n---\n\nBody.\n', ['frontmatter/yaml-syntax@3:7']],
    ['an unclosed front matter block', '---\ntitle: Markets fall on Tuesday\n\nBody: text here.\n', ['frontmatter/yaml-syntax@1:1']],
  ])('%s', (_name, text, expected) => {
    expect(where(checkText(text), 'frontmatter/yaml-syntax')).toEqual(expected);
  });

  it('stays quiet on valid YAML with comments and quoted colons', () => {
    const text = '---\n# a comment\ntitle: "Breaking: markets fall"\ndate: 2024-01-01\n---\n\nBody.\n';
    expect(where(checkText(text), 'frontmatter/yaml-syntax')).toEqual([]);
  });

  it('does not pile field/required findings on a broken block', () => {
    const ids = checkText('---\ntitle: a: b\n---\n\nBody.\n').map((f) => f.ruleId);
    expect(ids).toContain('frontmatter/yaml-syntax');
    expect(ids).not.toContain('field/required');
  });
});

describe('frontmatter/unsafe-language', () => {
  it.each(['js', 'javascript', 'coffee'])('---%s is refused, never run', (language) => {
    const text = `---${language}\n{ title: (function () { throw new Error('ran') })() }\n---\n\n${BODY}\n`;
    expect(where(checkText(text), 'frontmatter/unsafe-language')).toEqual(['frontmatter/unsafe-language@1:4']);
  });
});

describe('frontmatter/shape', () => {
  it.each([
    ['a list instead of a mapping', '---\n- a\n- b\n---\n\nBody.\n'],
    ['a plain scalar', '---\njust text\n---\n\nBody.\n'],
    ['YAML aliases', '---\nbase: &b [x, y]\ntags: *b\n---\n\nBody.\n'],
  ])('%s', (_name, text) => {
    expect(where(checkText(text), 'frontmatter/shape')).toEqual(['frontmatter/shape@2:1']);
  });
});
