// Which words before a full stop are abbreviations, and how each kind decides whether the stop
// also ends the sentence. Pure tables and lookups, used by the sentence splitter.

/**
 * How an abbreviation behaves before the next word:
 * - `title`: always followed by the word it qualifies (Mr. Smith, vs. Chelsea, e.g. this): never ends a sentence.
 * - `numbered`: followed by a number (No. 10, Art. 5): no break before a digit, a break otherwise.
 * - `date`: a month (Jan. 6): no break before a digit; before a capital only when a new sentence clearly starts.
 * - `ambiguous`: often ends a sentence (U.S., Inc., a.m., St., Tex.): a break only when a new sentence clearly starts.
 */
export type AbbreviationKind = 'title' | 'numbered' | 'date' | 'ambiguous';

const TITLES = [
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Dr', 'Drs', 'Prof', 'Profs', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs',
  'Lt', 'Gen', 'Gens', 'Col', 'Maj', 'Capt', 'Cpt', 'Cmdr', 'Cdr', 'Adm', 'Brig', 'Sgt', 'Cpl', 'Pvt', 'Pte',
  'Lieut', 'Cllr', 'Coun', 'Cong', 'Ald', 'Asst', 'Const', 'Dep', 'Rev', 'Revd', 'Fr', 'Msgr', 'Hon', 'Pres', 'Supt', 'Insp', 'Det', 'Atty',
  'Amb', 'Sec', 'Treas', 'Mme', 'Mlle', 'Sra', 'Srta', 'Rt', 'vs', 'v', 'Vs', 'e.g', 'i.e', 'cf', 'viz',
  'approx', 'ca', 'incl', 'esp', 'Mt', 'Ft',
];
const NUMBERED = ['No', 'Nos', 'no', 'nos', 'Art', 'Arts', 'Vol', 'Vols', 'vol', 'Fig', 'Figs', 'fig', 'p', 'pp',
  'Para', 'para', 'Pg', 'pg', 'Ex', 'Exh', 'Ch', 'ch', 'Sec', 'sec', 'Sect', 'Nr', 'nr', 'Tel', 'tel', 'Rm', 'Apt',
  'Op', 'op', 'Ps', 'Ed', 'ed', 'Edn', 'Pl', 'Ste'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];
const AMBIGUOUS = [
  // companies and organisations
  'Inc', 'Ltd', 'Co', 'Corp', 'Cos', 'Bros', 'Plc', 'PLC', 'LLC', 'Assn', 'Assoc', 'Dept', 'Univ', 'Govt', 'Intl',
  // places and addresses
  'St', 'Ave', 'Av', 'Blvd', 'Rd', 'Ln', 'Sq', 'Hwy', 'Pkwy', 'Mtn', 'Cres',
  // generational suffixes and degrees
  'Jr', 'Sr', 'Snr', 'Jnr', 'Esq',
  // lower-case
  'etc', 'al', 'est', 'hr', 'hrs', 'mins', 'yr', 'yrs', 'mph', 'oz', 'lb', 'lbs', 'ft',
  // districts: "Dist. Atty." or "3rd Dist." at a sentence end
  'Dist',
];
/** US states in news style ("Boise, Ida."); N.Y., D.C. and the like are initialisms. */
const STATES = [
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md',
  'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Penn', 'Tenn', 'Tex', 'Vt',
  'Va', 'Wash', 'Wis', 'Wisc', 'Wyo', 'Ida',
];

const KIND = new Map<string, AbbreviationKind>();
for (const word of [...AMBIGUOUS, ...STATES]) KIND.set(word, 'ambiguous');
for (const word of MONTHS) KIND.set(word, 'date');
for (const word of NUMBERED) KIND.set(word, 'numbered');
for (const word of TITLES) KIND.set(word, 'title');

/** Letters joined by inner full stops: U.S, a.m, D.C, Ph.D, N.Y (the final stop is not part of the token). */
const INITIALISM = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u;
/** A single capital letter: an initial (J. K. Rowling, George W. Bush) or a letter name (Plan B.). */
function isCapital(char: string): boolean {
  return char >= 'A' && char <= 'Z' ? true : char > '\u007f' && char !== char.toLowerCase();
}

/** The kind of abbreviation `word` is (the word as written before its full stop), or null for an ordinary word. */
export function abbreviationKind(word: string): AbbreviationKind | null {
  const known = KIND.get(word);
  if (known) return known;
  if (word.length === 1 ? isCapital(word) : word.includes('.') && INITIALISM.test(word)) return 'ambiguous';
  return null;
}

/** "THE", "HE": a sentence starter in an all-capitals headline or lead. */
function isAllCaps(word: string): boolean {
  const second = word.charCodeAt(1);
  return second >= 0x41 && second <= 0x5a && word === word.toUpperCase();
}

