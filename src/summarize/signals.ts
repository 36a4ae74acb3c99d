// Cheap surface signals of one sentence: is it a heading, a caption or a byline rather than
// article prose; does it open with a word that needs the sentence before it; does it carry
// digits, quote marks or names. Pure regular expressions, no context beyond the sentence.
import { isJsSpace } from '../text/chars.js';

/** Pronouns that, opening a sentence, point back at someone or something named before. */
const DANGLING_PRONOUN = new RegExp(
  '^["\'“‘]?(?:he|she|they|it|its|his|her|hers|their|theirs|them|him|these|such|' +
  // "Those who…" says whom it means; "Those" alone points back.
  'those(?!\\s+who\\b)|' +
  // "This week" and "These days" place the sentence in time; "This" alone points back.
  'this(?!\\s+(?:year|week|month|morning|afternoon|evening|weekend|summer|winter|spring|autumn|season|time)\\b))' +
  '\\b(?!-)',
  'i',
);

/**
 * "It is expected that…", "It is not clear whether…", "It is too early to say…", "It emerged that…":
 * an "it" that stands for the clause after it (extraposition), not for something named before, so
 * the sentence stands alone. Only before a clause: "It is expected to cost £2m" points back.
 */
const EXTRAPOSED_IT = new RegExp(
  '^["\'“‘]?it(?:\'s|’s|\\s+(?:is|was|has been|had been|will be|would be|may be|might be|could be|seems|seemed|appears|appeared|remains|remained))' +
  '(?:\\s+(?:not|also|now|still|already|widely|generally|increasingly|more|less|very|far|so|quite))?\\s+' +
  '(?:[\\p{L}-]+\\s+(?:that|whether|if|how|why|what|when)|' +
  '(?:hard|difficult|too early|impossible|easy)\\s+to\\s+(?:say|tell|know|predict|judge|see|believe|imagine))\\b' +
  '|^["\'“‘]?it\\s+(?:emerged|transpired|appears|appeared|seems|seemed)\\s+that\\b',
  'iu',
);

/**
 * How every EXTRAPOSED_IT match starts, tested first: EXTRAPOSED_IT's \p{L} loop under /iu costs
 * ~10 ms to compile on first use, and most sentences do not open with "It is", "It was"…
 */
const EXTRAPOSED_IT_START = /^["'“‘]?it(?:'s|’s|\s+(?:is|was|has|had|will|would|may|might|could|seem|appear|remain|emerged|transpired))/iu;

/**
 * Connectives that, opening a sentence, answer or continue the sentence before. Tested on the text
 * after an opening quote mark (afterOpeningQuote) rather than starting with an optional mark: V8
 * takes several milliseconds more to compile that optional mark before this long alternation.
 */
const DANGLING_CONNECTIVE = new RegExp(
  '^(?:but|however|meanwhile|and|or|yet|also|still|instead|nevertheless|nonetheless|moreover|furthermore|' +
  'additionally|therefore|thus|hence|otherwise|besides|likewise|similarly|then|indeed|in contrast|' +
  'by contrast|even so|that said|as a result|on the other hand|despite this|despite that|because of this|' +
  'in turn|after that|not only that|for (?:this|that) reason|at the same time|the same|' +
  // "So far", "As well as X", "In addition to X", "In response to X" name what they add to or answer.
  'so(?!\\s+far\\b)|as well(?!\\s+as\\b)|in addition(?!\\s+to\\b)|in response(?!\\s+to\\b)|' +
  // "The former" is a pronoun before a verb or a stop; "The former chairman" is an ex-chairman.
  'the (?:latter|former)(?=\\s*[,.;:]|\\s+(?:is|was|are|were|has|had|have|will|would|said|says|can|could|may|might)\\b)|' +
  // "Both Labour and the Tories…" names both; "Both players…" points back at two named before.
  'both(?!(?:\\s+[^\\s.,;:!?]+){1,5}\\s+and\\b))' +
  // The word ends here: not before a letter, digit or _ (what \b would say, as every alternative
  // ends in a letter), nor before an apostrophe or hyphen. Written as one lookahead, not as \b and
  // a lookahead: V8 takes several milliseconds to compile that pair after this alternation.
  '(?![\\w\'’-])',
  'i',
);

/**
 * A byline is a whole line: "By" and up to four capitalised names, perhaps a short affiliation after
 * a comma or bar ("By Jane Smith, Political Editor"). Case-sensitive, so prose that opens with
 * "By contrast," or "By September, the number of…" is not taken for one.
 */
const BYLINE = /^(?:By|BY)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*[,|–-][^.!?]{0,60})?$/u;

/**
 * How every BYLINE starts, tested first: BYLINE's \p{L} loops cost tens of milliseconds to compile
 * on first use (for a string with characters beyond Latin-1), and almost no sentence is a byline.
 */
const BYLINE_START = /^(?:By|BY)\s/;

/** "PUBLISHED: 10:31 GMT", "Updated 3 May": time stamps about the article, not of it. */
const STAMP = /^(?:(?:published|updated|last updated|posted)\s*:?\s*(?:on\s+)?\d|(?:published|updated)\s*:)/i;

