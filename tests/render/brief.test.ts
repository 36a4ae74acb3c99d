// The briefing renderers over one canned briefing whose every string is hostile: article text is
// untrusted, and no format may let it become markup, a link, a load or a terminal escape.
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/brief/types.js';
import type { MergedSentence } from '../../src/summarize/merge.js';
import { BRIEFING_CSP, briefingHtml, esc } from '../../src/render/brief-html.js';
import { briefingMarkdown, mdCode, mdText } from '../../src/render/brief-markdown.js';
import { briefingText } from '../../src/render/brief-text.js';
import { storyFacts } from '../../src/render/brief-common.js';
import type { Problem } from '../../src/model.js';

const EVIL = '<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) <!-- hidden --> ![pic](https://tracker.example/p.png) \u001b[31mred\u001b[0m & "q" \'s\'';

function sentence(text: string, file: string): MergedSentence {
  return { text, file, sentence: 0, start: 0, end: text.length, line: 3, column: 1, score: 1, parts: {}, alsoIn: [] };
}

const carrier = (file: string, source: string | null, text: string, value: number) => ({ file, source, line: 4, text, value });

const briefing: Briefing = {
  from: '2024-09-02',
  to: '2024-10-20',
  articles: 5,
  stories: [{
    label: `Fire ${EVIL}`,
    keywords: ['fire', EVIL],
    sources: 2,
    latest: '2024-09-02',
    cohesion: 0.5,
    articles: [
      { file: 'a/post.md', source: `Post ${EVIL}`, headline: `Headline ${EVIL}`, date: '2024-09-02' },
      { file: 'a/evil`name<b>.md', source: null, headline: null, date: null },
    ],
    summary: [sentence(`Summary ${EVIL}`, 'a/post.md')],
    quotes: [{
      text: `Quote ${EVIL}`, speaker: `Speaker ${EVIL}`, speakerRole: null, sources: 2, variants: true,
      carriedBy: [
        { file: 'a/post.md', source: `Post ${EVIL}`, line: 5, wording: 'same', match: null, text: null },
        { file: 'a/evil`name<b>.md', source: null, line: 6, wording: 'variant', match: 'reworded', text: `Variant ${EVIL}` },
      ],
    }],
    figures: [{ text: `£2.4m ${EVIL}`, kind: 'money', context: `damage ${EVIL}`, sources: 2, carriedBy: [carrier('a/post.md', 'Post', '£2.4m', 2.4e6)] }],
    conflicts: [{ subject: `firefighters ${EVIL}`, values: [carrier('a/post.md', 'Post', '45', 45), carrier('b.md', 'Gazette', `60 ${EVIL}`, 60)] }],
  }],
  moreStories: 2,
  also: [{ label: `Also ${EVIL}`, source: `Outlet ${EVIL}`, date: null, files: ['c.md'] }],
  moreAlso: 4,
};
const problems: Problem[] = [{ path: `bad${EVIL}.md`, code: 'EMPTY', severity: 'warning', message: `empty ${EVIL}`, line: null, column: null }];

