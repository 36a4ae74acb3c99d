// Who the text outside quotes talks about, in text order: every person named, the names that are
// sentence subjects, the people named as speakers of a speech verb ("Smith, a lawyer, said",
// "said Smith"), and every "he"/"she" (always a subject, so it carries the person it stands for
// forward). Pronouns in attributions resolve against these lists (speakers.ts).
import type { ParagraphContext } from './quote-context.js';
import { headlineCase, opensSentence, sentenceRange } from './quote-context.js';
import { isFirstName } from './first-names.js';
import { findNames, JOB_WORDS, knownCapitals, NOT_PERSON_WORDS, ORGANISATION_WORDS, TITLES, type NameMention } from './entities.js';
import { NameIndex } from './name-index.js';
import { AUXILIARIES, DETERMINERS, NOT_VERBS, NOUN_LIKE_CUES, PARTY_MEMBERS, PLACE_PREPOSITIONS, POSSESSIVE, RELATIVE_PRONOUNS, SOURCE_NOUNS, SPEECH_VERBS, STRONG_SPEECH_VERBS } from './cue-words.js';
import { isCue } from './attribution-rules.js';
import { phraseAfter, phraseContext, phraseOf, subjectBefore, tokenAt, type PhraseContext } from './speaker-phrases.js';
import { cleanRole, SUBORDINATORS, type ArticleSpeakers, type DescribedTalker, type PronounMention, type SubjectMention } from './speakers.js';
import { describedGender, describesOnePerson, describesRole } from './description-anaphora.js';
import { bodiesIn, groupsIn, type BodyMention } from './body-mentions.js';
import { MONTHS, WEEKDAYS } from './figure-lexicon.js';
import { learnGenders } from './gender-evidence.js';
import { openingNames } from './opening-names.js';

/** A sentence subject opens its sentence within this many tokens (after a dateline or an opening phrase). */
const MAX_SUBJECT_OFFSET = 25;
/** Marks that close an aside between a subject and its verb: "Jane Roe, a lawyer, said", "Roe (D-Ohio) said". */
const CLOSES_ASIDE = new Set([',', ')']);
/** "said Jane Roe, a lawyer": the speaker named after a verb is read this many tokens forward. */
const MAX_INVERTED_SPEAKER = 12;

/** Words after which a name is an object, not a subject. */
const OBJECT_MARKERS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'to', 'by', 'about', 'against', 'than', 'like', 'and', 'or', 'over',
  'around', 'into', 'onto', 'near', 'toward', 'towards', 'across', 'through', 'throughout', 'behind', 'beyond', 'within', 'along', 'amid', 'among', 'between', 'beside', 'under', 'via', 'inside', 'outside']);

/** Lower-case words a title may put between a body's name and the person's ("communications chief"). */
const MAX_TITLE_WORDS_BETWEEN = 3;

/** "Harbour Street press chief Ivo Lind": a name not a person's, a few lower-case words ending in a title or job (no verb), then a person's name. */
function inTitleOf(context: ParagraphContext, mention: NameMention, next: NameMention | undefined): boolean {
  if (!next || next.kind !== 'person' || mention.kind === 'person') return false;
  const between = next.firstToken - mention.lastToken - 1;
  if (between < 1 || between > MAX_TITLE_WORDS_BETWEEN) return false;
  for (let k = mention.lastToken + 1; k < next.firstToken; k++) {
    const token = context.tokens[k]!;
    if (token.kind !== 'word' || !/^\p{Ll}/u.test(token.text) || AUXILIARIES.has(token.text)) return false;
  }
  const head = context.tokens[next.firstToken - 1]!.text;
  return TITLES.has(head) || JOB_WORDS.has(head);
}

/** Names, the name index, the subjects, the speakers and the he/she mentions, from the text outside quotes. */
export function articleSpeakers(text: string, contexts: readonly ParagraphContext[]): ArticleSpeakers {
  const knownCaps = new Set<string>();
  for (const c of contexts) for (const word of knownCapitals(c.tokens as never)) knownCaps.add(word);
  for (const word of openingNames(contexts, knownCaps)) knownCaps.add(word);
  const phraseContexts: PhraseContext[] = contexts.map((c) => phraseContext(c.tokens, knownCaps, c.lineStarts));
  const mentions: NameMention[] = [];
  const subjects: SubjectMention[] = [];
  const people: SubjectMention[] = [];
  const speaking = new Set<string>();
  const groupNames = new Set<string>();
  const talkers: SubjectMention[] = [];
  const describedTalkers: DescribedTalker[] = [];
  const pronouns: PronounMention[] = [];
  const bodies: BodyMention[] = [];
  const groups: BodyMention[] = [];
  const described: Array<{ mention: NameMention; role: string | null }> = [];
  contexts.forEach((context, p) => {
    const names = headlineCase(context) ? findNames(context.tokens as never, knownCaps).filter(namesSomeone) : findNames(context.tokens as never, knownCaps);
    mentions.push(...names);
    let taken = -1;
    for (let n = 0; n < names.length; n++) {
      const mention = names[n]!;
      const plural = namesBody(context, mention);
      if (plural) groupNames.add(mention.name);
      if (photoCredit(context, mention)) continue;
      // "Sale host Bath on Friday": a name with a plural verb is a team, which no later he/she stands for.
      const thing = namesThing(context, mention) || plural;
      if ((mention.kind === 'person' || mention.kind === 'unknown') && !namesPlace(context, mention) && !thing) people.push({ offset: mention.start, paragraph: p, mention });
      const speaks = speaksHere(context, mention) && personLike(phraseContexts[p]!, mention);
      if (mention.kind === 'unknown' && (speaks || (personLike(phraseContexts[p]!, mention) && introducesWho(context, mention)))) speaking.add(mention.name);
      // "Roe noted that Smith has acknowledged …": Smith's words are reported by Roe, who is the one talking.
      if (speaks && mention.kind !== 'organisation' && !thing && !inThatClause(context, mention) && !inComparison(context, mention)) talkers.push({ offset: mention.start, paragraph: p, mention });
      const sentence = context.sentenceOf[mention.firstToken]!;
      // One subject per sentence, before any "that" or speech verb: later names are mostly inside reported speech.
      if (sentence === taken || !isSubject(context, mention) || reportedBefore(context, mention) || inBracketedSentence(context, mention)) continue;
      // "Former Harbour Street press chief Ivo Lind says": a name in the title of the person after it leaves them the subject slot.
      if (inTitleOf(context, mention, names[n + 1])) continue;
      taken = sentence;
      // The thing keeps the sentence's subject slot, so no name later in it ("… in the Kessel Cup final") takes it.
      if (thing) continue;
      subjects.push({ offset: mention.start, paragraph: p, mention });
      const title = titleOpeningSentence(context, phraseContexts[p]!, mention);
      if (title) described.push({ mention, role: cleanRole(text.slice(context.tokens[title.first]!.start, context.tokens[title.last]!.end)) });
    }
    pronouns.push(...pronounsIn(context, p));
    bodies.push(...bodiesIn(text, context, p, names));
    groups.push(...groupsIn(text, context, p, names));
    const describedHere: DescribedSpan[] = [];
    for (const { mention, role } of speechSubjects(context, phraseContexts[p]!, describedHere)) {
      if (mention.kind === 'unknown') speaking.add(mention.name);
      talkers.push({ offset: mention.start, paragraph: p, mention });
      if (role) described.push({ mention, role: cleanRole(text.slice(context.tokens[role.first]!.start, context.tokens[role.last]!.end)) });
    }
    describedTalkers.push(...describedPeople(text, context, p, describedHere));
  });
  // "Kelsford have confirmed …": a name with a plural verb is a team or a body, whatever else it said.
  for (const name of groupNames) speaking.delete(name);
  talkers.sort((a, b) => a.offset - b.offset);
  describedTalkers.sort((a, b) => a.offset - b.offset);
  const names = new NameIndex(mentions);
  learnGenders(names, subjects, contexts);
  const roles = introducedRoles(names, described);
  const allSubjects = withRoleSubjects(contexts, names, mentions, roles, subjects);
  return { text, contexts, phraseContexts, names, subjects: allSubjects, people, speaking, talkers, describedTalkers, pronouns, bodies, groups, roles };
}