/**
 * Photo captions and credits: "Photo: Reuters", "(Getty Images)", "Pictured: …", "Credit: AP". A
 * caption word opens a caption only with a colon, bracket or dash after it: "Video games could…"
 * and "Image sensors are…" are prose. An agency is a credit only in credit form ("AFP/Getty",
 * "(AFP)"): "told the AFP news agency" is prose.
 */
const CAPTION = /(?:^(?:photo(?:graph)?|picture|image|illustration|caption|credit|video|watch|file photo)\s*[:(|–—-]|^(?:pictured|scroll down|click here)\b|\b(?:getty images|ap photo|afp\/getty|reuters\/|photograph:|photo:|picture:|image:|credit:|pa wire|shutterstock)|\((?:photo|picture|image|afp)\b|\bscroll down for video\b)/i;

/**
 * Two texts run together without a full stop, as when a photo caption is pasted into the prose:
 * "…than a neighbour The price of bread…", "…on Friday ‘I’d be thrilled to bits…". A capitalised
 * article or pronoun, or an opening quote mark before a capital, right after a lower-case word.
 */
const RUN_TOGETHER = /\p{Ll}\s+(?:(?:The|He|She|They|It|This|These|Pictured)\s+\p{Ll}|[‘“]\p{Lu})/u;

/** A markdown heading or an all-caps subhead line. */
const HEADING = /^(?:#{1,6}\s|\*\*[^*]+\*\*$|[\p{Lu}\p{N}\s'’:,&-]{4,}$)/u;

/**
 * A name mention is a run of capitalised words, each after white space, the first after a letter,
 * digit or one of ,;:'’"”) and white space:
 *   (?<=[\p{L}\p{N},;:'’"”)]\s+)\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)*   (flags gu)
 * nameRuns walks that grammar with CAPITALISED and NAME_FOLLOWS: V8 compiles every copy of a \p class,
 * and those of a look-behind again, on first use (milliseconds of a one-file run).
 */
const CAPITALISED = /\p{Lu}[\p{Ll}'’-]+/gu;
const NAME_FOLLOWS = /^[\p{L}\p{N},;:'’"”)]$/u;

const QUOTE_MARKS = /["“”]|(?:^|\s)['‘][^'’]{3,}['’](?=[\s,.;:!?]|$)/;

export type Opener = 'pronoun' | 'connective' | null;

/** Why a sentence opening with this word cannot stand first, or null when it can. */
export function danglingOpener(text: string): Opener {
  const trimmed = text.trimStart();
  if (DANGLING_CONNECTIVE.test(afterOpeningQuote(trimmed))) return 'connective';
  if (EXTRAPOSED_IT_START.test(trimmed) && EXTRAPOSED_IT.test(trimmed)) return null;
  if (DANGLING_PRONOUN.test(trimmed)) return 'pronoun';
  return null;
}

/** The text after its opening quote mark, if it has one (each mark is one UTF-16 code unit). */
function afterOpeningQuote(text: string): string {
  return /^["'“‘]/.test(text) ? text.slice(1) : text;
}

/** A sentence that starts in lower case is a fragment left by a quote or a split, not a sentence. */
export function isFragment(text: string): boolean {
  return /^["'“‘(]?\p{Ll}/u.test(text.trimStart());
}

export function isHeading(text: string): boolean {
  return !/[\r\n]/.test(text.trim()) && HEADING.test(text.trim());
}

export function isCaptionOrByline(text: string): boolean {
  const line = text.trim();
  return (BYLINE_START.test(line) && BYLINE.test(line)) || STAMP.test(line) || CAPTION.test(line);
}

export function isRunTogether(text: string): boolean {
  return RUN_TOGETHER.test(text);
}

export function hasDigits(text: string): boolean {
  return /\p{N}/u.test(text);
}

export function hasQuoteMarks(text: string): boolean {
  return QUOTE_MARKS.test(text);
}

/** Capitalised word runs after the first word: a cheap stand-in for names of people, places, bodies. */
export function nameMentions(text: string): string[] {
  return nameRuns(text).map(([start, end]) => text.slice(start, end));
}

/** How many nameMentions `text` has. */
export function nameMentionCount(text: string): number {
  return nameRuns(text).length;
}

/** [start, end) of each name mention, in order (see CAPITALISED). */
export function nameRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let word = nextCapitalised(text, 0);
  while (word) {
    if (!startsName(text, word.index)) {
      word = nextCapitalised(text, word.index + word[0].length);
      continue;
    }
    const start = word.index;
    let end = start + word[0].length;
    word = nextCapitalised(text, end);
    while (word && word.index > end && onlySpace(text, end, word.index)) {
      end = word.index + word[0].length;
      word = nextCapitalised(text, end);
    }
    runs.push([start, end]);
  }
  return runs;
}

function nextCapitalised(text: string, from: number): RegExpExecArray | null {
  CAPITALISED.lastIndex = from;
  return CAPITALISED.exec(text);
}

/** The look-behind: white space before `at`, and before it a letter, digit or ,;:'’"”) (one code point). */
function startsName(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isJsSpace(text.charCodeAt(i - 1))) i--;
  if (i === at || i === 0) return false;
  const pair = i >= 2 && /[\udc00-\udfff]/.test(text[i - 1]!) && /[\ud800-\udbff]/.test(text[i - 2]!);
  return NAME_FOLLOWS.test(text.slice(pair ? i - 2 : i - 1, i));
}

function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isJsSpace(text.charCodeAt(i))) return false;
  return true;
}
