// Whether the words set beside a speaker's name describe who they are ("chief executive of Acme",
// "a Leeds farmer") or are something else the sentence put there: a participle clause ("Tim Roe,
// interrupting me, said"), a time or place adverbial ("Instead, Roe said", "During the debate,
// Roe said"), a clause ("it was", "the crowd kept"), a number or a manner ("exasperated"). An owner
// before the name stays: "the Gazette's Jo Roe" says whom she works for.
import { FINITE_HELPERS } from './cue-words.js';
import { WEEKDAYS } from './figure-lexicon.js';

/**
 * "-ing" words that open a job title rather than a participle clause ("managing director",
 * "acting chairman", "ranking member"). A longer list keeps more real roles; any "-ing" word not
 * here drops the role, since a clause shown as a role misleads more than a missing role does.
 */
const TITLE_ING_WORDS = new Set(['managing', 'acting', 'outgoing', 'incoming', 'leading', 'founding', 'ranking', 'visiting',
  'presiding', 'sitting', 'reigning', 'retiring', 'governing', 'consulting', 'polling', 'marketing', 'banking', 'publishing',
  'operating', 'upcoming', 'rising', 'fundraising', 'working', 'commanding', 'practising', 'practicing', 'teaching', 'nursing',
  'engineering', 'accounting', 'advertising', 'recording', 'touring', 'longstanding', 'long-standing', 'towering', 'ruling']);

/** Words that open an adverbial or a clause, never a description of a person ("during the debate", "instead", "it was"). */
const NON_ROLE_OPENERS = new Set(['during', 'for', 'despite', 'like', 'about', 'on', 'in', 'at', 'after', 'before', 'since', 'until',
  'with', 'without', 'by', 'from', 'to', 'into', 'elsewhere', 'once', 'soon', 'well', 'when', 'where', 'while', 'which', 'that',
  'what', 'here', 'there', 'no', 'it', 'him', 'you', 'she', 'he', 'they', 'we', 'i', 'them', 'still', 'instead', 'now', 'as', 'are', 'even', 'more',
  'shortly', 'this', 'these', 'neither', 'both', 'meanwhile', 'afterward', 'afterwards', 'yesterday', 'today', 'tonight',
  'tomorrow', 'earlier', 'later', 'recently', 'however', 'indeed', 'though', 'although', 'because', 'if', 'so', 'yet', 'then',
  'again', 'also', 'most', 'said', 'says', 'told', 'added', 'under', 'last', 'next', 'toward', 'towards', 'amid', 'against',
  'throughout', 'following', 'upon', 'over',
  // Adjectives that say how someone stood or felt at the time, not who they are ("Roe, aware of this, told …").
  'aware', 'unaware', 'eager', 'keen', 'anxious', 'determined', 'unable', 'unwilling', 'reluctant', 'mindful', 'conscious', 'fresh']);

/** "-ly" words that describe a person or a body: "elderly resident", "deputy leader", "weekly paper". */
const LY_ADJECTIVES = new Set(['elderly', 'family', 'deputy', 'weekly', 'daily', 'monthly', 'quarterly', 'early', 'only', 'friendly', 'likely', 'lonely', 'assembly', 'supply']);
/** Capitalised sentence adverbs that set off a name: "Finally, Jo Roe said". */
const SENTENCE_ADVERBS = new Set(['clearly', 'finally', 'similarly', 'additionally', 'ultimately', 'separately', 'previously', 'currently',
  'recently', 'initially', 'importantly', 'unfortunately', 'fortunately', 'interestingly', 'notably', 'frankly', 'personally', 'publicly', 'privately']);

/** A role ending in a time ("vote last week", "meeting on Monday"): an event, not a description of a person. */
const ENDS_IN_TIME = new RegExp(`\\b(?:(?:last|this|next) (?:week|month|year|night|weekend)|yesterday|on (?:${[...WEEKDAYS].join('|')}))$`, 'i');

/** "then ambassador to Israel": "then" opens a role only with a job after it. */
const OPENERS_KEPT_BEFORE_A_JOB = new Set(['then', 'now']);

/** Verbs that make the words a clause of their own ("the crowd was", "she did"), before any relative pronoun. */
const CLAUSE_VERBS = new Set([...FINITE_HELPERS, 'said', 'says', 'say', 'kept', 'keeps', 'quoted', 'told']);
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);

/**
 * A clause's verb comes within this many words ("it was", "the crowd kept"); one further on
 * belongs to a long description's own clause ("harbour master in the years the port was busy").
 */
const MAX_CLAUSE_SUBJECT_WORDS = 4;

/** "-ed" words that say what someone is, not how they spoke. */
const STATUS_WORDS = new Set(['retired', 'unemployed', 'disabled', 'married', 'divorced', 'widowed']);

/**
 * Places whose names end in "-ing": before a lower-case word ("Wyoming farm chairman") they open a
 * role, where a capitalised participle ("Anticipating blowback") opens a clause. A place missing
 * here loses its role only when a lower-case word follows it.
 */
const ING_PLACES = new Set(['wyoming', 'beijing', 'reading', 'woking', 'ealing', 'kettering', 'worthing', 'epping', 'nanjing',
  'kunming', 'chongqing', 'flushing', 'barking', 'tring']);