/** Words a definite description opening a sentence may have ("The Tory leader", "The former chief executive"). */
const MAX_DESCRIPTION_WORDS = 4;

/**
 * "Tory leader Ivo Marek …. The Tory leader was asked …. He replies: “…”": a sentence that opens with a
 * description fitting the role of just one person introduced earlier, and names no other subject after
 * it, has that person as its subject, so a he/she after it can stand for them.
 */
function withRoleSubjects(
  contexts: readonly ParagraphContext[], names: NameIndex, mentions: readonly NameMention[], roles: ReadonlyMap<string, string>, subjects: SubjectMention[],
): SubjectMention[] {
  if (roles.size === 0) return subjects;
  const added: SubjectMention[] = [];
  // Names inside a description ("The Tory leader") give way to the person it describes.
  const replaced = new Set<number>();
  contexts.forEach((context, p) => {
    for (const start of context.sentenceStarts) {
      const found = describedPersonAt(context, start, roles);
      if (!found) continue;
      const from = context.tokens[start]!.start;
      const to = context.tokens[found.end - 1]!.end;
      const sentenceEnd = context.tokens[sentenceRange(context, start)[1] - 1]!.end;
      const other = subjects.find((s) => s.paragraph === p && s.offset >= to && s.offset < sentenceEnd);
      const mention = mentions.find((m) => m.start < from && names.resolve(m, m.start).name === found.name);
      if (other || !mention) continue;
      for (const s of subjects) if (s.offset >= from && s.offset < to) replaced.add(s.offset);
      added.push({ offset: from, paragraph: p, mention });
    }
  });
  if (added.length === 0) return subjects;
  return [...subjects.filter((s) => !replaced.has(s.offset)), ...added].sort((a, b) => a.offset - b.offset);
}

/** The one person whose introduced role the description "The …" opening the sentence at `start` names, before its verb (at `end`). */
function describedPersonAt(context: ParagraphContext, start: number, roles: ReadonlyMap<string, string>): { name: string; end: number } | null {
  const tokens = context.tokens;
  if (tokens[start]?.text !== 'The') return null;
  let k = start + 1;
  while (k < tokens.length && k - start <= MAX_DESCRIPTION_WORDS && tokens[k]!.kind === 'word' && !AUXILIARIES.has(tokens[k]!.text) && !SPEECH_VERBS.has(tokens[k]!.text)) k++;
  if (k === start + 1 || !(AUXILIARIES.has(tokens[k]?.text ?? '') || SPEECH_VERBS.has(tokens[k]?.text ?? ''))) return null;
  const described = tokens.slice(start, k).map((t) => t.text).join(' ');
  let found: string | null = null;
  for (const [name, role] of roles) {
    if (!describesRole(described, role)) continue;
    if (found !== null) return null;
    found = name;
  }
  return found === null ? null : { name: found, end: k };
}

/** Verbs that after one name show it is a team or a body: auxiliaries, and fixtures' plural verbs ("Sale host Bath"). */
const PLURAL_VERBS = new Set(['have', 'are', 'were', 'host', 'face', 'play', 'meet', 'visit', 'travel', 'welcome', 'trail', 'lead']);

/** "Kelsford have confirmed …", "Kelsford is sure of its case …": one unknown word that names a team or a body, not a person. */
function namesBody(context: ParagraphContext, mention: NameMention): boolean {
  if (mention.kind !== 'unknown' || mention.name.includes(' ')) return false;
  return pluralVerbAfter(context, mention) || itsAfter(context, mention);
}

/** A plural verb right after the name, which is not one of a pair ("Roe and Lind have"). */
function pluralVerbAfter(context: ParagraphContext, mention: NameMention): boolean {
  const { tokens } = context;
  return PLURAL_VERBS.has(tokens[mention.lastToken + 1]?.text ?? '') && !/^(?:and|&)$/i.test(tokens[mention.firstToken - 1]?.text ?? '');
}

