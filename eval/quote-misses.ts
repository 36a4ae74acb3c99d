// `npm run eval:quote-misses [-- dev|test] [-- --show N]`: speaker misses on PolNeAR train (the tuning
// part; `dev` to check the report part), counted by category: what the gold source is (a pronoun,
// a name, a description), what digest gave (no speaker, or a wrong one) and which attribution rule
// gave it. Prints counts only; `--show N` also prints N sample misses per category to stderr for
// reading while tuning (corpus text: never copy it into the repo). `--write` saves the tables (counts
// only) to eval/results/quote-misses-<compartment>.md. `--dump FILE` writes one line per
// scored quote, to diff two runs (write it outside the repo). `--protocol v1` reads the gold as
// first published (see GoldProtocol in eval/lib/polnear.ts); the default is v2.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticleText, isProblem } from '../src/ingest/parse.js';
import { traceQuotes, type TracedQuote } from '../src/extract/quotes.js';
import { scoreArticle, speakerMatches } from './lib/quote-scoring.js';
import { loadCompartment, loadDerived, type GoldProtocol, type PolnearArticle } from './lib/polnear.js';
import { predictionsOf } from './lib/quote-predictions.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const POLNEAR = path.resolve(REPO, '../shared/corpora/polnear');

interface Miss {
  category: string;
  sample: string;
}

/** pronoun he/she | pronoun other (they, it, I, who …) | name (a capitalised head word) | description (a lower-case head: "a spokesman"). */
function goldKind(annotated: string, pronoun: boolean): string {
  if (pronoun) return /^(?:he|she)$/i.test(annotated.trim()) ? 'pronoun he/she' : 'pronoun other';
  const head = annotated.replace(/\([^)]*\)/g, ' ').split(',')[0]!.trim().split(/\s+/).at(-1) ?? '';
  return /^\p{Lu}/u.test(head) ? 'name' : 'description';
}

/** One line per scored gold quote (article, first word, right or wrong, predicted speaker, the rule that gave it): diff two runs with --dump. */
const dumped: string[] = [];
/** Per gold kind: scored quotes and right speakers. */
const byKind = new Map<string, { scored: number; right: number }>();

function missesOf(a: PolnearArticle): { misses: Miss[]; scored: number } {
  const article = parseArticleText(a.file, a.text);
  const traced: TracedQuote[] = isProblem(article) ? [] : traceQuotes(article);
  const mine = predictionsOf(a.text, traced.map((t) => t.quote));
  const score = scoreArticle(a.gold, mine.predictions, speakerMatches);
  const misses: Miss[] = [];
  const show = (start: number, end: number) => a.text.slice(Math.max(0, start - 160), Math.min(a.text.length, end + 90)).replace(/\s+/g, ' ');
  a.gold.forEach((g, i) => {
    if (score.speakerRight[i] === null) return;
    const assigned = mine.quotes.map((q, j) => ({ q, j })).filter(({ j }) => score.assigned[j] === i);
    const main = assigned.reduce((x, y) => (overlapSize(y.j, mine.predictions, g.words) > overlapSize(x.j, mine.predictions, g.words) ? y : x));
    dumped.push(`${a.name}@${Math.min(...g.words)} ${score.speakerRight[i] ? 'right' : 'WRONG'} | gold ${g.speaker} | got ${main.q.speaker} | ${traced[mine.keptIndex[main.j]!]!.rule ?? 'none'}`);
    const kind = byKind.get(goldKind(g.speakerAsAnnotated ?? '', g.pronoun)) ?? { scored: 0, right: 0 };
    kind.scored++;
    if (score.speakerRight[i]) kind.right++;
    byKind.set(goldKind(g.speakerAsAnnotated ?? '', g.pronoun), kind);
    if (score.speakerRight[i]) return;
    const rule = traced[mine.keptIndex[main.j]!]!.rule ?? 'none';
    const outcome = main.q.speaker === null ? 'null' : 'wrong';
    const category = `${goldKind(g.speakerAsAnnotated ?? '', g.pronoun)} / ${outcome} / ${rule}`;
    const first = Math.min(...g.words);
    const last = Math.max(...g.words);
    misses.push({ category, sample: `${a.name} | gold ${g.speakerAsAnnotated} → ${g.speaker} | got ${main.q.speaker} (${main.q.cue}) | ${show(first, Math.min(last, first + 100))}` });
  });
  return { misses, scored: score.counts.speakerTotal };
}

