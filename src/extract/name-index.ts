// Full names as an article introduces them, so a later "Mr Bungard" or "Bungard" resolves to
// "Pete Bungard". Built once per article from its name mentions; lookups are map reads.
import type { NameKind, NameMention } from './entities.js';
import { FEMALE_TITLES, MALE_TITLES } from './entities.js';
import { FEMALE_FIRST_NAMES, isFirstName, MALE_FIRST_NAMES } from './first-names.js';

export type Gender = 'male' | 'female' | null;

export interface KnownName {
  full: string;
  kind: NameKind;
  gender: Gender;
  /** Offset of the first mention. */
  introduced: number;
  /** Whether the name opens with a known first name (read with confidence, not run in from a headline). */
  knownFirstName: boolean;
}

export interface ResolvedName {
  name: string;
  kind: NameKind;
  gender: Gender;
}

export class NameIndex {
  private readonly full = new Map<string, KnownName>();
  /** Surname (lower case) → full names with that surname, in order of introduction. */
  private readonly bySurname = new Map<string, KnownName[]>();
  private readonly byFirstName = new Map<string, KnownName[]>();
  /** Genders the article's pronouns told (gender-evidence.ts), by name as resolved, lower case. */
  private readonly learned = new Map<string, Gender>();
  /** Surname (lower case) → offset of its first use alone, with no title ("Marek said"). */
  private readonly firstBare = new Map<string, number>();

  constructor(mentions: readonly NameMention[]) {
    for (const mention of mentions) this.add(mention);
  }

  private add(mention: NameMention): void {
    const words = mention.name.split(' ');
    if (words.length === 1 && mention.title === null && mention.kind !== 'organisation') {
      const key = mention.name.toLowerCase();
      if (!this.firstBare.has(key)) this.firstBare.set(key, mention.start);
    }
    if (mention.kind !== 'person' || words.length < 2) return;
    const key = mention.name.toLowerCase();
    let known = this.full.get(key);
    if (!known) {
      known = { full: mention.name, kind: 'person', gender: mention.gender ?? genderOfFirstName(words[0]!), introduced: mention.start, knownFirstName: isFirstName(words[0]!.toLowerCase()) };
      this.full.set(key, known);
      push(this.bySurname, surnameOf(words), known);
      push(this.byFirstName, words[0]!.toLowerCase(), known);
    } else if (!known.gender && mention.gender) known.gender = mention.gender;
  }

  /**
   * The full name a mention stands for; unknown single names are returned as written. `wanted`: the
   * gender a pronoun needs ("Trump … he said" is Donald, not Ivanka Trump introduced since), used
   * only when a namesake of that gender exists.
   */
  resolve(mention: NameMention, offset: number, wanted: Gender = null): ResolvedName {
    const words = mention.name.split(' ');
    const titleGender = genderOfTitle(mention.title);
    if (words.length >= 2) {
      const known = this.full.get(mention.name.toLowerCase());
      return { name: mention.name, kind: mention.kind, gender: known?.gender ?? titleGender ?? (mention.kind === 'person' ? genderOfFirstName(words[0]!) : null) ?? this.learnedOf(mention.name) };
    }
    const key = words[0]!.toLowerCase();
    // A namesake known to be of the wanted gender first; else the usual choice (which the caller may reject).
    const match = (wanted && !titleGender ? this.lookup(key, offset, wanted, mention.title, true) : null) ?? this.lookup(key, offset, titleGender, mention.title);
    if (match && mention.kind !== 'organisation') return { name: match.full, kind: 'person', gender: match.gender ?? titleGender };
    const written = mention.title && mention.kind === 'person' ? `${mention.title} ${mention.name}` : mention.name;
    return { name: written, kind: mention.kind, gender: titleGender ?? this.learnedOf(written) };
  }

