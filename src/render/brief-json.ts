// `digest brief --format json|ndjson`: one object per story (items `storyBriefs`), then the
// briefing's header and "also" list (section `briefing`).
import type { AlsoItem, Briefing, BriefStory } from '../brief/types.js';
import { round } from './article-json.js';

export function storyBriefJson(story: BriefStory): Record<string, unknown> {
  return {
    label: story.label,
    keywords: story.keywords,
    sources: story.sources,
    latest: story.latest,
    cohesion: round(story.cohesion),
    articles: story.articles.map((a) => ({ file: a.file, source: a.source, headline: a.headline, date: a.date })),
    summary: story.summary.map((s) => ({
      text: s.text, file: s.file, start: s.start, end: s.end, line: s.line, column: s.column, sentence: s.sentence,
      score: round(s.score),
      parts: Object.fromEntries(Object.entries(s.parts).map(([k, v]) => [k, round(v)])),
      alsoIn: s.alsoIn.map((r) => ({ file: r.file, sentence: r.sentence, line: r.line })),
    })),
    quotes: story.quotes.map((q) => ({
      text: q.text, speaker: q.speaker, speakerRole: q.speakerRole, sources: q.sources, variants: q.variants,
      carriedBy: q.carriedBy.map((c) => ({ file: c.file, source: c.source, line: c.line, wording: c.wording, match: c.match, text: c.text })),
    })),
    figures: story.figures.map((f) => ({
      text: f.text, kind: f.kind, context: f.context, sources: f.sources,
      carriedBy: f.carriedBy.map(carrierJson),
    })),
    conflicts: story.conflicts.map((c) => ({ subject: c.subject, values: c.values.map(carrierJson) })),
    files: story.articles.map((a) => a.file),
  };
}

function carrierJson(c: BriefStory['figures'][number]['carriedBy'][number]): Record<string, unknown> {
  return { file: c.file, source: c.source, line: c.line, text: c.text, value: c.value };
}

function alsoJson(item: AlsoItem): Record<string, unknown> {
  return { label: item.label, source: item.source, date: item.date, files: item.files };
}

/** Everything about the briefing but its stories. */
export function briefingJson(briefing: Briefing): Record<string, unknown> {
  return {
    from: briefing.from,
    to: briefing.to,
    articles: briefing.articles,
    stories: briefing.stories.length,
    moreStories: briefing.moreStories,
    also: briefing.also.map(alsoJson),
    moreAlso: briefing.moreAlso,
  };
}
