// Which figures the compared articles share, which conflict (the same thing counted with another
// value), and which only one article gives.
import type { Figure, FigureConflict, FigureGroup, FigureMention, FigureKind } from '../model.js';
import { contentWords } from '../text/tokens.js';

/** Kinds whose value alone says what they are: "2011" in both articles is the same year whatever the words around it. */
const SELF_EXPLAINING: ReadonlySet<FigureKind> = new Set(['year', 'date']);
/** Kinds that never conflict: another year or rank is another fact, not a disagreement. */
const NEVER_CONFLICTING: ReadonlySet<FigureKind> = new Set(['year', 'date', 'rank', 'ratio', 'range']);
/**
 * Two values are a conflict only within this factor of each other: 500 staff against 520 is a
 * disagreement, 5 staff against 500 is two different groups of staff.
 */
export const MAX_CONFLICT_RATIO = 2;
/** Share of context words (Dice) two figures need to be counting the same thing. */
export const CONFLICT_MIN_CONTEXT = 0.5;

/** The words that say what a figure counts; by default its own `context`. */
export type ContextOf = (article: number, figure: Figure) => string;

interface Fact {
  article: number;
  key: string;
  figures: Figure[];
  context: Map<string, string>;
}

const defaultContext: ContextOf = (_article, figure) => figure.context ?? '';

/** The identity of a figure's value: unit, measure ("tonnes") and number (and a range's top), or its normalised text when it has no number. */
export function figureKey(figure: Figure): string {
  if (figure.value === null) return `text:${figure.text.toLowerCase().replace(/\s+/g, ' ')}`;
  return `${figure.unit}:${figure.measure ?? ''}:${figure.value}${figure.high === null ? '' : `-${figure.high}`}`;
}

export function compareFigures(figuresPerArticle: readonly (readonly Figure[])[], contextOf: ContextOf = defaultContext): { groups: FigureGroup[]; conflicts: FigureConflict[] } {
  const facts = figuresPerArticle.flatMap((figures, article) => factsOf(article, figures, contextOf));
  const shared = linkFacts(facts, sameFact);
  const conflictLinks = linkFacts(facts, (a, b) => conflicting(a, b, facts));
  const inConflict = new Set(conflictLinks.filter((g) => g.length > 1).flat());
  const groups: FigureGroup[] = [];
  for (const group of shared) {
    const articles = new Set(group.map((f) => f.article));
    if (articles.size === 1 && group.every((f) => inConflict.has(f))) continue;
    groups.push({ kind: articles.size > 1 ? 'shared' : 'only', members: group.map(mention) });
  }
  const conflicts = conflictLinks.filter((g) => g.length > 1).map((g) => ({ subject: subjectOf(g), members: g.map(mention) }));
  return { groups, conflicts };
}

function factsOf(article: number, figures: readonly Figure[], contextOf: ContextOf): Fact[] {
  const byKey = new Map<string, Fact>();
  for (const figure of figures) {
    const key = figureKey(figure);
    let fact = byKey.get(key);
    if (!fact) byKey.set(key, (fact = { article, key, figures: [], context: new Map() }));
    fact.figures.push(figure);
    // The figure's own words ("months" of "15 months") say what unit it has, not what it counts:
    // "15 months late" and "nine months before we moved back" share them and nothing else.
    const own = new Set(contentWords(figure.text).map((w) => w.stem));
    for (const { stem, word } of contentWords(contextOf(article, figure))) if (!own.has(stem) && !fact.context.has(stem)) fact.context.set(stem, word);
  }
  return [...byKey.values()];
}

/** Groups of facts joined by `linked` across articles, in order of their first fact. */
function linkFacts(facts: readonly Fact[], linked: (a: Fact, b: Fact) => boolean): Fact[][] {
  const parent = facts.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      if (facts[i]!.article !== facts[j]!.article && find(i) !== find(j) && linked(facts[i]!, facts[j]!)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Fact[]>();
  facts.forEach((fact, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), fact]));
  return [...groups.values()];
}

function sameFact(a: Fact, b: Fact): boolean {
  if (a.key !== b.key) return false;
  const kind = a.figures[0]!.kind;
  if (SELF_EXPLAINING.has(kind) || a.context.size === 0 || b.context.size === 0) return true;
  return sharedStems(a, b).length > 0;
}

function conflicting(a: Fact, b: Fact, all: readonly Fact[]): boolean {
  const fa = a.figures[0]!;
  const fb = b.figures[0]!;
  if (a.key === b.key || fa.unit !== fb.unit || fa.measure !== fb.measure || fa.value === null || fb.value === null) return false;
  if (NEVER_CONFLICTING.has(fa.kind) || NEVER_CONFLICTING.has(fb.kind)) return false;
  const [low, high] = [Math.min(Math.abs(fa.value), Math.abs(fb.value)), Math.max(Math.abs(fa.value), Math.abs(fb.value))];
  if (low === 0 || high / low > MAX_CONFLICT_RATIO) return false;
  // An article that gives both values is not contradicted by either.
  if (all.some((f) => (f.article === a.article && f.key === b.key) || (f.article === b.article && f.key === a.key))) return false;
  const shared = sharedStems(a, b).length;
  return shared > 0 && (2 * shared) / (a.context.size + b.context.size) >= CONFLICT_MIN_CONTEXT;
}

function sharedStems(a: Fact, b: Fact): string[] {
  return [...a.context.keys()].filter((stem) => b.context.has(stem));
}

function subjectOf(facts: readonly Fact[]): string {
  const [first, ...rest] = facts;
  return [...first!.context.entries()].filter(([stem]) => rest.every((f) => f.context.has(stem))).map(([, word]) => word).join(' ');
}

function mention(fact: Fact): FigureMention {
  return { article: fact.article, figure: fact.figures[0]! };
}
