// Shared types only: no logic lives here.
//
// Offsets (`start`, `end`) are UTF-16 code-unit indices into `Article.text`, the decoded file
// (byte-order mark removed, line ends kept as they were). `line` and `column` are 1-based and
// file-absolute, so a reader can jump from any result straight to the place in the file.
// For an HTML page, `Article.text` is the article text extracted from it instead (see
// `Article.extractedFrom`), and lines and columns count in that text.

export interface Position {
  line: number;
  column: number;
}

export interface Span extends Position {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
  text: string;
}

export interface Sentence extends Span {
  index: number;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
  text: string;
}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'latin1';

export type ProblemCode =
  | 'UNREADABLE'
  | 'NOT_FOUND'
  | 'NO_MATCH'
  | 'EMPTY'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'ENCODING'
  | 'YAML'
  | 'UNSAFE_FRONT_MATTER'
  | 'FRONT_MATTER_SHAPE'
  | 'NO_BODY'
  | 'NOT_AN_ARTICLE'
  | 'HTML_METADATA'
  | 'TOO_MANY_FIGURES'
  /** A bug in digest (a check rule threw, a fix failed its own safety check): reported, the run goes on. */
  | 'INTERNAL';

/** Something wrong with one input. Errors make the exit code 2; warnings are only reported. */
export interface Problem {
  path: string;
  code: ProblemCode;
  severity: 'error' | 'warning';
  message: string;
  line: number | null;
  column: number | null;
}

/** Boilerplate cut from the end of a body ("Sign-up for our newsletter"): reported, not lost. */
export interface Trailer extends Span {
  text: string;
}

export interface ArticleMeta {
  headline: string | null;
  /**
   * Where the headline came from. HTML pages: 'json-ld' (a NewsArticle's headline), 'meta' (Open
   * Graph and other meta tags), 'title' (the <title>, site name cut off) or 'heading' (the first <h1>).
   */
  headlineFrom: 'front-matter' | 'heading' | 'first-line' | 'json-ld' | 'meta' | 'title' | null;
  /** ISO date (YYYY-MM-DD) when the written date is a real calendar date, else null. */
  date: string | null;
  /** The date exactly as written in the file. */
  dateText: string | null;
  source: string | null;
  byline: string | null;
  url: string | null;
  tags: string[];
}

export interface Article extends ArticleMeta {
  /** Path as given or found, relative to the working directory, with `/` separators. */
  file: string;
  format: 'markdown' | 'text' | 'html';
  /**
   * null when `text` is the file itself. 'html' when `text` is the plain text extracted from an HTML
   * page (one block per paragraph, heading, list item or quoted paragraph, separated by blank lines):
   * offsets, lines and columns then refer to that text, and positions in the HTML source are not known.
   */
  extractedFrom: 'html' | null;
  encoding: Encoding;
  /** The whole decoded file (or the text extracted from it, see `extractedFrom`). Every offset in every result points into this string. */
  text: string;
  /** Offset where the body (after front matter, headline and dateline) begins. */
  bodyStart: number;
  /** Offset where the body ends (the trailer, if any, starts here). */
  bodyEnd: number;
  /** Front matter fields as parsed (dates kept as written), or {} when there is none. */
  frontMatter: Record<string, unknown>;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  trailer: Trailer | null;
  problems: Problem[];
}

export type QuoteKind = 'full' | 'partial' | 'term';

export interface Quote extends Span {
  /** The words inside the marks; paragraphs of a multi-paragraph quote joined by a newline. */
  text: string;
  speaker: string | null;
  speakerRole: string | null;
  cue: string | null;
  kind: QuoteKind;
  /** One span per paragraph the quote runs through. */
  paragraphs: Span[];
  /** Index of the sentence the quote starts in. */
  sentence: number;
}

export type FigureUnit = 'GBP' | 'USD' | 'EUR' | 'percent' | 'count' | 'age' | 'year' | 'duration' | 'other';
export type FigureKind = 'money' | 'percent' | 'count' | 'age' | 'year' | 'date' | 'ratio' | 'range' | 'rank' | 'other';

export interface Figure extends Span {
  text: string;
  value: number | null;
  unit: FigureUnit;
  kind: FigureKind;
  approx: string | null;
  context: string | null;
  sentence: number;
  /** For a change ("rose from 6,062 to 7,319"): the index of the other end in the figures list. */
  changeFrom: number | null;
  /** Upper end of a range ("between 5 and 10" → value 5, high 10; "2004-05" → 2004, 2005), else null. */
  high: number | null;
  /** What the unit is when `unit` alone does not say: "years", "tonnes", "percentage points", "yen", "decade". */
  measure: string | null;
  /** The figure is (the new end of) a change: "up 12%", "a 5% fall", "rose to 7,319". */
  direction: 'up' | 'down' | null;
}

