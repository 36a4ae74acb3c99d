// Names in running text: runs of capitalised words ("Pete Bungard", "Gloucestershire County
// Council", "Department for Education"), told apart as people or organisations, with titles and
// job words peeled off ("Former Secretary of State Hillary Clinton" → "Hillary Clinton"). A
// NameIndex maps a surname or title+surname ("Mr Bungard") to the full name introduced earlier.
// No lexicon of names is needed: the article itself introduces its people.
import { SPEECH_VERBS } from './cue-words.js';
import type { WordToken } from '../text/word-tokens.js';
import { isFirstName } from './first-names.js';

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Courtesy and office titles before a name; dropped from the name. Lower case, no period. */
export const TITLES = set(`mr mrs ms miss mx dr prof professor sir dame lord lady cllr councillor sen senator rep
  representative gov governor president pres gen general lt col colonel capt captain sgt sergeant rev reverend
  judge justice mayor chancellor secretary minister premier speaker chairman chairwoman chair director
  commissioner chief inspector det detective supt superintendent baroness baron king queen prince princess pope
  father bishop archbishop rabbi imam ambassador attorney counsel coach agent deputy vice former acting interim adm admiral
  maj major cmdr commander officer constable pc dc sheriff congressman congresswoman assemblyman assemblywoman
  candidate nominee leader chairperson ceo cfo md mp mep msp am whip
  sens reps govs gens drs profs cllrs messrs`);

/** Titles that tell a person's gender, for pronoun resolution. */
export const MALE_TITLES = set('mr sir lord king prince father baron');
export const FEMALE_TITLES = set('mrs ms miss dame lady queen princess baroness');

/** Capitalised descriptors that come before a name ("Republican presidential nominee Donald Trump"). */
const DESCRIPTOR_WORDS = set(`republican democratic democrat gop labour conservative tory liberal lib dem green
  independent socialist state house senate foreign home prime white press executive presidential us u.s. uk
  british american english scottish welsh irish french german russian chinese federal county city district
  national international majority minority the of for and`);

/**
 * Nationalities written before a person's name, mostly in sports copy ("Spaniard Pablo Garcia-Roe",
 * "Australian Ivo Marek"): peeled only when two name words stay after them, since they also open
 * bodies' names ("Swiss Re" the insurer, "Czech Republic").
 */
const NATIONALITY_WORDS = set(`spaniard spanish frenchman briton scotsman welshman irishman englishman dutchman dutch swede
  swedish danish finnish norwegian polish serb serbian croat croatian argentine argentinian brazilian italian portuguese
  belgian swiss austrian australian canadian mexican japanese korean indian pakistani nigerian kenyan jamaican chilean
  colombian uruguayan greek turkish israeli iranian iraqi afghan ukrainian czech`);
/** Of those, the nouns ("the Dutchman"): alone they are an epithet for someone named, never a name. */
const NATIONALITY_NOUNS = set('spaniard frenchman briton scotsman welshman irishman englishman dutchman swede serb croat argentine');

/**
 * Job words that, capitalised at a sentence start, come before a name ("Writer Tony Cowell said",
 * "Midfielder Sam Rivo scored"). Many are surnames too ("Isaac Singer"), so one is peeled only from
 * the front of a run that still holds two name words after it.
 */
export const JOB_WORDS = set(`writer author novelist poet playwright screenwriter singer songwriter rapper musician guitarist
  drummer actor actress comedian presenter broadcaster journalist reporter columnist editor producer photographer
  artist designer architect analyst economist strategist pollster lawyer solicitor barrister surgeon doctor nurse
  teacher scientist researcher campaigner activist striker midfielder defender goalkeeper winger forward batsman
  bowler jockey trainer manager boss skipper founder owner spokesman spokeswoman spokesperson veteran`);
/** Name words a job word must leave after it: "Singer Bryan Adams" loses "Singer", "Isaac Singer" keeps it. */
const MIN_WORDS_AFTER_JOB = 2;

