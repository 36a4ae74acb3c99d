// People, organisations and places each article names, and those that no other compared article names.
import type { Article, NameKind, NamedEntity } from '../model.js';
import { LineIndex } from '../text/lines.js';
import { findNames, type NameMention } from '../text/names.js';

/** When mentions of one name disagree on its kind, the more specific guess wins. */
const KIND_RANK: Record<NameKind, number> = { person: 3, organisation: 3, place: 2, other: 0 };

/** Body paragraphs joined, with a way back to file offsets. */
function bodyWithOffsets(article: Article): { text: string; toFile(offset: number): number } {
  const starts: Array<{ joined: number; file: number }> = [];
  let text = '';
  for (const paragraph of article.paragraphs) {
    if (text !== '') text += '\n\n';
    starts.push({ joined: text.length, file: paragraph.start });
    text += paragraph.text;
  }
  return {
    text,
    toFile(offset) {
      let k = starts.length - 1;
      while (k > 0 && starts[k]!.joined > offset) k--;
      const base = starts[k];
      return base ? base.file + offset - base.joined : offset;
    },
  };
}

/** The names an article's body mentions, one entry per name in order of first mention. */
export function articleNames(article: Article): NamedEntity[] {
  const body = bodyWithOffsets(article);
  const lines = new LineIndex(article.text);
  const byKey = new Map<string, { entity: NamedEntity; votes: NameMention[] }>();
  for (const mention of findNames(body.text)) {
    const entry = byKey.get(mention.key);
    if (entry) {
      entry.entity.mentions++;
      entry.votes.push(mention);
      continue;
    }
    const start = body.toFile(mention.start);
    byKey.set(mention.key, {
      entity: { text: mention.text, key: mention.key, kind: mention.kind, mentions: 1, start, end: body.toFile(mention.end), ...lines.position(start) },
      votes: [mention],
    });
  }
  return mergeSurnames([...byKey.values()].map(({ entity, votes }) => ({ ...entity, kind: bestKind(votes) })));
}

function bestKind(votes: readonly NameMention[]): NameKind {
  return votes.reduce<NameKind>((best, v) => (KIND_RANK[v.kind] > KIND_RANK[best] ? v.kind : best), 'other');
}

/** "Bungard" after "Pete Bungard" is the same person: its mentions go to the full name. */
function mergeSurnames(names: NamedEntity[]): NamedEntity[] {
  const people = names.filter((n) => n.kind === 'person' && n.key.includes(' '));
  return names.filter((n) => {
    if (n.key.includes(' ')) return true;
    const person = people.find((p) => p.key.endsWith(` ${n.key}`) && p.start < n.start);
    if (person) person.mentions += n.mentions;
    return person === undefined;
  });
}

/** Does `text` mention the name (the whole name, or a person's surname)? Case and apostrophes ignored. */
export function mentions(text: string, name: NamedEntity): boolean {
  const haystack = normalise(text);
  const wanted = [name.text];
  if (name.kind === 'person' && name.key.includes(' ')) wanted.push(name.text.split(' ').at(-1)!);
  return wanted.some((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(normalise(w))}(?![\\p{L}\\p{N}])`, 'u').test(haystack));
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** For each article, its names that no other article's headline or body mentions. */
export function namesOnlyIn(articles: readonly Article[], names: readonly (readonly NamedEntity[])[]): NamedEntity[][] {
  const texts = articles.map((a) => [a.headline ?? '', ...a.paragraphs.map((p) => p.text)].join('\n'));
  return names.map((list, i) => list.filter((name) => texts.every((text, j) => j === i || !mentions(text, name))));
}
