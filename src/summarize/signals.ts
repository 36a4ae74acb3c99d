// Cheap surface signals of one sentence: is it a heading, a caption or a byline rather than
// article prose; does it open with a word that needs the sentence before it; does it carry
// digits, quote marks or names. Pure regular expressions, no context beyond the sentence.

/** Pronouns that, opening a sentence, point back at someone or something named before. */
const DANGLING_PRONOUN = new RegExp(
  '^["\'“‘]?(?:he|she|they|it|its|his|her|hers|their|theirs|them|him|these|those|such|' +
  // "This week" and "These days" place the sentence in time; "This" alone points back.
  'this(?!\\s+(?:year|week|month|morning|afternoon|evening|weekend|summer|winter|spring|autumn|season|time)\\b))' +
  '\\b(?!-)',
  'i',
);

/** Connectives that, opening a sentence, answer or continue the sentence before. */
const DANGLING_CONNECTIVE = new RegExp(
  '^["\'“‘]?(?:but|however|meanwhile|and|or|yet|so|also|still|instead|nevertheless|nonetheless|moreover|furthermore|' +
  'additionally|therefore|thus|hence|otherwise|besides|likewise|similarly|then|indeed|in addition|in contrast|' +
  'by contrast|even so|that said|as a result|on the other hand|despite this|despite that|because of this|' +
  'in response|in turn|after that|as well|not only that|for (?:this|that) reason|at the same time|' +
  'the (?:same|latter|former)|both)\\b(?![\'’-])',
  'i',
);

/** "By Jane Smith", "PUBLISHED: 10:31 GMT", "Updated 3 May": lines about the article, not of it. */
const BYLINE_OR_STAMP = /^(?:by\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*(?:[,|–-]|$)|(?:published|updated|last updated|posted)\s*:?\s*(?:on\s+)?\d|(?:published|updated)\s*:)/iu;

/** Photo captions and credits: "Photo: Reuters", "(Getty Images)", "Pictured: …", "Credit: AP". */
const CAPTION = /(?:^(?:pictured|photo(?:graph)?|picture|image|illustration|caption|credit|video|watch|scroll down|click here|file photo)\b\s*[:(-]?|\b(?:getty images|ap photo|afp(?:\/getty)?|reuters\/|photograph:|photo:|picture:|image:|credit:|\(photo\b|\(picture\b|\(image\b|pa wire|shutterstock)|\bscroll down for video\b)/i;

/**
 * Two texts run together without a full stop, as when a photo caption is pasted into the prose:
 * "…than a colleague The cost of divorce…", "…on Friday ‘I’d be over the moon…". A capitalised
 * article or pronoun, or an opening quote mark before a capital, right after a lower-case word.
 */
const RUN_TOGETHER = /\p{Ll}\s+(?:(?:The|He|She|They|It|This|These|Pictured)\s+\p{Ll}|[‘“]\p{Lu})/u;

/** A markdown heading or an all-caps subhead line. */
const HEADING = /^(?:#{1,6}\s|\*\*[^*]+\*\*$|[\p{Lu}\p{N}\s'’:,&-]{4,}$)/u;

const NAME = /(?<=[\p{L}\p{N},;:'’"”)]\s+)\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)*/gu;

const QUOTE_MARKS = /["“”]|(?:^|\s)['‘][^'’]{3,}['’](?=[\s,.;:!?]|$)/;

export type Opener = 'pronoun' | 'connective' | null;

/** Why a sentence opening with this word cannot stand first, or null when it can. */
export function danglingOpener(text: string): Opener {
  const trimmed = text.trimStart();
  if (DANGLING_CONNECTIVE.test(trimmed)) return 'connective';
  if (DANGLING_PRONOUN.test(trimmed)) return 'pronoun';
  return null;
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
  return BYLINE_OR_STAMP.test(line) || CAPTION.test(line);
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
  return [...text.matchAll(NAME)].map((match) => match[0]);
}