/** "Singer Sam Endicott": a mention whose title is a job word names that job, a role for the speaker. */
export function isJobTitle(title: string | null): boolean {
  return title !== null && !title.includes(' ') && JOB_WORDS.has(title.toLowerCase());
}

/** Last words that make a name an organisation. */
export const ORGANISATION_WORDS = set(`council department ministry office committee commission agency association party
  campaign court police service services university college school hospital trust foundation institute center
  centre bank company corp corporation inc ltd llc plc group board authority administration government times post
  news journal press network organization organisation union federation league club church senate house congress
  parliament army navy force forces guard bureau unit team fund council's tribunal assembly cabinet command
  magazine tribune herald guardian telegraph mail gazette review chronicle globe observer standard reuters
  associated cnn bbc msnbc nbc abc cbs npr pbs nhs fbi cia nsa un eu nato
  police council coalition alliance society movement project studio studios airlines airways motors
  foundation partnership commissioners caucus chamber exchange reserve embassy consulate pac
  co-operative cooperative co-op lab labs laboratory laboratories museum library gallery theatre theater orchestra
  charity clinic academy festival courier mercury echo examiner advertiser argus bulletin dispatch inquirer sentinel courant
  ledger`);

/** Capitalised words that start sentences but never names. Lower case. */
const NOT_NAME_STARTS = set(`the a an in on at of for to by with from but and or if as when while after before despite
  although though it he she they we i you this that these those there here his her their its our my your what who
  why how where which so yet also then now however meanwhile according under over during since until last next
  some many most all both each every no not only even still just more one two three four five published following
  speaking asked earlier later today yesterday tomorrow tonight monday tuesday wednesday thursday friday saturday
  sunday january february march april may june july august september october november december is are was were
  be been has have had will would could should can may might must do does did said says told added mr mrs ms dr
  please thank thanks yes oh well sorry let let's we're i'm it's that's there's here's what's nobody everyone
  someone anyone many such another other instead because indeed perhaps maybe now once whether outside inside
  among between through throughout without within across against around about above below behind beyond near
  like unlike including among whatever whenever wherever whoever jan feb mar apr jun jul aug sep sept oct nov dec
  neither either nor`);

/** Capitalised words that occur in names of events, places and groups but not of people. */
export const NOT_PERSON_WORDS = set(`fair palace republicans democrats democratic republican state states county city street avenue
  road park square hall center centre arena stadium airport station bridge river lake mountain island beach valley
  day week month year festival convention conference summit debate primary caucus caucuses election act bill law
  plan program programme fund project initiative tower towers building hotel casino church mosque temple school
  university college hospital museum library online news times post today tonight live show magazine america
  american americans muslims muslim christians christian latino latinos hispanic black white asian african europe
  european union east west north south middle global national international federal world democrat independent
  conservative liberal libertarian progressive republic kingdom emirates`);

/** Colour words in NOT_PERSON_WORDS that are also common surnames. */
const COLOUR_SURNAMES = set('white black');

/** First words of two-word place names ("New Zealand", "South Carolina", "Los Angeles"): not people. */
const PLACE_STARTS = set(`new north south east west united saudi los san las santa hong sri costa el puerto great middle
  capitol wall silicon washington rhode`);

/** Capitalised words that never continue a name, even after a first name. */
const FUNCTION_CAPS = set('the a an and or but in on at of for to is was are were said says told has had will would');

/** Short words allowed inside a name ("Department for Education", "Leonardo da Vinci"). */
const NAME_CONNECTORS = set('of for the de da van von der del la le du bin al &');
/** Particles inside a person's name, in lower case only ("Jurgen den Hartog"; "Den Watts" is a given name). */
const NAME_PARTICLES = set('de da di van von der den del la le du bin al');

export type NameKind = 'person' | 'organisation' | 'unknown';

