// `digest compare` as JSON data: the comparison object under the `comparison` key.
import type { Comparison, FigureMention, NamedEntity, QuoteGroupMember } from '../model.js';
import { articleHeaderJson, figureJson, quoteJson, round } from './article-json.js';

function fileOf(comparison: Comparison, index: number): string {
  return comparison.articles[index]!.article.file;
}

export function nameJson(name: NamedEntity): Record<string, unknown> {
  return { text: name.text, key: name.key, kind: name.kind, mentions: name.mentions, start: name.start, end: name.end, line: name.line, column: name.column };
}

function quoteMemberJson(comparison: Comparison, m: QuoteGroupMember): Record<string, unknown> {
  return { article: m.article, file: fileOf(comparison, m.article), match: m.match, diff: m.diff, excerpt: m.excerpt, quote: quoteJson(m.quote) };
}

function figureMemberJson(comparison: Comparison, m: FigureMention): Record<string, unknown> {
  return { article: m.article, file: fileOf(comparison, m.article), figure: figureJson(m.figure) };
}

export function comparisonJson(comparison: Comparison): Record<string, unknown> {
  return {
    articles: comparison.articles.map((a) => ({ ...articleHeaderJson(a.article), quotes: a.quotes.length, figures: a.figures.length, names: a.names.length })),
    pairs: comparison.pairs.map((p) => ({
      a: p.a, b: p.b, fileA: fileOf(comparison, p.a), fileB: fileOf(comparison, p.b),
      score: round(p.score), verdict: p.verdict,
      parts: Object.fromEntries(Object.entries(p.parts).map(([k, v]) => [k, v === null ? null : round(v)])),
    })),
    quotes: comparison.quotes.map((g) => ({ kind: g.kind, members: g.members.map((m) => quoteMemberJson(comparison, m)) })),
    speakers: comparison.speakers.map((s) => ({ speaker: s.speaker, quotes: s.quotes })),
    figures: comparison.figures.map((g) => ({ kind: g.kind, members: g.members.map((m) => figureMemberJson(comparison, m)) })),
    conflicts: comparison.conflicts.map((c) => ({ subject: c.subject, members: c.members.map((m) => figureMemberJson(comparison, m)) })),
    namesOnly: comparison.namesOnly.map((names, article) => ({ article, file: fileOf(comparison, article), names: names.map(nameJson) })),
  };
}
