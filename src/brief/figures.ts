// A story's key figures and the figures its outlets disagree on: compare's figure matching over
// all its articles, ranked by how many outlets give the figure and how high each outlet's own
// ranking puts it.
import type { Article, Figure, FigureConflict, FigureGroup, FigureKind, FigureMention } from '../model.js';
import { compareFigures, figureKey } from '../compare/figures.js';
import { figureContext } from '../compare/index.js';
import { rankFigures } from '../extract/figures.js';
import { isRealConflict } from './conflicts.js';
import { countSources } from './plan.js';
import type { BriefConflict, BriefFigure, FigureCarrier } from './types.js';

/**
 * How deep into each article's own figure ranking a figure may stand and still be a key figure of
 * the story. Deeper lets more shared figures in; shallower keeps to what each outlet leads with.
 */
export const FIGURE_RANK_POOL = 8;
/** How much more sources multiply a figure's rank part (0-1): by 1 + weight × log2(sources), as for quotes. */
export const FIGURE_SOURCE_WEIGHT = 0.5;
/** Kinds never shown as key figures: every outlet gives the year, and that makes it no less a footnote. */
/**
 * Kinds whose exact value alone says two outlets give the same figure, within one story: "£6.8million"
 * and "£6.8 million" are the same sum whatever words surround them. Not percentages or counts: "12%"
 * can be a profit fall in one sentence and a sales rise in the next.
 */
export const SAME_BY_VALUE_KINDS: ReadonlySet<FigureKind> = new Set(['money']);
export const NOT_KEY_KINDS: ReadonlySet<FigureKind> = new Set(['year', 'date']);

export interface StoryFigures {
  figures: BriefFigure[];
  conflicts: BriefConflict[];
}

export function keyFigures(articles: readonly Article[], figuresPerArticle: readonly (readonly Figure[])[], limit: number): StoryFigures {
  const contextOf = figureContext(articles);
  const compared = compareFigures(figuresPerArticle, contextOf);
  const rankBonus = rankBonuses(articles, figuresPerArticle);
  const scored = mergeByValue(compared.groups)
    .filter((group) => !NOT_KEY_KINDS.has(group.members[0]!.figure.kind))
    .map((group) => ({ group, rank: Math.max(...group.members.map((m) => rankBonus(m))) }))
    .filter((g) => g.rank > 0)
    .map((g) => ({ group: g.group, score: g.rank * (1 + FIGURE_SOURCE_WEIGHT * Math.log2(sourcesOf(g.group.members, articles))) }))
    .sort((a, b) => b.score - a.score);
  const conflicts = compared.conflicts.filter((c) => sourcesOf(c.members, articles) > 1 && isRealConflict(c.members.map((m) => m.figure)));
  return {
    figures: scored.slice(0, limit).map((g) => toBriefFigure(g.group, articles, contextOf)),
    conflicts: conflicts.slice(0, limit).map((c) => toBriefConflict(c, articles)),
  };
}

/** Groups of one value of a SAME_BY_VALUE_KINDS kind joined into one, in order of their first. */
export function mergeByValue(groups: readonly FigureGroup[]): FigureGroup[] {
  const out: FigureGroup[] = [];
  const byKey = new Map<string, FigureGroup>();
  for (const group of groups) {
    const first = group.members[0]!.figure;
    const key = SAME_BY_VALUE_KINDS.has(first.kind) && first.value !== null ? figureKey(first) : null;
    const into = key === null ? undefined : byKey.get(key);
    if (into) {
      into.members.push(...group.members);
      into.kind = new Set(into.members.map((m) => m.article)).size > 1 ? 'shared' : 'only';
      continue;
    }
    const copy: FigureGroup = { kind: group.kind, members: [...group.members] };
    if (key !== null) byKey.set(key, copy);
    out.push(copy);
  }
  return out;
}

/** For a mention: 1 for its article's top figure, falling to 0 past FIGURE_RANK_POOL. */
function rankBonuses(articles: readonly Article[], figuresPerArticle: readonly (readonly Figure[])[]): (m: FigureMention) => number {
  const positions = figuresPerArticle.map((figures, i) => {
    const article = articles[i]!;
    const ranked = rankFigures(figures, FIGURE_RANK_POOL, { headline: article.headline, text: article.text });
    return new Map(ranked.map((index, position) => [figures[index]!, position]));
  });
  return (m) => {
    const position = positions[m.article]?.get(m.figure);
    return position === undefined ? 0 : 1 - position / FIGURE_RANK_POOL;
  };
}

function sourcesOf(members: readonly FigureMention[], articles: readonly Article[]): number {
  return countSources(members.map((m) => articles[m.article]!));
}

/** One carrier per article: its first mention. */
function carriers(members: readonly FigureMention[], articles: readonly Article[]): FigureCarrier[] {
  const seen = new Set<number>();
  const out: FigureCarrier[] = [];
  for (const m of members) {
    if (seen.has(m.article)) continue;
    seen.add(m.article);
    const article = articles[m.article]!;
    out.push({ file: article.file, source: article.source, line: m.figure.line, text: m.figure.text, value: m.figure.value });
  }
  return out;
}

function toBriefFigure(group: FigureGroup, articles: readonly Article[], contextOf: ReturnType<typeof figureContext>): BriefFigure {
  const first = group.members[0]!;
  const carriedBy = carriers(group.members, articles);
  const context = contextOf(first.article, first.figure);
  return { text: first.figure.text, kind: first.figure.kind, context: context === '' ? null : context, sources: countSources(carriedBy), carriedBy };
}

function toBriefConflict(conflict: FigureConflict, articles: readonly Article[]): BriefConflict {
  return { subject: conflict.subject, values: carriers(conflict.members, articles) };
}
