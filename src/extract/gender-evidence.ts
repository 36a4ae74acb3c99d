// Genders the article itself tells: "Kasich said he …", "Roe thanked her staff" — a name opening
// its sentence, and the first personal pronoun soon after it with no other name between, most often
// stands for that name; so does a family word the name renames ("her father, Brad,"). Votes are
// counted over the article; a tie tells nothing. Used for people
// whose first name and title say nothing ("Chris", a bare surname), so that "she said" does not
// reach back to a man.
import { opensSentence, type ParagraphContext } from './quote-context.js';
import type { Gender, NameIndex } from './name-index.js';
import type { SubjectMention } from './speakers.js';
import { SPEECH_VERBS } from './cue-words.js';

/**
 * A pronoun counts as evidence only this many tokens after the name. Further reaches more
 * sentences ("Roe, who …, said on Monday that she …"); nearer keeps out pronouns of someone else
 * the sentence goes on to talk about ("Roe said the mayor … her").
 */
const MAX_EVIDENCE_GAP = 8;

const PRONOUN_GENDERS: Record<string, Gender> = {
  he: 'male', him: 'male', his: 'male', himself: 'male',
  she: 'female', her: 'female', hers: 'female', herself: 'female',
};

/** The gender of the first personal pronoun soon after a sentence-opening name, or null. */
function evidenceAfter(context: ParagraphContext, subject: SubjectMention): Gender {
  const { mention } = subject;
  if (!opensSentence(context, mention.firstToken) && !afterOpeningConjunction(context, mention.firstToken)) return null;
  const sentence = context.sentenceOf[mention.firstToken];
  const end = Math.min(context.tokens.length, mention.lastToken + 1 + MAX_EVIDENCE_GAP);
  for (let i = mention.lastToken + 1; i < end && context.sentenceOf[i] === sentence; i++) {
    const token = context.tokens[i]!;
    // Another name, or a quote (whose "I" and "she" are the speaker's), ends the search.
    if (token.kind === 'quote' || (i > mention.lastToken + 1 && /^\p{Lu}/u.test(token.text))) return null;
    const gender = PRONOUN_GENDERS[token.text.toLowerCase()];
    // "South Carolina, he said, was …": an attribution set off by commas is about the speaker, not the name.
    if (gender && isParenthetical(context, i)) return null;
    if (gender) return gender;
  }
  return null;
}

/** Family words that tell the gender of the name set off after them ("her father, Brad,"). */
const KIN_GENDERS: Record<string, Gender> = {
  father: 'male', husband: 'male', son: 'male', brother: 'male', grandfather: 'male', uncle: 'male', nephew: 'male', widower: 'male', boyfriend: 'male',
  mother: 'female', wife: 'female', daughter: 'female', sister: 'female', grandmother: 'female', aunt: 'female', niece: 'female', widow: 'female', girlfriend: 'female',
};

/** "Her father, Brad, 39, worried …": a name set off by a comma right after a family word has that word's gender. */
function kinBefore(context: ParagraphContext, subject: SubjectMention): Gender {
  const first = subject.mention.firstToken;
  if (context.tokens[first - 1]?.text !== ',') return null;
  return KIN_GENDERS[context.tokens[first - 2]?.text.toLowerCase() ?? ''] ?? null;
}

/** Conjunctions that open a sentence by joining it to the one before ("And Roe, …, said"). */
const OPENING_CONJUNCTIONS = new Set(['and', 'but', 'yet', 'so']);

/** "And Roe …": the name comes right after a conjunction that opens its sentence. */
function afterOpeningConjunction(context: ParagraphContext, token: number): boolean {
  return token > 0 && opensSentence(context, token - 1) && OPENING_CONJUNCTIONS.has(context.tokens[token - 1]!.text.toLowerCase());
}

/** Punctuation that sets off an inserted attribution ("Leeds, she said, is …"). */
const ASIDE_MARKS = new Set([',', '—', '–']);

/** A pronoun between an aside mark and a speech verb ("…, he said, …") is an inserted attribution. */
function isParenthetical(context: ParagraphContext, pronoun: number): boolean {
  return ASIDE_MARKS.has(context.tokens[pronoun - 1]?.text ?? '') && SPEECH_VERBS.has(context.tokens[pronoun + 1]?.text ?? '');
}

/** Counts the pronoun evidence of every sentence-opening subject and tells the name index the winners. */
export function learnGenders(names: NameIndex, subjects: readonly SubjectMention[], contexts: readonly ParagraphContext[]): void {
  const votes = new Map<string, number>();
  for (const subject of subjects) {
    const gender = kinBefore(contexts[subject.paragraph]!, subject) ?? evidenceAfter(contexts[subject.paragraph]!, subject);
    if (!gender) continue;
    const name = names.resolve(subject.mention, subject.offset).name;
    votes.set(name, (votes.get(name) ?? 0) + (gender === 'male' ? 1 : -1));
  }
  for (const [name, vote] of votes) if (vote !== 0) names.learnGender(name, vote > 0 ? 'male' : 'female');
}