/**
 * "interrupting me", "Taking it in", "Anticipating blowback": an "-ing" word opening the role, lower
 * case or (opening its sentence) capitalised before a lower-case word; not "Wyoming GOP chairman".
 */
function isParticiple(words: readonly string[]): boolean {
  const first = words[0]!;
  // Two letters or more before "ing", in patterns the extractor compiles anyway (see quote-nicknames.ts).
  if (!/^\p{Ll}{2,}ing$/u.test(first) && !(/^\p{Lu}/u.test(first) && /^\p{Ll}+ing$/u.test(first.slice(1)))) return false;
  if (/^\p{Ll}/u.test(first)) return true;
  return /^\p{Ll}/u.test(words[1] ?? '') && !ING_PLACES.has(first.toLowerCase());
}

/** "exasperated", "choked-up": lower-case letters and hyphens ending in "ed" or "-up". */
function isLonePastParticiple(word: string): boolean {
  return (word.endsWith('ed') || word.endsWith('-up')) && /^\p{Ll}/u.test(word) && word.split('-').every((part) => part === '' || /^\p{Ll}+$/u.test(part));
}

/** Moods and manners written before a name ("an angry Roe", "a defiant Roe"): how they were, not who they are. */
const MOOD_WORDS = new Set(['angry', 'emotional', 'furious', 'happy', 'upset', 'defiant', 'good', 'bad', 'proud', 'jubilant', 'bullish',
  'cautious', 'confident', 'bitter', 'calm', 'sad', 'sombre', 'somber', 'buoyant', 'indignant', 'triumphant', 'nervous', 'anxious',
  'candid', 'blunt', 'frank', 'wry', 'unrepentant', 'unapologetic', 'upbeat', 'optimistic', 'pessimistic', 'downbeat', 'humble', 'modest']);

/** Words that only modify a title ("senior Conservative MP", "former chair"): never a role alone. */
const LONE_MODIFIERS = new Set(['senior', 'junior', 'former', 'acting', 'interim', 'deputy', 'assistant', 'joint', 'then', 'new', 'top', 'leading']);

/** Does this text describe the speaker (a job, a party, an affiliation), rather than being a clause or adverbial? */
export function isRoleText(role: string): boolean {
  const words = role.split(/\s+/).filter(Boolean);
  const first = words[0]?.toLowerCase() ?? '';
  // "’s" cut from "Kelsford Pride!’s Mr Lock": a possessive ending whose owner stayed behind.
  if (first === '' || /^['’]/.test(first)) return false;
  if (isParticiple(words) && !TITLE_ING_WORDS.has(first)) return false;
  // "Derek Roe from Acme Systems": after the name, a lower-case "from" and a named body is an affiliation.
  const affiliation = words[0] === 'from' && words.slice(1).some((word) => /^\p{Lu}/u.test(word));
  if (NON_ROLE_OPENERS.has(first) && !affiliation && !(OPENERS_KEPT_BEFORE_A_JOB.has(first) && words.length > 1 && !NON_ROLE_OPENERS.has(words[1]!.toLowerCase()))) return false;
  // "clearly", "Finally,": a sentence adverb (lower-case "-ly" words but adjectives; capitalised, only
  // common ones, since "Kelly" and "Italy" end so too).
  const adverb = words[0]!.length >= 5 && /^\p{Ll}+ly$/u.test(words[0]!) ? !LY_ADJECTIVES.has(first) : SENTENCE_ADVERBS.has(first);
  if (adverb) return false;
  if (WEEKDAYS.has(first) || /^[\d.,%]+$/.test(first) && (words.length === 1 || /^(?:percent|minutes?|hours?|days?|weeks?|years?)$/i.test(words[1]!))) return false;
  // "exasperated", "choked-up": a lone participle says how they spoke, not who they are.
  if (words.length === 1 && isLonePastParticiple(words[0]!) && !STATUS_WORDS.has(words[0]!)) return false;
  // "An angry Roe said", "a tearful Roe", "the month-old group": a mood or an age alone is no role.
  if (words.length === 1 && (MOOD_WORDS.has(first) || /^\p{Ll}{3,}ful$/u.test(words[0]!) || /^\p{Ll}[\p{Ll}-]*-old$/u.test(words[0]!))) return false;
  // "senior" cut from "senior Conservative MP": a modifier alone says nothing of who they are.
  if (words.length === 1 && LONE_MODIFIERS.has(first)) return false;
  // "After the vote last week Roe told": words ending in a time are what happened then, not who they are.
  if (words.length > 1 && ENDS_IN_TIME.test(role)) return false;
  // "whose son is in Year 8": a clause that says who they are through what is theirs.
  if (first === 'whose') return true;
  // "Its forecast of “growth” was wrong, Roe said": a verb in lower case opening the words ends a clause.
  if (CLAUSE_VERBS.has(words[0]!)) return false;
  for (let k = 1; k < Math.min(words.length, 1 + MAX_CLAUSE_SUBJECT_WORDS); k++) {
    const lower = words[k]!.toLowerCase();
    if (RELATIVES.has(lower)) break;
    if (CLAUSE_VERBS.has(lower)) return false;
    // "Scot initially defended": an adverb and a past verb make a clause.
    if (/^\p{Ll}{3,}ly$/u.test(words[k]!) && !LY_ADJECTIVES.has(lower) && /^\p{Ll}+ed$/u.test(words[k + 1] ?? '')) return false;
  }
  return true;
}
