// "A council spokesperson said …" then "…,” the spokesperson said": the second speaker is the same
// one, and the issue asks for the speaker as first introduced. A definite description ("the
// spokesperson", "the council spokeswoman") stands for the latest earlier described speaker whose
// head noun is the same and which has every word the definite one adds ("council"). Also here: which
// descriptions are one new person ("a council spokeswoman", a possible "she" later), which are an
// epithet for someone just named ("the American", "the 30-year-old"), and which capitalised runs
// name an event rather than a person ("Australian Open").

import type { Gender } from './name-index.js';
import { JOB_WORDS } from './entities.js';

/** Words that end a description's head phrase: what follows them qualifies the head ("a spokesman for the mayor"). */
const QUALIFIER = /^(?:for|of|at|with|from|in|on|to|who|whose|which|that)$/i;

/**
 * The words of a description up to its qualifiers, lower case: "A spokesman for Roe, said" → [a, spokesman].
 * A qualifier after a capitalised word is inside a name: "A Department for Rural Affairs spokeswoman".
 */
function headPhrase(description: string): string[] {
  const words = description.split(',')[0]!.trim().split(/\s+/);
  const cut = words.findIndex((word, i) => QUALIFIER.test(word) && !(i > 1 && /^\p{Lu}/u.test(words[i - 1]!)));
  return (cut === -1 ? words : words.slice(0, cut)).map((word) => word.toLowerCase());
}

/** The words of a definite description after "the", or null when `speaker` is not one ("the spokesperson" → [spokesperson]). */
function definiteWords(speaker: string): string[] | null {
  const words = headPhrase(speaker);
  return words.length >= 2 && words[0] === 'the' ? words.slice(1) : null;
}

/**
 * The earlier described speaker that `speaker` (a definite description) refers back to, latest first,
 * or null: its head phrase ends in the same noun and holds every other word of the definite one.
 */
export function describedAntecedent(speaker: string, earlier: readonly string[]): string | null {
  const definite = definiteWords(speaker);
  if (!definite) return null;
  const head = definite.at(-1)!;
  const own = headPhrase(speaker).join(' ');
  for (let i = earlier.length - 1; i >= 0; i--) {
    const words = headPhrase(earlier[i]!);
    // The same words again ("The president" … "the president"): nothing more was introduced.
    if (words.join(' ') === own) return null;
    if (words.at(-1) === head && definite.every((word) => words.includes(word))) return earlier[i]!;
  }
  return null;
}

/**
 * "…,” added the British producer" after "Producer Ivo Marek said …": does a definite description name
 * the person whose role is `role`? Its head noun is the role's, and each word it adds is in the role
 * too, unless the role is that noun alone and so says nothing against them ("the Labour leader" is
 * not a person introduced as "Tory leader").
 */
export function describesRole(described: string, role: string): boolean {
  const definite = definiteWords(described);
  const roleWords = headPhrase(role);
  if (!definite || definite.at(-1) !== roleWords.at(-1)) return false;
  return roleWords.length === 1 || definite.every((word) => roleWords.includes(word));
}

/**
 * Nouns for one person that a described speaker may end on ("a council spokeswoman", "a senior
 * official"): such a speaker can be the "he" or "she" of the next quotes. Bodies ("the council") and
 * plurals ("officials") cannot.
 */
const PERSON_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'minister', 'secretary', 'director',
  'executive', 'manager', 'adviser', 'advisor', 'aide', 'source', 'lawyer', 'attorney', 'officer', 'inspector', 'councillor',
  'mp', 'member', 'resident', 'witness', 'teacher', 'doctor', 'analyst', 'economist', 'expert', 'candidate', 'chairman',
  'chairwoman', 'chair', 'leader', 'owner', 'worker', 'nurse', 'surgeon', 'professor', 'researcher', 'scientist', 'engineer',
  'coach', 'boss', 'captain', 'player', 'manageress', 'headteacher', 'head', 'governor', 'mayor', 'senator']);

/**
 * "A council spokeswoman": a described speaker that is one new person, by its head noun. Only an
 * indefinite one: "the Tory leader" mostly stands for someone already named, whom "he" names better.
 */
