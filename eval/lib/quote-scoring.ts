// Matching predicted quotes to gold attributions, by the words they cover.
//
// A gold unit is one attribution (one annotator's relation) with the set of word positions inside
// its quotation marks. Each predicted quote goes to the gold unit that holds most of its words (at
// least half of them); a gold unit is found when the words of the quotes assigned to it overlap its
// quoted words with intersection/union >= 0.5 (exact: the same set). Several predicted pieces may
// make up one gold unit ("“A,” he said. “B.”" is one attribution in PolNeAR, two quotes here).

export interface GoldUnit {
  words: Set<number>;
  /** Gold speaker text resolved for scoring (pronouns replaced by their antecedent), or null. */
  speaker: string | null;
  /** The speaker as annotated (may be a pronoun). */
  speakerAsAnnotated: string | null;
  pronoun: boolean;
}

export interface Prediction {
  words: Set<number>;
  speaker: string | null;
}

export interface Counts {
  gold: number;
  predicted: number;
  /** Predictions assigned to a found gold unit. */
  truePredicted: number;
  found: number;
  exactPredicted: number;
  exactFound: number;
  speakerTotal: number;
  speakerRight: number;
  pronounTotal: number;
  pronounRight: number;
}

export function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, truePredicted: 0, found: 0, exactPredicted: 0, exactFound: 0, speakerTotal: 0, speakerRight: 0, pronounTotal: 0, pronounRight: 0 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = emptyCounts();
  for (const key of Object.keys(out) as Array<keyof Counts>) out[key] = a[key] + b[key];
  return out;
}

function overlap(a: Set<number>, b: Set<number>): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) n++;
  return n;
}

export interface ArticleScore {
  counts: Counts;
  /** For error listings: index of the gold unit each prediction went to (-1 none) and each gold's status. */
  assigned: number[];
  goldFound: boolean[];
  speakerRight: Array<boolean | null>;
}

export function scoreArticle(gold: readonly GoldUnit[], predicted: readonly Prediction[], speakersMatch: (predicted: string | null, gold: string) => boolean): ArticleScore {
  const assigned = predicted.map((p) => {
    let best = -1;
    let bestOverlap = 0;
    gold.forEach((g, i) => {
      const n = overlap(p.words, g.words);
      if (n > bestOverlap || (n === bestOverlap && n > 0 && g.words.size < gold[best]!.words.size)) { best = i; bestOverlap = n; }
    });
    return bestOverlap * 2 >= p.words.size && bestOverlap > 0 ? best : -1;
  });
  const counts = emptyCounts();
  counts.gold = gold.length;
  counts.predicted = predicted.length;
  const goldFound: boolean[] = [];
  const speakerRight: Array<boolean | null> = [];
  gold.forEach((g, i) => {
    const mine = predicted.map((p, j) => ({ p, j })).filter(({ j }) => assigned[j] === i);
    const union = new Set<number>();
    for (const { p } of mine) for (const w of p.words) union.add(w);
    const inter = overlap(union, g.words);
    const iou = inter / (union.size + g.words.size - inter || 1);
    const found = mine.length > 0 && iou >= 0.5;
    const exact = found && inter === union.size && inter === g.words.size;
    goldFound.push(found);
    if (found) { counts.found++; counts.truePredicted += mine.length; }
    if (exact) { counts.exactFound++; counts.exactPredicted += mine.length; }
    let right: boolean | null = null;
    if (found && g.speaker !== null) {
      const main = mine.reduce((a, b) => (overlap(b.p.words, g.words) > overlap(a.p.words, g.words) ? b : a));
      right = speakersMatch(main.p.speaker, g.speaker);
      counts.speakerTotal++;
      if (right) counts.speakerRight++;
      if (g.pronoun) { counts.pronounTotal++; if (right) counts.pronounRight++; }
    }
    speakerRight.push(right);
  });
  return { counts, assigned, goldFound, speakerRight };
}

export function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function ratio(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}

const STOP = new Set(`a an the of for to in on at and or by with from his her their its our mr mrs ms miss dr sen rep gov
  's s who which that said says`.split(/\s+/));

/** Content words of a speaker string, lower case, possessives and punctuation removed. */
export function speakerWords(text: string): string[] {
  return text.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter((w) => w && !STOP.has(w));
}

/**
 * What separates the chunks of a gold source: a comma, or a dash setting off an aside ("Jane Roe — a
 * teacher — said", "Roe -- a teacher --", the " - " some papers print); a hyphen inside a word
 * ("D-Ohio") is no separator.
 */
export const SOURCE_CHUNK_SEPARATOR = /,|\s*[—–]\s*|\s+--?\s+|--/;

/**
 * Head words of a gold source: per chunk (comma- or dash-separated) (parentheses and who/which/that clauses cut),
 * its last word; and when that word is capitalised, the last word of each capitalised run in it
 * ("Sam Hale of Harbour Daily" → hale, daily; "a GOP data expert" → expert).
 */
export function speakerHeads(gold: string): string[] {
  const heads: string[] = [];
  const chunks = gold.replace(/\([^)]*\)/g, ' ').split(SOURCE_CHUNK_SEPARATOR).map((c) => c.replace(/\s(?:who|which|that)\s.*$/i, ''));
  for (const chunk of chunks) {
    const words = chunk.split(/\s+/).filter((w) => speakerWords(w).length > 0);
    const last = words.at(-1);
    if (!last) continue;
    heads.push(...speakerWords(last).slice(-1));
    if (!/^\p{Lu}/u.test(last)) continue;
    for (const run of chunk.matchAll(/(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*/gu)) heads.push(...speakerWords(run[0]).slice(-1));
  }
  return heads;
}

/** Right when a head word of the gold source is among the predicted speaker's words. */
export function speakerMatches(predicted: string | null, gold: string): boolean {
  if (!predicted) return false;
  const words = speakerWords(predicted);
  return speakerHeads(gold).some((head) => words.includes(head));
}