/** Tokens after a one-word name within which "its" shows the name is a body ("Kelsford is sure of its case"). */
const MAX_ITS_DISTANCE = 6;

/** "its" soon after the name in its sentence, before any he/she/his/her. */
function itsAfter(context: ParagraphContext, mention: NameMention): boolean {
  const { tokens } = context;
  for (let k = mention.lastToken + 1; k < Math.min(tokens.length, mention.lastToken + 1 + MAX_ITS_DISTANCE); k++) {
    const word = tokens[k]!.text.toLowerCase();
    if (word === 'its') return true;
    if (/^[.!?;]$/.test(word) || tokens[k]!.kind === 'quote' || /^(?:he|she|his|her|him)$/.test(word)) return false;
  }
  return false;
}

/**
 * In a title-case line (a headline repeated in the body, a crosshead) every word is capitalised, so
 * a capitalised run names someone only when a first name or a title says so: "Harbour Flood" is no
 * person a later "Harbour" or "she" could stand for.
 */
function namesSomeone(mention: NameMention): boolean {
  return mention.title !== null || isFirstName(mention.name.split(' ')[0]!.toLowerCase());
}

/** Where a described subject of a speech verb stands: its text offset and first and last tokens. */
interface DescribedSpan { offset: number; first: number; last: number }

/** The described speakers of a paragraph's speech verbs that are one person ("A council spokeswoman said …"). */
function describedPeople(text: string, context: ParagraphContext, paragraph: number, found: readonly DescribedSpan[]): DescribedTalker[] {
  const out: DescribedTalker[] = [];
  for (const { offset, first, last } of found) {
    const speaker = text.slice(context.tokens[first]!.start, context.tokens[last]!.end).replace(/\s+/g, ' ').replace(/,$/, '');
    if (describesOnePerson(speaker)) out.push({ offset, paragraph, speaker, gender: describedGender(speaker) });
  }
  return out;
}

/**
 * Each person's role as the article first gives it with a speech verb, quoted or not ("Jo Roe, a
 * union organiser, said staff were angry"): the role of a later quote whose own attribution gives
 * none ("“…,” Ms Roe said"). Keyed by the full name the mention resolves to.
 */
function introducedRoles(names: NameIndex, described: ReadonlyArray<{ mention: NameMention; role: string | null }>): Map<string, string> {
  const roles = new Map<string, string>();
  const byOffset = [...described].sort((a, b) => a.mention.start - b.mention.start);
  for (const { mention, role } of byOffset) {
    const name = names.resolve(mention, mention.start).name;
    if (role && !roles.has(name)) roles.set(name, role);
  }
  return roles;
}

/** The words of a job title before a subject's name are at most this many ("Town manager", "Kelsford Town assistant manager"). */
const MAX_OPENING_TITLE_WORDS = 4;

/**
 * "Town manager Dean Holloway made two changes": a job title that opens the sentence and runs into
 * the subject's name introduces the person with a role, whatever the verb.
 */
function titleOpeningSentence(context: ParagraphContext, ctx: PhraseContext, mention: NameMention): { first: number; last: number } | null {
  const start = context.sentenceStarts[context.sentenceOf[mention.firstToken]!]!;
  if (mention.firstToken === start || mention.firstToken - start > MAX_OPENING_TITLE_WORDS) return null;
  const segment: number[] = [];
  for (let k = start; k <= mention.lastToken; k++) segment.push(k);
  const role = phraseOf(ctx, segment)?.role;
  if (!role || role.last >= mention.firstToken || !isJobWord(context.tokens[role.last]!.text)) return null;
  // "But chairman Jo Roe …", "And former England captain …": the conjunction is the sentence's, not the title's.
  const first = SENTENCE_LINKS.has(context.tokens[role.first]!.text.toLowerCase()) ? role.first + 1 : role.first;
  for (let k = first; k <= role.last; k++) if (context.tokens[k]!.kind !== 'word' || SENTENCE_LINKS.has(context.tokens[k]!.text.toLowerCase())) return null;
  return first <= role.last ? { first, last: role.last } : null;
}

/**
 * "at a forum in Sallow Bay, Jo Roe …": a name after a preposition of place is a place, so no "he"
 * or "she" stands for it; a possessive is still someone's ("in Roe's view").
 */
function namesPlace(context: ParagraphContext, mention: NameMention): boolean {
  const before = context.tokens[mention.firstToken - 1]?.text.toLowerCase() ?? '';
  return PLACE_PREPOSITIONS.has(before) && !POSSESSIVE.test(context.tokens[mention.lastToken]!.text);
}

/** Every "he" and "she" outside quotes: each is the subject of its clause. */
function pronounsIn(context: ParagraphContext, paragraph: number): PronounMention[] {
  const out: PronounMention[] = [];
  context.tokens.forEach((token, i) => {
    // Only a word of two or three letters can be he or she: the rest are passed over unlowered.
    if (token.kind !== 'word' || token.text.length > 3) return;
    const word = token.text.toLowerCase();
    if (word !== 'he' && word !== 'she') return;
    // "Also, Marek is no friend of the port, he said.": the one who says it is someone the sentence has not named.
    const from = reportsSentence(context, i) ? context.tokens[reportedClauseStart(context, i)]!.start : token.start;
    out.push({ offset: token.start, paragraph, word, main: opensMainClause(context, i), resolveFrom: from });
  });
  return out;
}

/** "…, he said": a he/she after a comma and before a speech verb attributes the words before it. */
function reportsSentence(context: ParagraphContext, i: number): boolean {
  if (context.tokens[i - 1]?.text !== ',' || !SPEECH_VERBS.has(context.tokens[i + 1]?.text ?? '')) return false;
  // "But while Roe admitted she was tired, she said “…”": a verb with words of its own (a quote, a
  // colon, a "that" clause) heads the sentence after an opening clause; it reports nothing before it.
  const after = context.tokens[i + 2];
  return after === undefined || !(after.kind === 'quote' || after.text === ':' || after.text.toLowerCase() === 'that');
}

