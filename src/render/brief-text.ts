// `digest brief` for the terminal: numbered stories, each with its sources, merged summary, key
// quotes (who carries them, variants marked), key figures and conflicts, files; then "Also".
import type { Problem } from '../model.js';
import type { AlsoItem, Briefing, BriefStory } from '../brief/types.js';
import { BRIEFING_TITLE, briefingFacts, carrierLabel, conflictLine, moreLine, outletName, shownArticles, speakerLine, storyFacts, variantCarriers } from './brief-common.js';
import { keyQuoteText } from './digest-text.js';
import { splitProblems } from './stream.js';
import { chalkFor, MIN_WRAP_WIDTH, oneLine, plural, wrap, type RenderContext } from './style.js';
import { contextSuffix } from './figure-context.js';

const INDENT = '   ';
const SUB = '     ';

/** Wrapped lines, the first after `first`, the others after `rest` (same width). */
function block(text: string, ctx: RenderContext, first: string, rest = ' '.repeat(visibleLength(first))): string[] {
  return wrap(text, Math.max(MIN_WRAP_WIDTH, ctx.columns - visibleLength(first))).map((l, i) => `${i === 0 ? first : rest}${l}`);
}

function visibleLength(text: string): number {
  return text.replace(/\u001b\[[0-9;]*m/g, '').length;
}

export function briefingText(briefing: Briefing, problems: readonly Problem[], ctx: RenderContext): string {
  const chalk = chalkFor(ctx);
  const out = [chalk.bold(BRIEFING_TITLE.toUpperCase()), ...block(briefingFacts(briefing), ctx, '').map((l) => chalk.dim(l)), ''];
  briefing.stories.forEach((story, i) => out.push(...storyLines(story, i + 1, ctx), ''));
  if (briefing.moreStories > 0) out.push(chalk.dim(moreLine(briefing.moreStories, 'story from several sources', 'stories from several sources')), '');
  if (briefing.also.length > 0) out.push(...alsoLines(briefing.also, briefing.moreAlso, ctx), '');
  if (briefing.stories.length === 0 && briefing.also.length === 0) out.push(chalk.dim('(nothing to brief)'), '');
  const parts = splitProblems(problems);
  const totals = [plural(briefing.articles, 'article')];
  if (parts.warnings.length) totals.push(plural(parts.warnings.length, 'warning'));
  if (parts.errors.length) totals.push(chalk.red(plural(parts.errors.length, 'error')));
  out.push(chalk.dim(totals.join(' · ')));
  return `${out.join('\n')}\n`;
}

function storyLines(story: BriefStory, number: number, ctx: RenderContext): string[] {
  const chalk = chalkFor(ctx);
  const head = `${number}. `.padEnd(INDENT.length);
  const out = [...block(story.label, ctx, head).map((l) => chalk.bold(l)), ...block(storyFacts(story), ctx, INDENT).map((l) => chalk.dim(l))];
  out.push('', `${INDENT}${chalk.bold('Sources')}`);
  const { shown, more } = shownArticles(story.articles);
  for (const a of shown) {
    out.push(...block([a.source, a.date, a.headline ?? '(no headline)'].filter((p) => p !== null).map((p) => oneLine(p!)).join(' · '), ctx, `${SUB}• `, `${SUB}  `));
    out.push(...block(a.file, ctx, `${SUB}  `).map((l) => chalk.dim(l)));
  }
  if (more > 0) out.push(chalk.dim(`${SUB}${moreLine(more, 'article', 'articles')}`));
  out.push('', `${INDENT}${chalk.bold('Summary')}`);
  if (story.summary.length === 0) out.push(`${SUB}${chalk.dim('(no text to summarize)')}`);
  for (const s of story.summary) {
    const outlet = story.articles.find((a) => a.file === s.file);
    out.push(...block(`${s.text} ${chalk.dim(`[${outlet ? outletName(outlet) : oneLine(s.file)}]`)}`, ctx, `${SUB}• `, `${SUB}  `));
  }
  out.push(...quoteLines(story, ctx), ...figureLines(story, ctx));
  return out;
}

function quoteLines(story: BriefStory, ctx: RenderContext): string[] {
  if (story.quotes.length === 0) return [];
  const chalk = chalkFor(ctx);
  const out = ['', `${INDENT}${chalk.bold('Key quotes')}`];
  for (const q of story.quotes) {
    out.push(...block(`“${keyQuoteText(q.text)}”`, ctx, `${SUB}• `, `${SUB}  `));
    out.push(...block(`— ${speakerLine(q)}`, ctx, `${SUB}  `).map((l) => chalk.cyan(l)));
    out.push(...block(`carried by ${q.carriedBy.map(carrierLabel).join(', ')}`, ctx, `${SUB}  `).map((l) => chalk.dim(l)));
    for (const v of variantCarriers(q)) out.push(...block(`${outletName(v)} has: “${keyQuoteText(v.text!)}”`, ctx, `${SUB}  ${chalk.yellow('≠')} `, `${SUB}    `));
  }
  return out;
}

function figureLines(story: BriefStory, ctx: RenderContext): string[] {
  if (story.figures.length === 0 && story.conflicts.length === 0) return [];
  const chalk = chalkFor(ctx);
  const out = ['', `${INDENT}${chalk.bold('Key figures')}`];
  for (const c of story.conflicts) {
    const text = `outlets disagree${c.subject ? ` on ${oneLine(c.subject)}` : ''}: ${conflictLine(c)}`;
    out.push(...block(text, ctx, `${SUB}${chalk.yellow('!')} `, `${SUB}  `).map((l) => chalk.yellow(l)));
  }
  for (const f of story.figures) {
    const text = `${oneLine(f.text)}${contextSuffix(f.text, f.context, oneLine, ' — ')} ${chalk.dim(`(${f.carriedBy.map(outletName).join(', ')})`)}`;
    out.push(...block(text, ctx, `${SUB}• `, `${SUB}  `));
  }
  return out;
}

function alsoLines(also: readonly AlsoItem[], more: number, ctx: RenderContext): string[] {
  const chalk = chalkFor(ctx);
  const out = [chalk.bold('Also')];
  for (const item of also) {
    const facts = [item.source, item.date, item.files.length > 1 ? plural(item.files.length, 'article') : item.files[0]!].filter((p): p is string => p !== null).map(oneLine).join(' · ');
    out.push(...block(oneLine(item.label), ctx, '  • ', '    '), ...block(facts, ctx, '    ').map((l) => chalk.dim(l)));
  }
  if (more > 0) out.push(chalk.dim(`  ${moreLine(more, 'single-source item', 'single-source items')}`));
  return out;
}