export interface NameMention {
  /** The name without titles and descriptors. */
  name: string;
  /** Title and descriptor words peeled off the front ("Cllr", "Former Secretary of State"). */
  title: string | null;
  kind: NameKind;
  gender: 'male' | 'female' | null;
  start: number;
  end: number;
  /** Token index range [first, last] of the whole run including titles. */
  firstToken: number;
  lastToken: number;
}

export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII answers directly: this runs for every word of every quote's context.
  if (code < 128) return code >= 65 && code <= 90;
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Lower case, without a final period or possessive ’s: the form the word lists use. */
function bare(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith('.')) w = w.slice(0, -1);
  if (w.length > 2 && (w.endsWith('’s') || w.endsWith("'s"))) w = w.slice(0, -2);
  return w;
}

export function stripPossessive(word: string): string {
  // Most words end in neither mark nor "s": they need no pattern run over them.
  if (!POSSESSIVE_ENDS.has(word.at(-1) ?? '')) return word;
  return word.replace(/[’']s$/, '').replace(/(?<=s)[’']$/, '');
}

/** The last characters of a possessive: "Roe’s", "Roe's", "Jones’", "Jones'". */
const POSSESSIVE_ENDS = new Set(['s', '’', "'"]);

/** A capitalised word that may open a name ("Jane", "Rodney"), not a function word ("The", "In", "But"). */
export function mayOpenName(word: string): boolean {
  return isCapitalised(word) && !NOT_NAME_STARTS.has(bare(word));
}

/** "R-Ky", "D-Calif.": a US party-and-state tag is no name. */
const PARTY_TAG = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

/** Is the word a name word here: capitalised, and not a sentence-initial common word? */
function nameWord(token: WordToken, sentenceStart: boolean, knownCaps: ReadonlySet<string>, next?: WordToken, following = next): boolean {
  if (!capitalisedWord(token) || PARTY_TAG.test(token.text)) return false;
  const lower = bare(token.text);
  if (TITLES.has(lower)) return true;
  // "May said: …" after "Guitarist Brian May": a surname that is also a word, written mid-sentence too, before a speech verb.
  // `following` is the token after, even past the stretch asked about ("May" alone, before its verb).
  if (NOT_NAME_STARTS.has(lower)) return SURNAMES_THAT_ARE_WORDS.has(lower) && knownCaps.has(token.text) && following !== undefined && SPEECH_AFTER_NAME.has(following.text);
  if (sentenceStart) {
    if (knownCaps.has(stripPossessive(token.text))) return true;
    // "Pete Bungard, …" opening a paragraph; but not "Telling Jeb Bush …" or "Asked Smith …" (yet "Ted Roe", "Emily Roe").
    const firstName = isFirstName(lower);
    // "Man-of-the-match Duff said": a compound with a lower-case part is a common noun ("Jean-Paul" has none).
    if (next === undefined || !isCapitalised(next.text) || LOWER_COMPOUND_PART.test(token.text)) return false;
    // "Theresa May, …": after a first name a capitalised common word is a surname, as inside a run (findNames).
    if (firstName && next.kind === 'word' && !FUNCTION_CAPS.has(bare(next.text))) return true;
    // "Defiant Matt Williams said": an unknown word before a given name is the sentence's, not the name's.
    if (!firstName && isFirstName(bare(next.text))) return false;
    // "Observes Ivo Lind: “…”": a speech verb opening the sentence is its inverted verb.
    if (!firstName && SPEECH_VERBS.has(lower)) return false;
    return (firstName || !/(?:ing|ed|ly)$/.test(lower)) && nameWord(next, false, knownCaps);
  }
  return true;
}

/** "Ruud van Nistelrooy said": a capital, a name particle and a capital make one name, at a sentence start too. */
function beforeParticle(tokens: readonly WordToken[], i: number, to: number): boolean {
  return i + 2 < to && NAME_PARTICLES.has(tokens[i + 1]!.text) && capitalisedWord(tokens[i + 2]!) && !FUNCTION_CAPS.has(bare(tokens[i]!.text));
}

/** A hyphen followed by a lower-case letter: "Man-of-the-match", "Award-winning". */
const LOWER_COMPOUND_PART = /-\p{Ll}/u;

