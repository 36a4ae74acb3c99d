import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/ingest/frontmatter.js';

describe('parseFrontMatter', () => {
  it('keeps dates as written and finds the body', () => {
    const text = '---\ntitle: Floods\ndate: 2024-02-30\ntime: 2024-01-15T23:30:00-08:00\n---\nBody here.\n';
    const result = parseFrontMatter(text);
    expect(result.data).toEqual({ title: 'Floods', date: '2024-02-30', time: '2024-01-15T23:30:00-08:00' });
    expect(text.slice(result.bodyOffset)).toBe('Body here.\n');
    expect(result.issues).toEqual([]);
  });

  it('works with CRLF line ends', () => {
    const text = '---\r\ntitle: A\r\n---\r\nBody\r\n';
    const result = parseFrontMatter(text);
    expect(result.data).toEqual({ title: 'A' });
    expect(text.slice(result.bodyOffset)).toBe('Body\r\n');
  });

  it('reports a YAML error at its line and column in the file, and still returns the body', () => {
    const text = '---\ntitle: ok\ndate: 2024-01-01\nsummary: Breaking: markets fall\n---\nThe body.\n';
    const result = parseFrontMatter(text);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'YAML', line: 4 });
    expect(result.issues[0]?.message).toMatch(/quotes/);
    expect(text.slice(result.bodyOffset)).toBe('The body.\n');
  });

  it.each(['js', 'javascript', 'coffee', 'python'])('never evaluates ---%s front matter', (language) => {
    const marker = `digestEvaluated${language}`;
    const text = `---${language}\n{ title: (globalThis.${marker} = true, 'x') }\n---\nBody\n`;
    const result = parseFrontMatter(text);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
    expect(result.issues.map((i) => i.code)).toContain('UNSAFE_FRONT_MATTER');
    expect(result.data).toEqual({});
    expect(text.slice(result.bodyOffset)).toBe('Body\n');
  });

  it('refuses alias bombs without expanding them', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => {
      const name = String.fromCharCode(98 + i);
      const prev = String.fromCharCode(97 + i);
      return `${name}: &${name} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`;
    })].join('\n');
    const result = parseFrontMatter(`---\n${bomb}\n---\nBody\n`);
    expect(result.data).toEqual({});
    expect(result.issues.map((i) => i.message).join()).toMatch(/aliases/);
  });

  it('keeps __proto__ as a plain field without polluting prototypes', () => {
    const result = parseFrontMatter('---\n__proto__:\n  polluted: yes\nconstructor: x\n---\nBody\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(result.data)).toEqual(['__proto__', 'constructor']);
  });

  it.each([['a list', '- a\n- b'], ['a scalar', 'just text']])('reports front matter that is %s', (_name, yamlText) => {
    const result = parseFrontMatter(`---\n${yamlText}\n---\nBody\n`);
    expect(result.issues.map((i) => i.code)).toEqual(['FRONT_MATTER_SHAPE']);
    expect(result.data).toEqual({});
  });

  it('reports an unclosed block and keeps the rest as body', () => {
    const text = '---\ntitle: x\nBody text that follows.\n';
    const result = parseFrontMatter(text);
    expect(result.issues.map((i) => i.message).join()).toMatch(/never closed/);
    expect(text.slice(result.bodyOffset)).toContain('Body text that follows.');
  });

  it('treats text without an opening --- as having no front matter', () => {
    expect(parseFrontMatter('Title\n---\nmore')).toMatchObject({ present: false, bodyOffset: 0 });
  });
});
