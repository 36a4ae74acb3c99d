// `digest brief --format html`: one self-contained page. Inline CSS only: no script, no font, no
// image, no link to load, and a Content-Security-Policy that forbids them anyway. Light and dark
// follow the reader's setting; the layout is one column that fits a phone and prints cleanly.
// Article text is untrusted: every piece goes through esc(), and nothing from an article ever
// becomes a tag, an attribute name or a URL.
import type { Problem } from '../model.js';
import type { AlsoItem, Briefing, BriefStory } from '../brief/types.js';
import { BRIEFING_TITLE, briefingFacts, carrierLabel, conflictLine, moreLine, outletName, shownArticles, speakerLine, storyFacts, variantCarriers } from './brief-common.js';
import { keyQuoteText } from './digest-text.js';
import { splitProblems } from './stream.js';
import { oneLine, plural, safeText } from './style.js';
import { contextSuffix } from './figure-context.js';

/** No network, no script, no plugin, no form: the page can only show its own text and style. */
export const BRIEFING_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

const STYLE = `
:root{color-scheme:light dark;--bg:#fdfdfb;--fg:#1d1d1b;--muted:#5d5d58;--rule:#d8d8d2;--accent:#1f5fa8;--warn-bg:#fff1d6;--warn-fg:#6b3d00;--warn-rule:#d08a1e}
@media (prefers-color-scheme:dark){:root{--bg:#151517;--fg:#e9e9e6;--muted:#a5a5a0;--rule:#38383c;--accent:#8ab8f0;--warn-bg:#3a2a0e;--warn-fg:#ffd68f;--warn-rule:#b57a1c}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:46rem;margin:0 auto;padding:1rem 1rem 3rem}
h1{font-size:1.6rem;line-height:1.2;margin:.5rem 0 .25rem}
h2{font-size:1.25rem;line-height:1.3;margin:0 0 .2rem}
h3{font-size:.78rem;letter-spacing:.07em;text-transform:uppercase;color:var(--muted);margin:1.1rem 0 .3rem}
p,li,blockquote,h1,h2{overflow-wrap:break-word}
.facts{color:var(--muted);font-size:.9rem;margin:0}
.story{border-top:3px solid var(--rule);padding:1.2rem 0 .6rem}
ul{margin:.2rem 0;padding-left:1.25rem}
li{margin:.25rem 0}
.sources li,.also li{list-style:none;margin-left:-1.25rem}
.outlet{font-weight:600}
blockquote{margin:.6rem 0;padding:.1rem 0 .1rem .8rem;border-left:3px solid var(--accent)}
blockquote p{margin:0}
.who{color:var(--muted);font-size:.92rem}
.carried{color:var(--muted);font-size:.85rem}
.variant{font-size:.88rem;margin:.2rem 0 0;padding-left:.6rem;border-left:2px dashed var(--warn-rule)}
.conflict{background:var(--warn-bg);color:var(--warn-fg);border-left:4px solid var(--warn-rule);padding:.4rem .6rem;border-radius:0 4px 4px 0;list-style:none;margin-left:-1.25rem}
.num{font-weight:700;font-variant-numeric:tabular-nums}
.file{font:.8rem/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere;color:var(--muted)}
.sources .file{display:block}
footer{border-top:1px solid var(--rule);margin-top:1.5rem;padding-top:.6rem;color:var(--muted);font-size:.85rem}
@media print{
:root{color-scheme:light;--bg:#fff;--fg:#000;--muted:#444;--rule:#999;--accent:#000;--warn-bg:#fff;--warn-fg:#000;--warn-rule:#000}
body{font-size:10.5pt}
main{max-width:none;padding:0}
.story{break-inside:auto}
h2,h3{break-after:avoid}
blockquote,li{break-inside:avoid}
}`;

