// The briefing `digest brief` prints: stories carried by several sources, each with one merged
// summary, the quotes and figures the outlets carry, and a short list of single-source items.
// Plain data: the builder computes it, the renderers only format it.
import type { FigureKind, QuoteMatch } from '../model.js';
import type { MergedSentence } from '../summarize/merge.js';

/** One article of a story, as the briefing lists it. */
export interface BriefArticle {
  file: string;
  /** The outlet (front matter `source`, the page's publisher), else null. */
  source: string | null;
  headline: string | null;
  /** ISO date, else null. */
  date: string | null;
}

/** How an outlet's wording of a quote relates to the quote as the briefing shows it. */
export type QuoteWording = 'same' | 'partial' | 'variant';

/** One outlet's version of a key quote. */
export interface QuoteCarrier {
  file: string;
  source: string | null;
  line: number;
  wording: QuoteWording;
  /** How the matcher related the words (null for the reference wording itself). */
  match: QuoteMatch | null;
  /** The outlet's own words when they differ from the shown quote, else null. */
  text: string | null;
}

export interface BriefQuote {
  /** The reference wording: the one most outlets carry word for word. */
  text: string;
  speaker: string | null;
  speakerRole: string | null;
  /** How many distinct sources carry it. */
  sources: number;
  /** True when at least one outlet words it differently (not just shorter). */
  variants: boolean;
  carriedBy: QuoteCarrier[];
}

/** One outlet's mention of a figure. */
export interface FigureCarrier {
  file: string;
  source: string | null;
  line: number;
  /** The figure as this outlet writes it ("£6.8million", "£6.8m"). */
  text: string;
  value: number | null;
}

export interface BriefFigure {
  /** As the first outlet writes it. */
  text: string;
  kind: FigureKind;
  /** The words around it that say what it counts. */
  context: string | null;
  sources: number;
  carriedBy: FigureCarrier[];
}

/** The same thing given different values by different outlets: flagged, never resolved. */
export interface BriefConflict {
  /** The context words the conflicting figures share ("homes", "staff"). */
  subject: string;
  values: FigureCarrier[];
}

export interface BriefStory {
  label: string;
  keywords: string[];
  /** Distinct sources (outlets; an article with no known outlet counts as its own source). */
  sources: number;
  /** The latest article date, else null. */
  latest: string | null;
  cohesion: number;
  articles: BriefArticle[];
  /** The merged summary (`summarize --merge`) of the story's most typical articles. */
  summary: MergedSentence[];
  quotes: BriefQuote[];
  figures: BriefFigure[];
  conflicts: BriefConflict[];
}

/** A story only one source carries: listed, not summarized. */
export interface AlsoItem {
  label: string;
  source: string | null;
  date: string | null;
  files: string[];
}

export interface Briefing {
  /** Earliest and latest article date in the input, else null. */
  from: string | null;
  to: string | null;
  /** Articles read. */
  articles: number;
  stories: BriefStory[];
  /** Multi-source stories left out by the --stories limit. */
  moreStories: number;
  also: AlsoItem[];
  /** Single-source items left out by the --also limit. */
  moreAlso: number;
}