  /** A known person by surname, else (with no title, or a knight's "Sir Ian") by first name. */
  private lookup(key: string, offset: number, gender: Gender, title: string | null, exact = false): KnownName | null {
    const byFirst = title === null || GIVEN_NAME_TITLES.has(title);
    const namesakes = this.bySurname.get(key);
    const anchor = title === null ? this.bareMeaningFrom(key, offset) : offset;
    // The meaning a bare surname took holds only for a name read with confidence (a known first name):
    // "Team Marek" or "Harbour Flood Ivo Marek" run in from a headline are no one it stays with.
    const kept = anchor < offset ? pick(namesakes, anchor, gender, exact) : null;
    const person = kept?.knownFirstName ? kept : pick(namesakes, offset, gender, exact);
    return person ?? (byFirst ? pick(this.byFirstName.get(key), offset, gender, exact) : null);
  }

  /**
   * A surname used alone keeps the person it meant at its first such use: "Donald Marek … Marek said
   * … Melania Marek … Marek lashed out" is still Donald; a later namesake is named in full or with a
   * title ("Mrs Marek"). The offset at which to look the surname up.
   */
  private bareMeaningFrom(key: string, offset: number): number {
    const first = this.firstBare.get(key);
    return first !== undefined && first < offset ? first : offset;
  }

  /** Gender of a full name from the titles it was written with, else from the article's pronouns. */
  genderOf(full: string): Gender {
    return this.full.get(full.toLowerCase())?.gender ?? this.learnedOf(full);
  }

  /** A gender the article's pronouns tell for a name (as resolved) whose titles and first name tell none. */
  learnGender(name: string, gender: Gender): void {
    const known = this.full.get(name.toLowerCase());
    if (known) known.gender ??= gender;
    else this.learned.set(name.toLowerCase(), gender);
  }

  private learnedOf(name: string): Gender {
    return this.learned.get(name.toLowerCase()) ?? null;
  }
}

/** Words after a surname that are no surname: "Ivo Marek Jr." is a "Marek". */
const GENERATIONAL_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

function surnameOf(words: readonly string[]): string {
  const last = words.at(-1)!.toLowerCase();
  return GENERATIONAL_SUFFIXES.has(last) && words.length > 2 ? words.at(-2)!.toLowerCase() : last;
}

/** Titles written before a given name, not a surname: "Sir Ian Blair" is later "Sir Ian". */
const GIVEN_NAME_TITLES = new Set(['Sir', 'Dame']);

/** More people sharing one surname than this is generated text, not an article: keep lookups cheap. */
const MAX_NAMESAKES = 16;

function push(map: Map<string, KnownName[]>, key: string, value: KnownName): void {
  const list = map.get(key);
  if (list) { if (list.length < MAX_NAMESAKES) list.push(value); }
  else map.set(key, [value]);
}

/**
 * The person most recently introduced before `offset` (else the first introduced), matching a known
 * gender (`exact`: known to be of that gender, not merely of unknown gender).
 */
function pick(candidates: readonly KnownName[] | undefined, offset: number, gender: Gender, exact = false): KnownName | null {
  if (!candidates || candidates.length === 0) return null;
  const fitting = candidates.filter((c) => gender === null || c.gender === gender || (!exact && c.gender === null));
  let best: KnownName | null = null;
  for (const c of fitting) if (c.introduced <= offset && (!best || c.introduced > best.introduced)) best = c;
  return best ?? fitting[0] ?? null;
}

function genderOfFirstName(word: string): Gender {
  const name = word.toLowerCase();
  if (FEMALE_FIRST_NAMES.has(name)) return 'female';
  if (MALE_FIRST_NAMES.has(name)) return 'male';
  return null;
}

function genderOfTitle(title: string | null): Gender {
  if (!title) return null;
  const words = title.toLowerCase().replace(/\./g, '').split(/\s+/);
  if (words.some((w) => MALE_TITLES.has(w))) return 'male';
  if (words.some((w) => FEMALE_TITLES.has(w))) return 'female';
  return null;
}
