// `digest stories` in every format: one item per story.
import Table from 'cli-table3';
import type { Story } from '../model.js';
import { round } from './article-json.js';
import { markdownInline } from './stream.js';
import { chalkFor, oneLine, plural, truncate, type RenderContext } from './style.js';

export function storyJson(story: Story): Record<string, unknown> {
  return {
    label: story.label,
    keywords: story.keywords,
    size: story.articles.length,
    cohesion: round(story.cohesion),
    articles: story.articles.map((a) => ({ file: a.file, headline: a.headline, source: a.source, date: a.date, score: round(a.score) })),
  };
}

export function storyText(story: Story, ctx: RenderContext): string {
  const chalk = chalkFor(ctx);
  const facts = `${plural(story.articles.length, 'article')} · cohesion ${story.cohesion.toFixed(2)} · ${story.keywords.map(oneLine).join(', ')}`;
  const head = `${chalk.bold(truncate(story.label, ctx.columns))}\n${chalk.dim(truncate(facts, ctx.columns))}`;
  const withSource = story.articles.some((a) => a.source !== null);
  const width = Math.max(40, ctx.columns) - (withSource ? 4 : 3);
  const sourceWidth = withSource ? Math.min(18, Math.floor(width / 5)) : 0;
  const fileWidth = Math.floor((width - sourceWidth) * 0.4);
  const table = new Table({
    colWidths: [...(withSource ? [sourceWidth] : []), width - sourceWidth - fileWidth, fileWidth],
    wordWrap: true,
    style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const a of story.articles) {
    const file: Table.Cell = { content: chalk.dim(oneLine(a.file)), wordWrap: true, wrapOnWordBoundary: false };
    const headline = oneLine(a.headline ?? '(no headline)');
    table.push(withSource ? [oneLine(a.source ?? '—'), headline, file] : [headline, file]);
  }
  return `${head}\n${table.toString()}\n`;
}

export function storyMarkdown(story: Story): string {
  const rows = story.articles.map((a) => `| ${markdownInline(a.source ?? '—')} | ${markdownInline(a.headline ?? '(no headline)')} | \`${markdownInline(a.file)}\` | ${a.score.toFixed(2)} |`);
  return [
    `### ${markdownInline(story.label)}`, '',
    `_${plural(story.articles.length, 'article')} · cohesion ${story.cohesion.toFixed(2)} · ${markdownInline(story.keywords.join(', '))}_`, '',
    '| source | headline | file | score |', '| --- | --- | --- | --- |', ...rows, '',
  ].join('\n');
}