/**
 * "It is the mayor who, he claims, is …", "Roe said they had split, which is an outcome, she said, …":
 * an aside after a relative clause reports that clause only, so whoever the sentence named before
 * it may be the one who says it.
 */
function reportedClauseStart(context: ParagraphContext, i: number): number {
  const sentenceStart = context.sentenceStarts[context.sentenceOf[i]!]!;
  // The last relative pronoun since the comma before the aside's own.
  for (let k = i - 2; k > sentenceStart && context.tokens[k]!.text !== ','; k--) {
    if (RELATIVE_PRONOUNS.has(context.tokens[k]!.text.toLowerCase())) return k;
  }
  return sentenceStart;
}

/** Words after which a he/she still opens a main clause ("…, and he said", "But she …"). */
const COORDINATORS = new Set(['and', 'but', 'yet', 'so', 'then']);

/** Words that link a sentence to the one before; a title never holds them. */
const SENTENCE_LINKS = new Set([...COORDINATORS, 'also', 'now', 'still', 'meanwhile', 'however', 'perhaps', 'first', 'nonetheless']);

/**
 * "She said …", "On Sunday, she …", "and he …": the pronoun opens a main clause, so it is the
 * sentence's subject; after "that", "as", "when" or a verb ("said he would") it opens an embedded
 * clause, which may be about someone else.
 */
function opensMainClause(context: ParagraphContext, i: number): boolean {
  if (opensSentence(context, i)) return true;
  const before = context.tokens[i - 1]!;
  return before.text === ',' || COORDINATORS.has(before.text.toLowerCase());
}

/**
 * A name used as the subject of a verb: "Trump went …", "Clinton has said …", and a person opening
 * a sentence before an aside ("Jane Roe, a lawyer, …", "Roe (D-Ohio) also …"); not "in Florida",
 * "Trump and", nor a possessive ("Roe’s former aide").
 */
function isSubject(context: ParagraphContext, mention: NameMention): boolean {
  if (mention.kind === 'organisation' || POSSESSIVE.test(context.tokens[mention.lastToken]!.text)) return false;
  const before = context.tokens[mention.firstToken - 1];
  if (holdsView(context, mention)) return true;
  // "And Obama, for all …, seems to agree": a conjunction opening the sentence joins it to the one before, not the name to a noun.
  if (before && OBJECT_MARKERS.has(before.text.toLowerCase()) && !opensSentence(context, mention.firstToken - 1)) return false;
  // "When Wallace died, Clinton …", "as Clinton has emerged": the subject of a subordinate clause is not the sentence's.
  if (before && SUBORDINATORS.has(before.text.toLowerCase())) return false;
  // "the Jane Roe reading room", "the White House Ivan Holt lecture": after "the", a person's name modifies a noun.
  if (mention.kind === 'person' && before && /^(?:the|a|an)$/i.test(before.text)) return false;
  let next = mention.lastToken + 1;
  if (context.tokens[next]?.text === '(') next = afterParenthesis(context, next);
  // "Ivo Marek of Kelsford also scolded …": where a person is from stands between the name and its verb.
  if (mention.kind === 'person') next = afterPlaceOfPerson(context, next);
  const after = context.tokens[next];
  // "his wife, Jane, called …": a name set off by commas after a description is the subject it renames.
  if (before?.text === ',' && after?.text === ',' && isVerbAfter(context, next + 1)) return true;
  if (after && ASIDE_OPENERS.has(after.text)) return (mention.kind === 'person' && opensSentence(context, mention.firstToken)) || verbAfterAside(context, next);
  return after !== undefined && after.kind === 'word' && /^\p{Ll}/u.test(after.text) && !NOT_VERBS.has(after.text) && !describesNameAfter(context, next)
    && !(PARTY_NAME_ENDS.test(context.tokens[mention.lastToken]!.text) && portfolioBeforeName(context, next));
}

/** Last words of a party's name that open a politician's job ("Liberal Democrat education spokesman Jo Roe"). */
const PARTY_NAME_ENDS = /^(?:Democrat|Dem|Democratic|Republican|Labour|Tory|Conservative|Liberal|Green|SNP|Plaid|UKIP|GOP)$/;

/**
 * "Liberal Democrat education spokesman Jo Roe branded …": after a party's name, lower-case words of a
 * portfolio ("education", "home affairs"), none of them a verb's form, then a job word and a capital.
 */
function portfolioBeforeName(context: ParagraphContext, word: number): boolean {
  for (let i = word; i < word + MAX_DESCRIPTOR_WORDS; i++) {
    const text = context.tokens[i]?.text ?? '';
    if (isJobWord(text)) return i > word && /^\p{Lu}/u.test(context.tokens[i + 1]?.text ?? '');
    if (!/^\p{Ll}+$/u.test(text) || SPEECH_VERBS.has(text) || AUXILIARIES.has(text) || /ed$/.test(text) || (i === word && /s$/.test(text))) return false;
  }
  return false;
}

/**
 * "For Ivo Marek, a director at Kestrel, the future is …", "But for Roe, …", "For Kestrel analyst Jo
 * Roe, …": a person whose view the sentence gives, named after an opening "for" (and a short title)
 * and set off by a comma, is whom it is about.
 */
function holdsView(context: ParagraphContext, mention: NameMention): boolean {
  if (mention.kind !== 'person' || context.tokens[mention.lastToken + 1]?.text !== ',') return false;
  let preposition = mention.firstToken - 1;
  while (preposition >= mention.firstToken - 1 - MAX_DESCRIPTOR_WORDS && context.tokens[preposition]?.kind === 'word'
    && context.tokens[preposition]!.text.toLowerCase() !== 'for') preposition--;
  if (context.tokens[preposition]?.text.toLowerCase() !== 'for') return false;
  return opensSentence(context, preposition)
    || (opensSentence(context, preposition - 1) && SENTENCE_LINKS.has(context.tokens[preposition - 1]!.text.toLowerCase()));
}