export function describesOnePerson(described: string): boolean {
  const words = headPhrase(described);
  return words.length >= 2 && /^(?:a|an|one)$/.test(words[0]!) && PERSON_NOUNS.has(words.at(-1)!);
}

/**
 * "the singer", "a spokeswoman", "the 30-year-old": a described speaker whose head noun is one person,
 * definite or not; "it" never stands for such a speaker.
 */
export function namesOnePerson(described: string): boolean {
  const head = headPhrase(described).at(-1) ?? '';
  return PERSON_NOUNS.has(head) || JOB_WORDS.has(head) || isPersonEpithet(described);
}

/** The gender a described person's head noun gives ("spokeswoman" female, "chairman" male), else null. */
export function describedGender(described: string): Gender {
  const head = headPhrase(described).at(-1) ?? '';
  if (/woman$/.test(head)) return 'female';
  return /man$/.test(head) ? 'male' : null;
}

/**
 * Nationals a report calls a person by once named ("…,” said the American"). Only words for one
 * person: "the Chinese", "the Swiss" are as often a government or a team.
 */
const DEMONYMS = new Set(['american', 'briton', 'englishman', 'englishwoman', 'scot', 'welshman', 'welshwoman', 'irishman', 'irishwoman',
  'frenchman', 'frenchwoman', 'german', 'italian', 'spaniard', 'dutchman', 'belgian', 'austrian', 'swede', 'norwegian', 'dane', 'finn',
  'pole', 'czech', 'russian', 'ukrainian', 'serb', 'croat', 'romanian', 'hungarian', 'greek', 'turk', 'israeli', 'iranian', 'iraqi',
  'egyptian', 'moroccan', 'nigerian', 'kenyan', 'ethiopian', 'australian', 'aussie', 'kiwi', 'canadian', 'mexican', 'brazilian',
  'argentine', 'argentinian', 'chilean', 'colombian', 'indian', 'pakistani', 'jamaican', 'zimbabwean', 'ghanaian', 'cameroonian',
  'slovak', 'latvian', 'lithuanian', 'estonian', 'georgian', 'uruguayan', 'peruvian', 'cuban', 'filipino', 'texan', 'californian',
  'yorkshireman', 'ulsterman', 'cornishman']);

/** Last words of events and honours that a name reader may take for a person's name ("Australian Open"). */
const EVENT_WORDS = new Set(['open', 'cup', 'olympic', 'olympics', 'games', 'championship', 'championships', 'prix', 'trophy', 'league', 'awards', 'festival', 'classic', 'masters', 'series']);

/**
 * Player positions: in a sports story, "the striker" stands for the player just named. Roles that
 * often belong to someone else in the story are not here: "the manager", "the coach", and also "the
 * singer", "the actor" and "the youngster", which on BBC text as often named a second person (a
 * band's other member, a friend) as the one just named.
 */
const EPITHET_NOUNS = new Set(['striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'batsman', 'bowler', 'sprinter', 'jockey']);

/** "the Waterford man", "the Leeds woman": where someone just named comes from. */
const PLACE_PERSON = /^the \p{Lu}\S* (?:man|woman)$/u;

/** "the American", "the 30-year-old", "the striker": an epithet that stands for a person just named, not a described source. */
export function isPersonEpithet(described: string): boolean {
  if (PLACE_PERSON.test(described)) return true;
  const match = /^the (\S+)$/i.exec(described);
  if (match !== null) {
    const word = match[1]!;
    return /^\d+-year-old$/.test(word) || (/^\p{Lu}/u.test(word) && DEMONYMS.has(word.toLowerCase())) || EPITHET_NOUNS.has(word);
  }
  // "the Tottenham striker", "the central defender", "the Chelsea star": a position after a club or a modifier.
  const modified = /^the (?:\S+ ){1,2}(\S+)$/i.exec(described);
  return modified !== null && (EPITHET_NOUNS.has(modified[1]!) || PLAYER_NOUNS.has(modified[1]!));
}

/** Nouns for a player that stand for one only after a club or a modifier ("the Liverpool player"). */
const PLAYER_NOUNS = new Set(['player', 'star']);

/** "Australian Open", "Double Olympic": a capitalised run read as a person's name that names an event or honour. */
export function isEventName(name: string): boolean {
  return EVENT_WORDS.has(name.split(' ').at(-1)!.toLowerCase());
}
