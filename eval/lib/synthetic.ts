// Synthetic corpora for benchmarks: BBC sentences resampled into fake articles, written to a temp
// folder outside the repo and deleted afterwards (corpus text never enters the repository).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small deterministic PRNG (mulberry32), so every run builds the same corpus. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function bbcSentences(bbcDir: string): string[] {
  const sentences: string[] = [];
  for (const category of readdirSync(bbcDir)) {
    for (const file of readdirSync(path.join(bbcDir, category))) {
      const text = readFileSync(path.join(bbcDir, category, file), 'latin1');
      for (const s of text.split(/\n/).slice(1).join(' ').split(/(?<=[.!?])\s+/)) if (s.length > 30) sentences.push(s.trim());
    }
  }
  return sentences;
}

/** Writes `count` articles of 8–24 resampled sentences into `dir`, 1,000 per subfolder. */
export function writeSyntheticCorpus(dir: string, count: number, sentences: readonly string[], seed = 1): void {
  const random = prng(seed);
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    const length = 8 + Math.floor(random() * 17);
    const body: string[] = [];
    for (let j = 0; j < length; j++) body.push(sentences[Math.floor(random() * sentences.length)] ?? '');
    const paragraphs = [];
    for (let j = 0; j < body.length; j += 3) paragraphs.push(body.slice(j, j + 3).join(' '));
    writeFileSync(path.join(folder, `${i}.txt`), `Synthetic story number ${i}\n\n${paragraphs.join('\n\n')}\n`);
  }
}