/**
 * "Jo Roe via Getty Images.", "Jo Roe/Reuters": a photographer's credit under a picture names no one
 * the story is about, so no later he or she stands for them.
 */
function photoCredit(context: ParagraphContext, mention: NameMention): boolean {
  const next = context.tokens[mention.lastToken + 1]?.text ?? '';
  return (next === 'via' || next === '/') && PHOTO_AGENCIES.test(context.tokens[mention.lastToken + 2]?.text ?? '');
}

/** Picture agencies a photographer's credit names. */
const PHOTO_AGENCIES = /^(?:Getty|AFP|Reuters|AP|EPA|Shutterstock|Bloomberg)$/;

/**
 * "If the so-called Harlow Effect held, …", "…, the Kelsford Clarion reported": a run of capitalised words
 * (one word too) after an article or a count names a thing, not someone a later he/she stands for, as
 * subject or as talker; unless it ends in a party member ("The Ohio Republican said …"). An epithet
 * such as "the Belgian" is read by the epithet rules, not as a name here.
 */
function namesThing(context: ParagraphContext, mention: NameMention): boolean {
  return mention.kind !== 'organisation' && afterArticle(context, mention.firstToken) && !partyMember(context.tokens[mention.lastToken]!.text);
}

/** A capitalised word for one member of a party ("Republican"): after "the" it makes an epithet for a person, not a thing's name. */
function partyMember(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && PARTY_MEMBERS.has(word.toLowerCase());
}

/**
 * Whether token `first` follows an article, a count or a possessive determiner ("the", "two", "3",
 * "their"), directly or past one hyphenated modifier ("the so-called", "a long-awaited"): "three
 * Kelsford Marathons" names events.
 */
function afterArticle(context: ParagraphContext, first: number): boolean {
  const isArticle = (i: number) => THING_DETERMINERS.test(context.tokens[i]?.text ?? '');
  const before = context.tokens[first - 1];
  return isArticle(first - 1) || (before !== undefined && /^\p{Ll}+-\p{Ll}+$/u.test(before.text) && isArticle(first - 2));
}

/**
 * Words before a capitalised run that make it a thing's name. Counts stop at ten: larger ones are
 * written in digits. A possessive determiner ("their Grand Slam hopes", "his Arsenal debut") is
 * followed by a person only past a noun ("his wife Jane"), never directly.
 */
const THING_DETERMINERS = /^(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|\d+|his|her|their|its|our|my|your)$/i;

/**
 * "(Acme Footwear makes her shoes.)", "(Subscribe to the Harbour Hour podcast.)": a sentence in
 * brackets is an aside (a credit, a plug, a side note); its subject is not whom the story goes on about.
 */
function inBracketedSentence(context: ParagraphContext, mention: NameMention): boolean {
  const start = context.sentenceStarts[context.sentenceOf[mention.firstToken]!]!;
  // Bounded, so names deep in a run-on sentence cost no more each.
  if (context.tokens[start]!.text !== '(' || mention.firstToken - start > MAX_BRACKETED_ASIDE) return false;
  for (let i = start + 1; i < mention.firstToken; i++) if (context.tokens[i]!.text === ')') return false;
  return true;
}

/**
 * A bracketed aside is read this many tokens in for its subject. More reaches subjects after long
 * openings; fewer costs less on run-on text. Any aside's subject comes well within it.
 */
const MAX_BRACKETED_ASIDE = 40;

/** A lower-case word at i that can be a verb (not a preposition, article or conjunction). */
function isVerbAfter(context: ParagraphContext, i: number): boolean {
  const token = context.tokens[i];
  return token !== undefined && token.kind === 'word' && /^\p{Ll}/u.test(token.text) && !NOT_VERBS.has(token.text) && !NOT_ASIDE.has(token.text);
}

/** Lower-case job words between a place or body and a person's name ("Florida developer Mel Sembler"). */
const ROLE_NOUNS = new Set(['developer', 'businessman', 'businesswoman', 'lawmaker', 'strategist', 'pollster', 'consultant',
  'delegate', 'resident', 'voter', 'activist', 'operative', 'donor', 'adviser', 'advisor', 'aide', 'historian', 'professor',
  'lawyer', 'attorney', 'analyst', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'businessperson', 'investor', 'executive',
  'manager', 'organizer', 'organiser', 'surrogate', 'secretary', 'treasurer', 'counsel']);

/**
 * A job description between two names ("governor", "campaign manager", "campaign Chairman") is at
 * most this many words. More reaches longer ones ("state party executive director"); fewer keeps a
 * verb phrase that happens to end before a capital ("told reporters Monday") from reading as one.
 */
const MAX_DESCRIPTOR_WORDS = 3;

function isJobWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLES.has(lower) || ROLE_NOUNS.has(lower) || SOURCE_NOUNS.has(lower) || JOB_WORDS.has(lower);
}

/**
 * "Yorkshire mayor Ed Rowland", "Marek campaign manager Rob Mason": the words after the name
 * are a job (an organisation word or a job word, ending in a job word) and a name follows, so the
 * first name only describes.
 */
function describesNameAfter(context: ParagraphContext, word: number): boolean {
  for (let i = word; i < word + MAX_DESCRIPTOR_WORDS; i++) {
    const text = context.tokens[i]?.text ?? '';
    if (!isJobWord(text) && !(i < word + MAX_DESCRIPTOR_WORDS - 1 && ORGANISATION_WORDS.has(text))) return false;
    if (isJobWord(text) && /^\p{Lu}/u.test(context.tokens[i + 1]?.text ?? '')) return true;
    if (isJobWord(text) && context.tokens[i + 1]?.text === 'of') return fieldThenName(context, i + 2);
  }
  return false;
}

/** The field of a job after its "of" ("director of sport", "head of human resources") is at most this many words. */
const MAX_FIELD_WORDS = 2;