function overlapSize(j: number, predictions: ReadonlyArray<{ words: Set<number> }>, gold: Set<number>): number {
  let n = 0;
  for (const w of predictions[j]!.words) if (gold.has(w)) n++;
  return n;
}

function main(): void {
  if (!existsSync(POLNEAR)) {
    process.stdout.write(`eval:quote-misses: ${POLNEAR} not found; nothing evaluated (the corpora live in ../shared, outside the repo)\n`);
    return;
  }
  const compartment = ['dev', 'test'].find((c) => process.argv.includes(c)) ?? 'train';
  const showArg = process.argv.indexOf('--show');
  const show = showArg === -1 ? 0 : Number(process.argv[showArg + 1] ?? 10);
  const protocolArg = process.argv.indexOf('--protocol');
  const protocol: GoldProtocol = protocolArg !== -1 && process.argv[protocolArg + 1] === 'v1' ? 'v1' : 'v2';
  const byCategory = new Map<string, string[]>();
  let scored = 0;
  for (const a of loadCompartment(POLNEAR, compartment, loadDerived(POLNEAR), protocol)) {
    const result = missesOf(a);
    scored += result.scored;
    for (const m of result.misses) byCategory.set(m.category, [...(byCategory.get(m.category) ?? []), m.sample]);
  }
  const rows = [...byCategory.entries()].sort((x, y) => y[1].length - x[1].length);
  const total = rows.reduce((n, [, list]) => n + list.length, 0);
  const out = [`# Speaker misses on PolNeAR ${compartment}: ${total} of ${scored} scored quotes (gold protocol ${protocol})`, '', '| gold source | scored | speaker right | accuracy |', '|---|---|---|---|'];
  for (const [kind, k] of [...byKind.entries()].sort((x, y) => y[1].scored - x[1].scored)) out.push(`| ${kind} | ${k.scored} | ${k.right} | ${(100 * k.right / k.scored).toFixed(1)} |`);
  out.push('', '| gold source / digest gave / rule | misses |', '|---|---|');
  for (const [category, list] of rows) out.push(`| ${category} | ${list.length} |`);
  process.stdout.write(`${out.join('\n')}\n`);
  if (process.argv.includes('--write')) {
    const file = path.join(REPO, `eval/results/quote-misses-${compartment}${protocol === 'v1' ? '-v1' : ''}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${out.join('\n')}\n\nMade by \`npm run eval:quote-misses -- ${compartment === 'train' ? '' : `${compartment} `}${protocol === 'v1' ? '--protocol v1 ' : ''}--write\` (eval/quote-misses.ts); gold protocol ${protocol} (eval/lib/polnear.ts, GoldProtocol). Gold kinds: a pronoun source (he/she, or other: they, it, I, we, who), a name (capitalised head word), a description (lower-case head: "a campaign spokesman"). Rules: trailing ("…,” X said"), leading ("X said … “…”"), colon, tail (", X said." after the quote), passive, subject (any verb after the sentence subject), signature (a dash and a name in the paragraph after the quote: "¶- Jane Roe."), continuation (the speaker of the quote before), none.\n`);
  }
  const dumpArg = process.argv.indexOf('--dump');
  if (dumpArg !== -1) writeFileSync(process.argv[dumpArg + 1]!, `${dumped.join('\n')}\n`);
  if (show > 0) {
    for (const [category, list] of rows) {
      const step = Math.max(1, Math.floor(list.length / show));
      process.stderr.write(`\n=== ${category} (${list.length}) ===\n${list.filter((_, i) => i % step === 0).slice(0, show).join('\n')}\n`);
    }
  }
}

main();