function capitalise(word: string): string {
  return word.length > 1 ? word.charAt(0) + word.slice(1).toLowerCase() : word;
}

/**
 * Words that begin sentences far more often than they follow an abbreviation inside one: after
 * "in the U.S." a following "The" or "He" starts a new sentence, a following "Senate" does not.
 */
const SENTENCE_STARTERS = new Set([
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'There', 'Here', 'It', 'Its', 'He', 'She', 'They', 'We', 'I',
  'You', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'Some', 'Many', 'Most', 'Much', 'Few', 'All', 'Both', 'Each',
  'Every', 'Any', 'No', 'None', 'Not', 'Nor', 'Neither', 'Either', 'One', 'Two', 'Three', 'Such', 'Other', 'Another',
  'But', 'And', 'Or', 'So', 'Yet', 'Still', 'Also', 'Then', 'Thus', 'Hence', 'However', 'Meanwhile', 'Moreover',
  'Furthermore', 'Instead', 'Indeed', 'Nevertheless', 'Nonetheless', 'Otherwise', 'Therefore', 'Even', 'Only',
  'If', 'When', 'While', 'Whilst', 'Where', 'What', 'Why', 'How', 'Who', 'Whom', 'Whose', 'Which', 'Whether',
  'After', 'Before', 'Since', 'Until', 'Although', 'Though', 'Because', 'As', 'Once', 'Unless', 'Despite',
  'In', 'On', 'At', 'By', 'For', 'With', 'Without', 'From', 'To', 'Of', 'Over', 'Under', 'During', 'Among', 'Amid',
  'According', 'About', 'Against', 'Across', 'Along', 'Around', 'Through', 'Throughout', 'Within', 'Beyond',
  'Now', 'Today', 'Yesterday', 'Tomorrow', 'Tonight', 'Last', 'Next', 'Later', 'Earlier', 'Soon', 'Recently',
  'Mr', 'Mrs', 'Ms', 'Is', 'Are', 'Was', 'Were', 'Do', 'Does', 'Did', 'Has', 'Have', 'Had', 'Can', 'Could',
  'Will', 'Would', 'Should', 'May', 'Might', 'Must', 'Let', 'Please', 'Yes', 'Well', 'Oh', 'Asked', 'Speaking',
  'Nothing', 'Nobody', 'Everyone', 'Everybody', 'Someone', 'Somebody', 'Everything', 'Something',
]);

/** True when `word` (letters only, no punctuation) usually opens a sentence. */
export function isSentenceStarter(word: string): boolean {
  return SENTENCE_STARTERS.has(word) || (isAllCaps(word) && SENTENCE_STARTERS.has(capitalise(word)));
}

/** States written as initialisms (the final stop is not part of the token); not U.S or U.K: "the U.S. Army". */
const STATE_INITIALISMS = ['N.Y', 'N.J', 'D.C', 'N.H', 'N.C', 'S.C', 'N.D', 'S.D', 'N.M', 'R.I', 'W.Va'];
const STATE_SET = new Set([...STATES, ...STATE_INITIALISMS]);

/** A US state as written after a city: "Fla", "N.Y", "D.C". */
export function isStateAbbreviation(word: string): boolean {
  return STATE_SET.has(word);
}

/** "a.m" or "p.m" (the final stop is not part of the token). */
export function isClockSuffix(word: string): boolean {
  return word === 'a.m' || word === 'p.m' || word === 'A.M' || word === 'P.M';
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
/** Words that go on with a time or a place: "5 p.m. Friday", "9 a.m. Eastern time", "Washington, D.C. Monday". */
const TIME_CONTINUATIONS = new Set([...DAYS, ...MONTH_NAMES, ...MONTHS, 'Eastern', 'Pacific', 'Central', 'Mountain',
  'East', 'West', 'Local', 'Greenwich']);
/** Time-zone codes: ET, EST, PDT, GMT, BST, UTC. */
const TIME_ZONE = /^(?:[A-Z]{1,3}T|UTC)$/;

/** True when `word` (letters only) goes on with a time or place rather than opening a sentence. */
export function continuesTimeOrPlace(word: string): boolean {
  return TIME_CONTINUATIONS.has(word) || TIME_ZONE.test(word);
}

/** Names written with an exclamation mark: "Yahoo! News", "E! Online" go on after the mark. */
const EXCLAIMED_NAMES = new Set(['Yahoo', 'E', 'Jeopardy', 'Wham', 'Kerrang']);

export function isExclaimedName(word: string): boolean {
  return EXCLAIMED_NAMES.has(word);
}