/** "Harbour City director of sport Emil Brand": lower-case words of the job's field, then a capital. */
function fieldThenName(context: ParagraphContext, from: number): boolean {
  for (let i = from; i < from + MAX_FIELD_WORDS + 1; i++) {
    const text = context.tokens[i]?.text ?? '';
    if (i > from && /^\p{Lu}/u.test(text)) return true;
    if (!/^\p{Ll}+$/u.test(text) || SPEECH_VERBS.has(text) || AUXILIARIES.has(text)) return false;
  }
  return false;
}

/** "Roe, who …": a relative "who" right after a name says it is a person ("which" would not). */
function introducesWho(context: ParagraphContext, mention: NameMention): boolean {
  return context.tokens[mention.lastToken + 1]?.text === ',' && context.tokens[mention.lastToken + 2]?.text.toLowerCase() === 'who';
}

/**
 * An aside between a lone name and its verb ("Cole, Sandford’s lawyer, argues") is at most this
 * many tokens. Longer finds subjects past longer asides, and risks reading a clause that happens to
 * close on a comma as an aside.
 */
const MAX_SUBJECT_ASIDE = 14;

/**
 * "Cole, Sandford’s lawyer, argues …", "Jolley, who was elected in 2019, doesn’t …": the aside
 * opened at `open` closes on a comma and a lower-case verb follows: the name before it is a subject.
 */
function verbAfterAside(context: ParagraphContext, open: number): boolean {
  const closer = context.tokens[open]!.text;
  // "Greenland, the Aral Sea, and the island of Kiribati": a list goes on, no aside opens.
  if (NOT_ASIDE.has(context.tokens[open + 1]?.text.toLowerCase() ?? '')) return false;
  for (let i = open + 1; i < Math.min(context.tokens.length, open + 1 + MAX_SUBJECT_ASIDE); i++) {
    const token = context.tokens[i]!;
    if (token.kind === 'quote' || /^[.!?;:]$/.test(token.text)) return false;
    if (token.text !== closer) continue;
    const verb = context.tokens[i + 1];
    if (verb !== undefined && verb.kind === 'word' && /^\p{Ll}/u.test(verb.text) && !NOT_VERBS.has(verb.text) && !NOT_ASIDE.has(verb.text)) return true;
    // "Roe, who served in Chile, Peru and Spain, praised …": a comma inside the aside; read on to the one that closes it.
    if (!/^\p{Lu}/u.test(verb?.text ?? '')) return false;
  }
  return false;
}

/** Words that continue a list or open a clause about a thing ("which", not "who"): no aside between a subject and its verb starts or ends on them. */
const NOT_ASIDE = new Set(['and', 'or', 'but', 'which', 'that', 'where', 'like', 'including']);

/** Punctuation that opens an aside between a subject and its verb; a spaced hyphen stands for a dash ("Roe - a teacher - said"). */
const ASIDE_OPENERS = new Set([',', '—', '–', '-', '--']);
/** A parenthesis after a name ("(D-Ohio)") is at most this long. */
const MAX_PARENTHESIS = 8;

/** Capitalised words a place or body after "of" may run to ("of the Kelsford Harbour Trust"). */
const MAX_PLACE_WORDS = 4;

/** Past "of Kelsford", "of the Harbour Trust" at `of`: the token after the capitalised run, else `of`. */
function afterPlaceOfPerson(context: ParagraphContext, of: number): number {
  if (context.tokens[of]?.text !== 'of') return of;
  let i = context.tokens[of + 1]?.text === 'the' ? of + 2 : of + 1;
  const first = i;
  while (i < first + MAX_PLACE_WORDS && context.tokens[i]?.kind === 'word' && /^\p{Lu}/u.test(context.tokens[i]!.text)) i++;
  return i > first ? i : of;
}

function afterParenthesis(context: ParagraphContext, open: number): number {
  for (let i = open + 1; i < Math.min(context.tokens.length, open + MAX_PARENTHESIS); i++) if (context.tokens[i]!.text === ')') return i + 1;
  return open;
}

/** "Clinton said", "Trump has told": the name is the subject of a speech verb. */
function speaksHere(context: ParagraphContext, mention: NameMention): boolean {
  if (saidAfterComma(context, mention)) return true;
  let i = mention.lastToken + 1;
  while (i < context.tokens.length && i <= mention.lastToken + 3 && AUXILIARIES.has(context.tokens[i]!.text)) i++;
  const verb = context.tokens[i];
  // "Roe would continue as producer": "continue" speaks only before its quote or a colon ("Roe continued: …").
  if (verb?.text.startsWith('continu') && context.tokens[i + 1]?.kind === 'word') return false;
  return verb !== undefined && verb.kind === 'word' && SPEECH_VERBS.has(verb.text) && !(i === mention.lastToken + 1 && modifiesNoun(context, mention, verb.text));
}

/** "A preliminary Kelsford report found …": after a determiner (and a modifier), a name and a noun-like cue are one noun phrase. */
function modifiesNoun(context: ParagraphContext, mention: NameMention, next: string): boolean {
  if (!NOUN_LIKE_CUES.has(next.replace(/s$/, ''))) return false;
  const before = context.tokens[mention.firstToken - 1]?.text.toLowerCase() ?? '';
  const twoBefore = context.tokens[mention.firstToken - 2]?.text.toLowerCase() ?? '';
  return DETERMINERS.has(before) || (/^\p{Ll}+$/u.test(before) && DETERMINERS.has(twoBefore));
}

/**
 * "Someone has to pay, observed Jo Roe, an adviser.": a speech verb after a comma and before a name
 * that ends the clause puts the name as the one who said the words before it.
 */
function saidAfterComma(context: ParagraphContext, mention: NameMention): boolean {
  const verb = context.tokens[mention.firstToken - 1];
  const after = context.tokens[mention.lastToken + 1];
  // "…, told Agence France Presse": after "told" the name is who heard the words, not who said them.
  return verb !== undefined && verb.kind === 'word' && SPEECH_VERBS.has(verb.text) && !isListenerVerb(verb.text) && context.tokens[mention.firstToken - 2]?.text === ','
    && (after === undefined || after.text === ',' || after.text === '.');
}