describe('briefingHtml', () => {
  const html = briefingHtml(briefing, problems);

  it('is one document with inline CSS and a policy that forbids every load and script', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${esc(BRIEFING_CSP)}">`);
    expect(BRIEFING_CSP).toContain("default-src 'none'");
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/prefers-color-scheme:\s*dark/);
    expect(html).toMatch(/@media print/);
  });

  it('has no script, no event handler, no element that loads anything, no URL from an article', () => {
    const tags = html.replace(/<style>[\s\S]*?<\/style>/, '').match(/<[^>]*>/g) ?? [];
    const ALLOWED = new Set(['!DOCTYPE', 'html', 'head', 'meta', 'title', 'body', 'main', 'header', 'footer', 'section', 'h1', 'h2', 'h3', 'p', 'ul', 'li', 'span', 'strong', 'blockquote', 'br']);
    for (const tag of tags) {
      const name = /^<\/?([!\w]+)/.exec(tag)?.[1] ?? tag;
      expect(ALLOWED.has(name), tag).toBe(true);
      const attributes = [...tag.replace(/"[^"]*"/g, '""').matchAll(/\s([\w-]+)=/g)].map((m) => m[1]);
      for (const attribute of attributes) expect(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'id'], tag).toContain(attribute);
    }
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).not.toContain('<!--');
    expect(html).not.toContain('\u001b');
  });

  it('shows the hostile text as text', () => {
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('&#60;img src=x onerror=alert(2)&#62;');
    expect(html).toContain('&#60;!-- hidden --&#62;');
    expect(html).toContain('evil`name&#60;b&#62;.md');
  });

  it('has every part: stories, quotes with carriers, conflicts flagged, also list, more counts, problems', () => {
    for (const part of ['<h2>1. Fire', 'Key quotes', 'carried by', 'Outlets disagree', '<h2>Also</h2>', 'and 2 more stories', 'and 4 more single-source items', 'empty &#60;script']) {
      expect(html).toContain(part);
    }
  });

  it('escapes the five HTML characters', () => {
    expect(esc(`<a href="x" title='y'>&`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;');
  });
});

describe('briefingMarkdown', () => {
  const md = briefingMarkdown(briefing, problems);

  it('has a title, numbered story headings, bold section labels, an Also section', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings[0]).toBe('# News briefing');
    expect(headings[1]).toMatch(/^## 1\. Fire /);
    expect(headings.at(-1)).toBe('## Also');
    for (const label of ['**Sources**', '**Summary**', '**Key quotes**', '**Key figures**', '**Files:**']) expect(md).toContain(label);
  });

  it('lets no HTML, link, image or comment through: every < [ ] ( ) ! from an article is escaped', () => {
    const outsideCode = md.replace(/(`+)[^`]*?\1/g, '');
    expect(outsideCode).not.toMatch(/(?<!\\)<(?:script|img|!--)/);
    expect(outsideCode).not.toMatch(/(?<!\\)\[click(?<!\\)\]/);
    expect(outsideCode).not.toMatch(/(?<!\\)!(?<!\\)\[pic/);
    expect(md).not.toContain('\u001b');
    expect(md).toContain('\\<script\\>');
  });

  it('puts file names in code spans that hold backticks', () => {
    expect(mdCode('a`b.md')).toBe('``a`b.md``');
    expect(mdCode('`x')).toBe('`` `x ``');
    expect(md).toContain('``a/evil`name<b>.md``');
  });

  it('keeps a headline from starting a list or heading inside its bullet', () => {
    expect(mdText('1. first')).toBe('1\\. first');
    expect(mdText('- dash')).toBe('\\- dash');
    expect(mdText('# hash')).toBe('\\# hash');
  });
});

describe('briefingText', () => {
  const ctx = { color: false, columns: 80 };
  const text = briefingText(briefing, problems, ctx);

  it('drops terminal escapes from article text and fits the width', () => {
    expect(text).not.toContain('\u001b');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('has the parts a reader scans for', () => {
    for (const part of ['NEWS BRIEFING', '1. Fire', 'Sources', 'Summary', 'Key quotes', 'carried by', '≠', 'outlets disagree', 'Also', 'and 4 more single-source items', '1 warning']) {
      expect(text).toContain(part);
    }
  });

  it('colours only when asked', () => {
    expect(briefingText(briefing, [], { color: true, columns: 80 })).toContain('\u001b[');
  });
});

describe('storyFacts', () => {
  const story = briefing.stories[0]!;
  const unnamed = { ...story, sources: 3, articles: ['x/1.txt', 'x/2.txt', 'x/3.txt'].map((file) => ({ file, source: null, headline: null, date: null })) };

  it('counts sources when articles name their outlets', () => {
    expect(storyFacts(story)).toMatch(/^2 sources · latest 2024-09-02/);
  });

  it('says articles, not sources, when no article names its outlet', () => {
    expect(storyFacts(unnamed)).toMatch(/^3 articles, no outlet named · latest 2024-09-02/);
    expect(storyFacts(unnamed)).not.toMatch(/sources/);
  });
});
