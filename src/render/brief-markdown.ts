// `digest brief --format markdown`: headings, bold labels and bullet lists only (no tables), so it
// pastes cleanly into a chat or a document. Every piece of article text goes through mdText or
// mdCode: no HTML, link, image or comment in an article can become live.
import type { Problem } from '../model.js';
import type { AlsoItem, Briefing, BriefStory } from '../brief/types.js';
import { BRIEFING_TITLE, briefingFacts, carrierLabel, conflictLine, moreLine, outletName, shownArticles, speakerLine, storyFacts, variantCarriers } from './brief-common.js';
import { keyQuoteText } from './digest-text.js';
import { markdownInline, splitProblems } from './stream.js';
import { oneLine, plural } from './style.js';
import { contextSuffix } from './figure-context.js';

/** Inline Markdown-inert text; also no list or numbered item can start inside a bullet. */
export function mdText(text: string): string {
  return markdownInline(text).replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-=])/, '\\$1');
}

/** A code span that holds any text: a fence longer than any backtick run inside, no escapes (code spans show text as is). */
export function mdCode(text: string): string {
  const line = oneLine(text);
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

export function briefingMarkdown(briefing: Briefing, problems: readonly Problem[]): string {
  const out = [`# ${BRIEFING_TITLE}`, '', `_${mdText(briefingFacts(briefing))}_`, ''];
  briefing.stories.forEach((story, i) => out.push(...storyMarkdown(story, i + 1)));
  if (briefing.moreStories > 0) out.push(`_${mdText(moreLine(briefing.moreStories, 'story from several sources', 'stories from several sources'))}_`, '');
  if (briefing.also.length > 0) out.push(...alsoMarkdown(briefing.also, briefing.moreAlso));
  if (briefing.stories.length === 0 && briefing.also.length === 0) out.push('_Nothing to brief._', '');
  out.push(...problemsMarkdown(problems));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function storyMarkdown(story: BriefStory, number: number): string[] {
  const out = [`## ${number}. ${mdText(story.label)}`, '', `_${mdText(storyFacts(story))}_`, '', '**Sources**', ''];
  const { shown, more } = shownArticles(story.articles);
  for (const a of shown) {
    out.push(`- ${mdText([outletName(a), a.date].filter((p) => p !== null).join(', '))}: ${mdText(a.headline ?? '(no headline)')}`);
  }
  if (more > 0) out.push(`- _${mdText(moreLine(more, 'article', 'articles'))}_`);
  out.push('', '**Summary**', '');
  if (story.summary.length === 0) out.push('_No text to summarize._');
  for (const s of story.summary) {
    const outlet = story.articles.find((a) => a.file === s.file);
    out.push(`- ${mdText(s.text)} _(${mdText(outlet ? outletName(outlet) : s.file)})_`);
  }
  out.push('', ...quotesMarkdown(story), ...figuresMarkdown(story));
  const files = shown.map((a) => mdCode(a.file)).join(', ') + (more > 0 ? ` ${mdText(moreLine(more, 'file', 'files'))}` : '');
  out.push(`**Files:** ${files}`, '', '---', '');
  return out;
}

function quotesMarkdown(story: BriefStory): string[] {
  if (story.quotes.length === 0) return [];
  const out = ['**Key quotes**', ''];
  for (const q of story.quotes) {
    out.push(`- “${mdText(keyQuoteText(q.text))}” — **${mdText(speakerLine(q))}**  `);
    out.push(`  _carried by ${mdText(q.carriedBy.map(carrierLabel).join(', '))}_`);
    for (const v of variantCarriers(q)) out.push(`  - ≠ ${mdText(outletName(v))} has: “${mdText(keyQuoteText(v.text!))}”`);
  }
  return [...out, ''];
}

function figuresMarkdown(story: BriefStory): string[] {
  if (story.figures.length === 0 && story.conflicts.length === 0) return [];
  const out = ['**Key figures**', ''];
  for (const c of story.conflicts) {
    out.push(`- ⚠️ **Outlets disagree${c.subject ? ` on ${mdText(c.subject)}` : ''}:** ${mdText(conflictLine(c))}`);
  }
  for (const f of story.figures) {
    out.push(`- **${mdText(f.text)}**${contextSuffix(f.text, f.context, mdText)} _(${mdText(f.carriedBy.map(outletName).join(', '))})_`);
  }
  return [...out, ''];
}

function alsoMarkdown(also: readonly AlsoItem[], more: number): string[] {
  const out = ['## Also', ''];
  for (const item of also) {
    const facts = [item.source, item.date].filter((p): p is string => p !== null);
    const files = item.files.length > 1 ? plural(item.files.length, 'article') : mdCode(item.files[0]!);
    out.push(`- ${mdText(item.label)}${facts.length ? ` — ${mdText(facts.join(', '))}` : ''} (${files})`);
  }
  if (more > 0) out.push(`- _${mdText(moreLine(more, 'single-source item', 'single-source items'))}_`);
  return [...out, ''];
}

function problemsMarkdown(problems: readonly Problem[]): string[] {
  if (problems.length === 0) return [];
  const parts = splitProblems(problems);
  const lines = problems.map((p) => `- **${p.severity}** ${mdCode(p.path)}: ${mdText(p.message)}`);
  return ['---', '', `_${plural(parts.warnings.length, 'warning')} · ${plural(parts.errors.length, 'error')}_`, '', ...lines, ''];
}