/**
 * "Lind said the slump was not as deep as Mr Marek believed": a name (with its title) right after a
 * comparison's "as" or "than" talks inside someone else's clause, so it is no talker a later quote or
 * "he" goes on with. Not after "when" or "after" ("… after Jo Roe revealed her plan. “…”"), where the
 * one talking often goes on.
 */
function inComparison(context: ParagraphContext, mention: NameMention): boolean {
  const before = context.tokens[mention.firstToken - 1];
  return before !== undefined && COMPARISON_WORDS.has(before.text.toLowerCase()) && !opensSentence(context, mention.firstToken - 1);
}

/** Words that open the second half of a comparison ("as deep as …", "deeper than …"). */
const COMPARISON_WORDS = new Set(['as', 'than']);

/** Is there a "that" or a speech verb earlier in the mention's sentence ("said that Obama shows …")? */
function reportedBefore(context: ParagraphContext, mention: NameMention): boolean {
  const start = mainClauseStart(context, mention.firstToken);
  // "But state Rep. Jane Roe …": a verb's form right before a titled name is a noun describing the title.
  const end = mention.title ? mention.firstToken - 1 : mention.firstToken;
  for (let i = Math.max(start, mention.firstToken - MAX_SUBJECT_OFFSET); i < end; i++) {
    const word = context.tokens[i]!.text;
    if ((word === 'that' && !isDemonstrative(context, i)) || SPEECH_VERBS.has(word) || context.tokens[i]!.kind === 'quote') return true;
  }
  return false;
}

/**
 * "But that was in the spring, and since then Roe …": a "that" opening its clause (the sentence, or
 * after a conjunction that opens it) is a pronoun, not the "that" of reported speech.
 */
function isDemonstrative(context: ParagraphContext, i: number): boolean {
  return opensSentence(context, i) || (i > 0 && opensSentence(context, i - 1) && COORDINATORS.has(context.tokens[i - 1]!.text.toLowerCase()));
}

/**
 * Where the main clause of the token's sentence starts: after the comma closing an opening
 * subordinate clause ("Although much was said about it, Roe took …"), else at the sentence start.
 */
function mainClauseStart(context: ParagraphContext, token: number): number {
  const start = context.sentenceStarts[context.sentenceOf[token]!]!;
  if (!SUBORDINATORS.has(context.tokens[start]!.text.toLowerCase())) return start;
  // Bounded like the subject search itself, so a run-on sentence costs no more per name.
  for (let i = start + 1; i < Math.min(token, start + MAX_SUBJECT_OFFSET); i++) if (closesClause(context.tokens[i]!)) return i + 1;
  return start;
}

/** A comma, or a quote whose words end in one ("When Roe called it “a farce,” Smith …"): the opening clause ends here. */
function closesClause(token: ParagraphContext['tokens'][number]): boolean {
  return token.text === ',' || (token.kind === 'quote' && /,\s*$/.test(token.text));
}

/**
 * "Roe noted that Smith has acknowledged …": a "that" earlier in the sentence (after its last quote
 * and last comma) puts the name in a reported clause: Roe is the one talking, not Smith. So does a speech verb
 * right before the name; one further back ("Cruz won, Roe said") as often ends a clause the name's own verb reports.
 */
function inThatClause(context: ParagraphContext, mention: NameMention): boolean {
  // "Baker, a union leader, said Roe argued for …": right after a speech verb, the name opens the clause
  // reported (after "told" or "urging" it is the listener, left as it was).
  const verb = context.tokens[mention.firstToken - 1]?.text ?? '';
  if (SPEECH_VERBS.has(verb) && !isListenerVerb(verb) && !saidAfterComma(context, mention)) return true;
  const start = context.sentenceStarts[context.sentenceOf[mention.firstToken]!]!;
  for (let i = mention.firstToken - 1; i >= Math.max(start, mention.firstToken - MAX_SUBJECT_OFFSET); i--) {
    const token = context.tokens[i]!;
    // "After insisting that he listens, Roe said …": a comma closes the clause the "that" opened.
    if (token.kind === 'quote' || token.text === ',') return false;
    if (token.text === 'that') return true;
  }
  return false;
}

/** Verbs that show the name before them is the subject of a reported clause ("says Libya is …"). */
const FINITE_AFTER = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'does', 'did']);

/**
 * "Baker, the union leader, said Roe argued for …": a finite verb, a speech verb or a past
 * tense ("wanted") right after a name shows it opens a reported clause ("…,” said Roe, who …" has none).
 */
function verbAfterName(word: string): boolean {
  return FINITE_AFTER.has(word) || SPEECH_VERBS.has(word) || PAST_TENSE.test(word);
}

/** A lower-case word of four letters or more before "ed": a past tense ("wanted"), not "red" or "bed". */
const PAST_TENSE = /^\p{Ll}{4,}ed$/u;

/** Verbs whose object is the listener: the name after them is not the speaker. */
const LISTENER_VERBS = new Set(['tell', 'tells', 'told', 'ask', 'asks', 'asked']);

/**
 * Anything but a letter. A participle ("visiting") is letters before its "-ing": tested as "no
 * non-letter" rather than with a \p{L}+ loop, which V8 takes milliseconds to compile on first use.
 */
const NON_LETTER = /\P{L}/u;

/** A listener verb or a participle: the name after it is not the speaker. */
function isListenerVerb(word: string): boolean {
  return LISTENER_VERBS.has(word) || (word.length > 3 && word.endsWith('ing') && !NON_LETTER.test(word.slice(0, -3)));
}

/**
 * A person, or a lone unknown name ("Keyworth") that is not a group ("Republicans"), not a
 * described thing ("the Islamic State"), not a possessive ("Roe’s office") and not the object of a
 * preposition ("took to Twitter to say").
 */