export interface ScoreParts {
  [part: string]: number;
}

export interface SummarySentence extends Span {
  text: string;
  sentence: number;
  score: number;
  parts: ScoreParts;
}

export interface Ranked<T> {
  item: T;
  score: number;
}

/** The result of summarizing one article. */
export interface Digest {
  article: Article;
  summary: SummarySentence[];
  quotes: Quote[];
  figures: Figure[];
  keyQuotes: number[];
  keyFigures: number[];
}

export interface SummarizeOptions {
  sentences: number;
  ratio: number | null;
  words: number | null;
  quotes: number;
  figures: number;
}

export type Severity = 'error' | 'warning';

/** How a rule is set in a config file or the defaults. */
export type RuleSetting = 'off' | 'warn' | 'error';

/** One problem `digest check` found in one article, at a file-absolute 1-based line and column. */
export interface Finding {
  file: string;
  line: number;
  column: number;
  /** Stable, grouped id, e.g. 'date/impossible'. */
  ruleId: string;
  severity: Severity;
  message: string;
  /** True when `--fix` can repair it. */
  fixable: boolean;
}

// ---- compare and stories ----

export type NameKind = 'person' | 'organisation' | 'place' | 'other';

/** A name found in one article, all its mentions counted; position of the first. */
export interface NamedEntity extends Span {
  text: string;
  /** Lower-cased form two mentions must share. */
  key: string;
  kind: NameKind;
  mentions: number;
}

export type Verdict = 'same story' | 'related' | 'different';

/** How alike two of the compared articles are (indices into Comparison.articles). */
export interface PairSimilarity {
  a: number;
  b: number;
  score: number;
  verdict: Verdict;
  /** The evidence the score blends, each 0-1, null when neither article has that kind. */
  parts: Record<string, number | null>;
}

/** One step of a word-level diff from the reference wording to another. */
export interface WordDiffOp {
  op: 'same' | 'del' | 'ins';
  text: string;
}

/**
 * How a quote's words relate to the group's reference quote: the same after normalising;
 * `contained` a fragment found word for word inside it; `truncated` a full quote cut short;
 * `reworded` near-identical with words changed.
 */
export type QuoteMatch = 'same' | 'contained' | 'truncated' | 'reworded';

export interface QuoteGroupMember {
  /** Index into Comparison.articles. */
  article: number;
  quote: Quote;
  /** Against the group's first member; null for the first member itself. */
  match: QuoteMatch | null;
  /** Word diff from the first member's wording; null for the first member and when the words are the same. */
  diff: WordDiffOp[] | null;
  /** For a long quote, the words around what it shares with the group ("… has now deteriorated significantly …"); else null. */
  excerpt: string | null;
}

/** Quotes that are the same words in several articles (`shared`), near-identical (`variant`), or in one article only (`only`). */
export interface QuoteGroup {
  kind: 'shared' | 'variant' | 'only';
  members: QuoteGroupMember[];
}

/** Who is quoted by which outlet: quote counts per compared article. */
export interface SpeakerCoverage {
  speaker: string | null;
  quotes: number[];
}

export interface FigureMention {
  article: number;
  figure: Figure;
}

/** One figure as the articles give it: the same value in several (`shared`) or in one only (`only`). */
export interface FigureGroup {
  kind: 'shared' | 'only';
  members: FigureMention[];
}

/** The same thing counted with different values: "500 staff" against "520 staff". */
export interface FigureConflict {
  /** The words of context the figures share, e.g. "staff". */
  subject: string;
  members: FigureMention[];
}

export interface ComparedArticle {
  article: Article;
  quotes: Quote[];
  figures: Figure[];
  names: NamedEntity[];
}

/** The result of comparing two or more articles. */
export interface Comparison {
  articles: ComparedArticle[];
  pairs: PairSimilarity[];
  quotes: QuoteGroup[];
  speakers: SpeakerCoverage[];
  figures: FigureGroup[];
  conflicts: FigureConflict[];
  /** For each article (same order), the names no other compared article mentions. */
  namesOnly: NamedEntity[][];
}

/** One article of a story, as `digest stories` keeps it. */
export interface StoryArticle {
  file: string;
  headline: string | null;
  source: string | null;
  date: string | null;
  /** Mean similarity to the story's other articles (1 when alone). */
  score: number;
}

/** Articles about the same event. */
export interface Story {
  /** A one-line label: the headline of the most typical article, else the keywords. */
  label: string;
  keywords: string[];
  /** Mean similarity over all pairs of the story's articles (1 when alone). */
  cohesion: number;
  articles: StoryArticle[];
}
