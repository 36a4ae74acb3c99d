import { profileArticle } from '../src/compare/profile.js';
import { StoryCollection } from '../src/compare/stories.js';
import { readEcbPlus, toArticle } from './lib/corpora.js';
import { adjustedRand, bcubed, fmt } from './lib/stats.js';
const docs = readEcbPlus()!;
const c = new StoryCollection();
for (const d of docs) c.add(profileArticle(toArticle(`${d.doc}.txt`, d.text)));
for (const t of [0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.22, 0.25]) {
  const t0 = Date.now();
  const stories = c.stories(t);
  const pred = new Array<number>(docs.length);
  stories.forEach((s, k) => s.members.forEach((m) => (pred[m] = k)));
  const b = bcubed(pred, docs.map((d) => d.cluster));
  console.log(t, 'stories', stories.length, 'P', fmt(b.precision), 'R', fmt(b.recall), 'F1', fmt(b.f1), 'ARI', fmt(adjustedRand(pred, docs.map((d) => d.cluster))), Date.now() - t0, 'ms');
}