function personLike(ctx: PhraseContext, mention: NameMention): boolean {
  if (mention.kind === 'organisation' || POSSESSIVE.test(ctx.tokens[mention.lastToken]!.text)) return false;
  const before = ctx.tokens[mention.firstToken - 1]?.text.toLowerCase() ?? '';
  if (OBJECT_MARKERS.has(before) && !joinsClauses(ctx, mention)) return false;
  if (mention.kind === 'person') return true;
  return !mention.name.includes(' ') && !NOT_PERSON_WORDS.has(mention.name.toLowerCase()) && !DETERMINERS.has(before);
}

/**
 * "The sides meet in March and Marek says …", "… at Twickenham and Marek says …": an "and" joins two
 * clauses, so the name after it is a new subject and not a second name joined to one, when a
 * lower-case word, a number or a date word comes before it, or a verb in the singular after the name.
 */
function joinsClauses(ctx: PhraseContext, mention: NameMention): boolean {
  const and = mention.firstToken - 1;
  const before = ctx.tokens[and - 1];
  if (ctx.tokens[and]!.text !== 'and' || !before || before.kind !== 'word') return false;
  const word = before.text.toLowerCase();
  const verb = ctx.tokens[mention.lastToken + 1]?.text ?? '';
  return /^[\p{Ll}\d]/u.test(before.text) || MONTHS.has(word) || WEEKDAYS.has(word) || /^\p{Ll}+[^s]s$/u.test(verb);
}

/**
 * A cheap test before reading the phrase: a name can only be the subject when a capital, a comma or
 * a bracket stands right before the verb (its helpers skipped), or, inverted, a capital right after
 * it; "he said", "officials said" are left to the pronoun and phrase rules.
 */
function mayNameSpeaker(ctx: PhraseContext, v: number, inverted: boolean): boolean {
  if (inverted) return /^\p{Lu}/u.test(ctx.tokens[v + 1]?.text ?? '');
  let i = v - 1;
  while (i >= 0 && AUXILIARIES.has(ctx.tokens[i]!.text) || (i >= 0 && /^\p{Ll}+ly$/u.test(ctx.tokens[i]!.text))) i--;
  const token = ctx.tokens[i];
  return token !== undefined && (/^[,).]$/.test(token.text) || (token.kind === 'word' && /^\p{Lu}/u.test(token.text)));
}

/**
 * The named speakers of the speech verbs outside quotes, read as attributions are: "Jane Roe, a
 * lawyer, said", "Roe (D-Ohio), who …, told", "said Jane Roe". Names after a preposition ("took to
 * Twitter to say") and possessives ("Roe’s office said") are not speakers.
 */
function speechSubjects(context: ParagraphContext, ctx: PhraseContext, described?: DescribedSpan[]): SpeechSubject[] {
  const out: SpeechSubject[] = [];
  for (let v = 0; v < ctx.tokens.length; v++) {
    const according = ctx.tokens[v]!.text === 'according' && isCue(ctx, v);
    // "A council spokeswoman confirmed …": any speech verb in the past shows one described person
    // speaking ("calls", "claims" may be nouns); a name talks only with a strong one.
    const strong = STRONG_SPEECH_VERBS.has(ctx.tokens[v]!.text);
    const pastSpeech = described !== undefined && ctx.tokens[v]!.text.endsWith('ed') && SPEECH_VERBS.has(ctx.tokens[v]!.text);
    // "went there to explain": an infinitive's subject is not the phrase before it.
    if (!according && ((!strong && !pastSpeech) || !isCue(ctx, v) || tokenAt(ctx, v - 1)?.text === 'to')) continue;
    const [s0, s1] = sentenceRange(context, v);
    const before = tokenAt(ctx, v - 1);
    // "…,” said X" names the speaker after the verb; "…, telling X" and "told X" name the listener.
    // A comma or bracket before the verb closes the subject's aside ("Jane Roe, a lawyer, said staff …")
    // unless a capital follows ("…, said Jane Roe"); a quote or nothing before it means the speaker follows.
    const closesAside = before !== undefined && CLOSES_ASIDE.has(before.text) && !/^\p{Lu}/u.test(tokenAt(ctx, v + 1)?.text ?? '');
    const inverted = according || ((before === undefined || (before.kind !== 'word' && !closesAside)) && !isListenerVerb(ctx.tokens[v]!.text));
    const after = according ? v + 1 : v;
    // "according to finance director Jo Roe": the name may follow its title.
    const named = according || (strong && mayNameSpeaker(ctx, after, inverted));
    // "A council spokeswoman said the road …": one described person speaking, for a later "she said".
    if (!named && !inverted && described) {
      const subject = subjectBefore(ctx, s0, v);
      // Not "Ms Roe — a former aide who describes herself …": an appositive or a relative clause's antecedent is someone named.
      const apposed = subject && (/^[,—–-]$/.test(tokenAt(ctx, subject.first - 1)?.text ?? '') || /^(?:who|that)$/i.test(tokenAt(ctx, v - 1)?.text ?? ''));
      if (subject?.kind === 'phrase' && !apposed) described.push({ offset: ctx.tokens[subject.first]!.start, first: subject.first, last: subject.last });
    }
    if (!named) continue;
    const phrase = inverted ? phraseAfter(ctx, after + 1, Math.min(s1, after + 1 + MAX_INVERTED_SPEAKER)) : subjectBefore(ctx, s0, v);
    // "X, an expert, says Libya is …": a name after the verb that a verb follows is what is said, not the speaker.
    if (inverted && phrase && verbAfterName(tokenAt(ctx, phrase.last + 1)?.text ?? '')) continue;
    const mention = phrase?.kind === 'name' ? phrase.mention : null;
    if (mention && personLike(ctx, mention) && (inverted || !inThatClause(context, mention))) out.push({ mention, role: phrase!.role });
  }
  return out;
}

interface SpeechSubject {
  mention: NameMention;
  /** The tokens describing the speaker ("a lawyer" in "Jane Roe, a lawyer, said"), when the phrase has them. */
  role: { first: number; last: number } | null;
}

