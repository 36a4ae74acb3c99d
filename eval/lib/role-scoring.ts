// Speaker roles against PolNeAR: where the annotated source is a name with an appositive ("Eric
// Woolson, an Iowa Republican strategist,"), that appositive is the gold role; digest's speakerRole
// for the quote is compared with it by words. Only quotes whose speaker is right are scored, so the
// role measures what digest says about the right person.

/** Lower-case words of a role, possessives and punctuation dropped: what two roles are compared on. */
export function roleWords(role: string): string[] {
  return role.toLowerCase().replace(/[’']s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The gold role: the words after the first comma of a source that opens with a capitalised name, up to the next comma. */
export function goldRole(source: string | null): string | null {
  if (!source) return null;
  const [head, role] = source.split(',').map((part) => part.trim());
  if (!head || !role || !/^\p{Lu}/u.test(head) || /^(?:he|she|they|it|we|i)$/i.test(head)) return null;
  // "Trump, who …" opens a clause, not a description; "R-Ky." is a party tag.
  if (/^(?:who|which|that|whose|[A-Z]-[A-Z][a-z]*\.?)\b/.test(role) || /^\d+$/.test(role)) return null;
  // "Trump's attorney, Alan Garten": a name after a description is no role.
  if (role.split(/\s+/).every((word) => /^\p{Lu}/u.test(word))) return null;
  return roleWords(role).length > 0 ? role : null;
}

export interface RoleCounts {
  /** Found quotes with the right speaker whose gold source gives a role. */
  scored: number;
  /** Of those, how many digest gave a role for. */
  given: number;
  /** Same words as the gold role. */
  exact: number;
  /** Sum of word F1 (0 when digest gave none). */
  f1: number;
}

export function emptyRoleCounts(): RoleCounts {
  return { scored: 0, given: 0, exact: 0, f1: 0 };
}

/** Adds one quote: the gold role and digest's role (null when it gave none). */
export function countRole(counts: RoleCounts, gold: string, mine: string | null): void {
  counts.scored++;
  if (mine === null) return;
  counts.given++;
  const g = roleWords(gold);
  const m = roleWords(mine);
  if (g.join(' ') === m.join(' ')) counts.exact++;
  const pool = [...g];
  let shared = 0;
  for (const word of m) {
    const at = pool.indexOf(word);
    if (at !== -1) { shared++; pool.splice(at, 1); }
  }
  counts.f1 += shared === 0 ? 0 : (2 * shared) / (g.length + m.length);
}