function capitalisedWord(token: WordToken): boolean {
  return token.kind === 'word' && isCapitalised(token.text);
}

/** Capitalised words seen away from a sentence start: the article's own proper nouns. */
export function knownCapitals(tokens: readonly WordToken[]): Set<string> {
  const known = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word' && isCapitalised(token.text) && !startsSentence(tokens, i)) known.add(stripPossessive(token.text));
  }
  return known;
}

const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', ';', '“', '‘', '"', "'", '(', '—', '–', '-']);

export function startsSentence(tokens: readonly WordToken[], i: number): boolean {
  const previous = tokens[i - 1];
  return previous === undefined || SENTENCE_OPENERS.has(previous.text);
}

/**
 * Party words that, after "the", open a description of someone ("Fresno, California the GOP
 * nominee", "Roe the Democratic candidate") rather than an epithet or title ("Catherine the Great",
 * "Meet the Press").
 */
const PARTY_WORDS = set('republican democratic democrat gop labour conservative tory liberal presidential');

/** "the" before an acronym ("the GOP", "the FBI") or a party word closes the name before it. */
function describedAfterThe(connector: string, after: string): boolean {
  if (connector.toLowerCase() !== 'the') return false;
  return PARTY_WORDS.has(bare(after)) || /^\p{Lu}{2,}$/u.test(after);
}

/** Surnames that are also words kept out of names (months, modals): a name before a speech verb ("May said"). */
const SURNAMES_THAT_ARE_WORDS = set('will may june april march august');
/** Speech verbs right after a name. */
const SPEECH_AFTER_NAME = set('said says told added wrote thanked');

/** Given names that are also common words, kept out of names elsewhere ("Will Trump win?", "in June"). */
const GIVEN_NAMES_THAT_ARE_WORDS = set('will april june may jan');
/** What may follow "Will Davies" for the pair to be a name: an appositive's comma or a speech verb. */
const AFTER_GIVEN_NAME_PAIR = new Set([',', ...SPEECH_AFTER_NAME]);

/** "Will Davies, a fellow at …, said" / "Will Davies said": such a given name, a surname, then a comma or a speech verb. */
function wordAsGivenName(tokens: readonly WordToken[], i: number, to: number, knownCaps: ReadonlySet<string>): boolean {
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  // The comma or verb may lie past `to`: a subject reader asks about "Will Davies" alone.
  return i + 1 < to && GIVEN_NAMES_THAT_ARE_WORDS.has(bare(tokens[i]!.text)) && next !== undefined && capitalisedWord(next)
    && nameWord(next, false, knownCaps) && after !== undefined && AFTER_GIVEN_NAME_PAIR.has(after.text.toLowerCase());
}

/** Capitalised words from `from` up to `to` that end in an organisation word ("Economy Ministry"). */
function bodyNameAfterAnd(tokens: readonly WordToken[], from: number, to: number): boolean {
  let end = from;
  while (end < to && tokens[end]!.kind === 'word' && isCapitalised(tokens[end]!.text)) end++;
  return end > from && ORGANISATION_WORDS.has(bare(tokens[end - 1]!.text));
}

/** Name runs in tokens[from, to). */
export function findNames(tokens: readonly WordToken[], knownCaps: ReadonlySet<string>, from = 0, to = tokens.length): NameMention[] {
  const names: NameMention[] = [];
  let i = from;
  while (i < to) {
    // Most tokens are no capitalised word: they are passed over before asking whether they open a sentence.
    const token = tokens[i]!;
    if (!capitalisedWord(token) || !(nameWord(token, startsSentence(tokens, i), knownCaps, i + 1 < to ? tokens[i + 1] : undefined, tokens[i + 1]) || wordAsGivenName(tokens, i, to, knownCaps) || beforeParticle(tokens, i, to))) {
      i++;
      continue;
    }
    let j = i;
    const firstLower = tokens[i]!.text.toLowerCase();
    // "Mrs May", "Mr German": after an honorific too, a capitalised common word is the surname.
    const firstName = isFirstName(firstLower) || MALE_TITLES.has(bare(tokens[i]!.text)) || FEMALE_TITLES.has(bare(tokens[i]!.text));
    while (j + 1 < to) {
      const next = tokens[j + 1]!;
      // "Theresa May", "Jack Will": after a first name, a capitalised common word is a surname.
      const nextBare = bare(next.text);
      // "Guitarist Brian May": the first name may follow a title or job word in the run.
      const afterFirstName = j === i ? firstName : isFirstName(bare(tokens[j]!.text));
      // "Gov. Jan Marek": after a title, a given name that is also a month's short form.
      const givenAfterTitle = TITLES.has(bare(tokens[j]!.text)) && GIVEN_NAMES_THAT_ARE_WORDS.has(nextBare);
      // "Julie A. Morrow": a capital with its period is a middle initial, though "A" alone is an article.
      const initial = next.text.length === 2 && next.text[1] === '.';
      const blocked = NOT_NAME_STARTS.has(nextBare) && !(afterFirstName && !FUNCTION_CAPS.has(nextBare)) && !givenAfterTitle && !initial;
      if (next.kind === 'word' && isCapitalised(next.text) && !blocked && !/[’']s$/.test(tokens[j]!.text)) { j++; continue; }
      const after = tokens[j + 2];
      // "Jo Roe of Austin": after a first name and a surname, "of" opens where the person is from, not more name.
      // Also after two capitals that end in no body's word or title ("Nick Vance of Harbour Bank"; not "Royal
      // Bank of Scotland", "Former Secretary of State Jo Roe", "RNC Chief of Staff").
      const lastBare = bare(tokens[j]!.text);
      const placeAfterPerson = j > i && (next.text === 'of' || next.text === 'for')
        && (firstName || !(ORGANISATION_WORDS.has(lastBare) || TITLES.has(lastBare) || JOB_WORDS.has(lastBare)));
      if ((NAME_CONNECTORS.has(next.text.toLowerCase()) || NAME_PARTICLES.has(next.text)) && after && j + 2 < to && isCapitalised(after.text) && !/[’']s$/.test(tokens[j]!.text) && !placeAfterPerson && !describedAfterThe(next.text, after.text)) { j += 2; continue; }
      // "Speaker of the House Ivo Lind": an office's "of the" after a title, when more name follows the office.
      if (next.text === 'of' && after?.text === 'the' && j + 4 < to && TITLES.has(lastBare) && isCapitalised(tokens[j + 3]!.text) && isCapitalised(tokens[j + 4]!.text)) { j += 3; continue; }
      // "Ports and Harbours Ministry", "Roads and Rivers Department": "and" inside a body's name.
      if (next.text === 'and' && !firstName && bodyNameAfterAnd(tokens, j + 2, to)) { j += 2; continue; }
      break;
    }
    // "Radio 9 said", "Ivo 3000 thanked": a number is the end of a name that a speech verb follows.
    if (j + 2 < to && /^\d+$/.test(tokens[j + 1]!.text) && SPEECH_AFTER_NAME.has(tokens[j + 2]!.text)) j++;
    const mention = describeRun(tokens, i, j);
    if (mention) names.push(mention);
    i = j + 1;
  }
  return names;
}

/**
 * "Harbour Board Democrat Mike Pollard", "Senate Finance Republican Ann Cole": a run whose words
 * before a known first name include a party, place or body word describes the person named from that
 * first name on. How many words (from `k`) to peel; 0 when no first name follows such words.
 */
function descriptorBeforeFirstName(lowered: readonly string[], k: number, describing: ReadonlySet<string> | null = null): number {
  for (let f = k + 1; f < lowered.length - 1; f++) {
    if (!isFirstName(lowered[f]!)) continue;
    const before = lowered.slice(k, f);
    return before.some((w) => describing ? describing.has(w) : NOT_PERSON_WORDS.has(w) || DESCRIPTOR_WORDS.has(w)) ? f - k : 0;
  }
  return 0;
}

/** Name words a body's title must leave after it to name a person ("… Campaign President Cade Lind"). */
const MIN_NAME_WORDS_AFTER_BODY_TITLE = 2;

/** Where the person starts after a body's name and its title word: after the last title word, when a body's word comes before it. */
function nameAfterBodyTitle(lowered: readonly string[]): number {
  for (let t = lowered.length - 1 - MIN_NAME_WORDS_AFTER_BODY_TITLE; t > 0; t--) {
    if (!TITLES.has(lowered[t]!)) continue;
    return lowered.slice(0, t).some((w) => ORGANISATION_WORDS.has(w)) ? t + 1 : 0;
  }
  return 0;
}

/** How many of a person's run of name words are titles and descriptors before the name itself. */
function titleEnd(words: readonly string[], lowered: readonly string[]): number {
  let k = 0;
  while (k < words.length - 1 && (TITLES.has(lowered[k]!) || DESCRIPTOR_WORDS.has(lowered[k]!)
    || ((JOB_WORDS.has(lowered[k]!) || NATIONALITY_WORDS.has(lowered[k]!)) && words.length - k - 1 >= MIN_WORDS_AFTER_JOB))) k++;
  // "Chancellor of the Exchequer Gordon Lind": the word after a title's "of the" belongs to the office when a name follows.
  if (k >= 3 && lowered[k - 1] === 'the' && lowered[k - 2] === 'of' && TITLES.has(lowered[k - 3]!) && k + 1 < words.length) k++;
  // "Industry Secretary Patricia Hewitt": everything up to the last title word is the title.
  for (let t = words.length - 2; t >= k; t--) if (TITLES.has(lowered[t]!)) { k = t + 1; break; }
  return k + descriptorBeforeFirstName(lowered, k);
}

/** Capitals that open a sports club's name ("AC Kelsford", "FC Westham"), not a person's initials ("JK Rowling"). */
const CLUB_PREFIXES = new Set(['AC', 'FC', 'AFC', 'CF', 'SC', 'SV', 'FK', 'SK', 'RC', 'SSC', 'AS', 'CD', 'VfB', 'VfL']);

/** Peels titles and descriptors off a run of name words and decides what it names. */
export function describeRun(tokens: readonly WordToken[], first: number, last: number): NameMention | null {
  const words: string[] = [];
  const lowered: string[] = [];
  for (let t = first; t <= last; t++) {
    words.push(tokens[t]!.text);
    lowered.push(bare(tokens[t]!.text));
  }
  const lastBare = lowered.at(-1)!;
  const hasConnector = lowered.some((w) => w === 'of' || w === 'for');
  const isOrg = ORGANISATION_WORDS.has(lastBare)
    || lowered.some((w, i) => ORGANISATION_WORDS.has(w) && (i > 0 || hasConnector))
    || (words.length === 1 && /^\p{Lu}{2,}s?$/u.test(stripPossessive(words[0]!)))
    || (words.length > 1 && CLUB_PREFIXES.has(words[0]!));
  // "Harbour Board Chair Mike Pollard": the body's words all come before a first name and its surname,
  // or before a title word and a name of two words or more ("Harbour Rights Campaign President Cade Lind").
  const personAfterBody = isOrg && !ORGANISATION_WORDS.has(lastBare) ? descriptorBeforeFirstName(lowered, 0, ORGANISATION_WORDS) || nameAfterBodyTitle(lowered) : 0;
  if (personAfterBody > 0 && !lowered.slice(personAfterBody).some((w) => ORGANISATION_WORDS.has(w))) {
    const person = describeRun(tokens, first + personAfterBody, last);
    if (!person) return null;
    // Written out, not spread: a spread copy gets a map of its own in V8, and every reader of mentions deoptimised when one came.
    const title = [...words.slice(0, personAfterBody), person.title ?? ''].join(' ').trim();
    return { name: person.name, title, kind: person.kind, gender: person.gender, start: person.start, end: person.end, firstToken: first, lastToken: person.lastToken };
  }
  let k = isOrg ? 0 : titleEnd(words, lowered);
  // A lone title word ("King says", "Judge ruled") is more often a surname than a bare title.
  if (!isOrg && words.length === 1 && TITLES.has(lowered[0]!) && /[.]$/.test(words[0]!)) return null;
  // "Minister for Harbour Procurement": a title that ends in "for"/"of" names an office, and its person
  // starts only at a given name after the portfolio ("Minister for Europe Peter Lind").
  if (!isOrg && k > 0 && (lowered[k - 1] === 'for' || lowered[k - 1] === 'of')) {
    const given = lowered.findIndex((w, i) => i >= k && isFirstName(w));
    if (given === -1) return null;
    k = given;
  }
  let nameWords = words.slice(k);
  const { gender, hasPersonTitle } = titleFacts(words, k);
  // "Former Democratic …": a party or nationality adjective with no name after it names nobody ("Mr Irish" is a surname).
  if (!isOrg && gender === null && nameWords.length === 1
    && ((DESCRIPTOR_WORDS.has(lowered[k]!) && /(?:an|ic|ish|ch|ese)$/.test(lowered[k]!)) || NATIONALITY_NOUNS.has(lowered[k]!))) return null;
  if (isOrg && lowered[k] === 'the') nameWords = nameWords.slice(1);
  // A connector opening the run is no name, but a capitalised "Al" is a given name ("Al Marek", "said Al Lind").
  while (nameWords.length > 1 && NAME_CONNECTORS.has(nameWords[0]!.toLowerCase()) && nameWords[0] !== 'Al') nameWords = nameWords.slice(1);
  if (nameWords.length === 0) return null;
  nameWords[nameWords.length - 1] = stripPossessive(nameWords.at(-1)!);
  const firstLower = nameWords[0]!.toLowerCase();
  const place = !hasPersonTitle && PLACE_STARTS.has(firstLower);
  const firstName = isFirstName(firstLower);
  // "Kelli White", "Cilla Black": a colour that is a common surname ends a name; elsewhere it describes ("White House").
  const looksPersonal = nameWords.length >= 2 && nameWords.length <= 4
    && !nameWords.some((w, i) => NOT_PERSON_WORDS.has(w.toLowerCase()) && !(i === nameWords.length - 1 && COLOUR_SURNAMES.has(w.toLowerCase())));
  const kind: NameKind = isOrg ? 'organisation' : place ? 'unknown' : hasPersonTitle || firstName || looksPersonal ? 'person' : 'unknown';
  return {
    name: nameWords.join(' '),
    title: k > 0 ? words.slice(0, k).join(' ') : null,
    kind,
    gender,
    start: tokens[first + k]!.start,
    end: tokens[last]!.end,
    firstToken: first,
    lastToken: last,
  };
}

/** Title words that only modify another ("Former Harbour Street …"): alone they make no run a person's name. */
const MODIFYING_TITLES = set('former acting interim vice deputy');

/**
 * What the title words words[0, k) tell: a gender ("Mr", "Mrs"; a male title wins) and whether one is a
 * person's title. A loop, not arrays of the title words: most runs have none, and an empty array and a
 * list of words are different kinds of array to V8, which recompiled describeRun for each.
 */
function titleFacts(words: readonly string[], k: number): { gender: NameMention['gender']; hasPersonTitle: boolean } {
  let male = false;
  let female = false;
  let hasPersonTitle = false;
  for (let t = 0; t < k; t++) {
    const lower = words[t]!.replace(/\.$/, '').toLowerCase();
    male ||= MALE_TITLES.has(lower);
    female ||= FEMALE_TITLES.has(lower);
    hasPersonTitle ||= TITLES.has(lower) && !MODIFYING_TITLES.has(lower);
  }
  return { gender: male ? 'male' : female ? 'female' : null, hasPersonTitle };
}