/** Text made safe for HTML content and quoted attributes; control characters and terminal escapes dropped. */
export function esc(text: string): string {
  return safeText(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** One line of escaped text. */
function line(text: string): string {
  return esc(oneLine(text));
}

export function briefingHtml(briefing: Briefing, problems: readonly Problem[]): string {
  const body = [
    `<header><h1>${esc(BRIEFING_TITLE)}</h1><p class="facts">${line(briefingFacts(briefing))}</p></header>`,
    ...briefing.stories.map((story, i) => storyHtml(story, i + 1)),
    briefing.moreStories > 0 ? `<p class="facts">${line(moreLine(briefing.moreStories, 'story from several sources', 'stories from several sources'))}</p>` : '',
    alsoHtml(briefing.also, briefing.moreAlso),
    briefing.stories.length === 0 && briefing.also.length === 0 ? '<p class="facts">Nothing to brief.</p>' : '',
    footerHtml(briefing, problems),
  ].filter((part) => part !== '');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(BRIEFING_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${line(titleOf(briefing))}</title>`,
    `<style>${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function titleOf(briefing: Briefing): string {
  const dates = briefing.from === null ? '' : ` · ${briefing.from === briefing.to ? briefing.from : `${briefing.from} to ${briefing.to}`}`;
  return `${BRIEFING_TITLE}${dates}`;
}

function storyHtml(story: BriefStory, number: number): string {
  const { shown, more } = shownArticles(story.articles);
  const sources = shown.map((a) => `<li>${a.source ? `<span class="outlet">${line(a.source)}</span> · ` : ''}${a.date ? `${line(a.date)} · ` : ''}${line(a.headline ?? '(no headline)')}<span class="file">${line(a.file)}</span></li>`);
  if (more > 0) sources.push(`<li class="carried">${line(moreLine(more, 'article', 'articles'))}</li>`);
  const summary = story.summary.map((s) => {
    const outlet = story.articles.find((a) => a.file === s.file);
    return `<li>${line(s.text)} <span class="carried">(${line(outlet ? outletName(outlet) : s.file)})</span></li>`;
  });
  return [
    `<section class="story" id="story-${number}">`,
    `<h2>${number}. ${line(story.label)}</h2>`,
    `<p class="facts">${line(storyFacts(story))}</p>`,
    `<h3>Sources and files</h3><ul class="sources">${sources.join('')}</ul>`,
    `<h3>Summary</h3><ul>${summary.join('') || '<li>(no text to summarize)</li>'}</ul>`,
    quotesHtml(story),
    figuresHtml(story),
    '</section>',
  ].filter((part) => part !== '').join('\n');
}

function quotesHtml(story: BriefStory): string {
  if (story.quotes.length === 0) return '';
  const items = story.quotes.map((q) => {
    const variants = variantCarriers(q).map((v) => `<p class="variant">≠ <span class="outlet">${line(outletName(v))}</span> has: “${line(keyQuoteText(v.text!))}”</p>`);
    return `<blockquote><p>“${line(keyQuoteText(q.text))}”</p><p class="who">— ${line(speakerLine(q))}</p>`
      + `<p class="carried">carried by ${line(q.carriedBy.map(carrierLabel).join(', '))}</p>${variants.join('')}</blockquote>`;
  });
  return `<h3>Key quotes</h3>\n${items.join('\n')}`;
}

function figuresHtml(story: BriefStory): string {
  if (story.figures.length === 0 && story.conflicts.length === 0) return '';
  const conflicts = story.conflicts.map((c) => `<li class="conflict"><strong>⚠ Outlets disagree${c.subject ? ` on ${line(c.subject)}` : ''}:</strong> ${line(conflictLine(c))}</li>`);
  const figures = story.figures.map((f) => `<li><span class="num">${line(f.text)}</span>${contextSuffix(f.text, f.context, line)} <span class="carried">(${line(f.carriedBy.map(outletName).join(', '))})</span></li>`);
  return `<h3>Key figures</h3><ul>${[...conflicts, ...figures].join('')}</ul>`;
}

function alsoHtml(also: readonly AlsoItem[], more: number): string {
  if (also.length === 0) return '';
  const items = also.map((item) => {
    const facts = [item.source, item.date, item.files.length > 1 ? plural(item.files.length, 'article') : null].filter((p): p is string => p !== null);
    const file = item.files.length === 1 ? ` <span class="file">${line(item.files[0]!)}</span>` : '';
    return `<li>${line(item.label)}${facts.length ? ` <span class="carried">· ${line(facts.join(' · '))}</span>` : ''}${file}</li>`;
  });
  if (more > 0) items.push(`<li class="carried">${line(moreLine(more, 'single-source item', 'single-source items'))}</li>`);
  return `<section class="story also-list"><h2>Also</h2><ul class="also">${items.join('')}</ul></section>`;
}

function footerHtml(briefing: Briefing, problems: readonly Problem[]): string {
  const parts = splitProblems(problems);
  const counts = [plural(briefing.articles, 'article'), plural(parts.warnings.length, 'warning'), plural(parts.errors.length, 'error')].join(' · ');
  const list = problems.map((p) => `<li><strong>${esc(p.severity)}</strong> <span class="file">${line(p.path)}</span>: ${line(p.message)}</li>`);
  return `<footer><p>${esc(counts)} · made by digest brief</p>${list.length ? `<ul>${list.join('')}</ul>` : ''}</footer>`;
}
