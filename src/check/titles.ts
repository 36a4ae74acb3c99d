// Headline text reduced to what a reader would call "the same headline": case, punctuation,
// quote styles, Markdown emphasis and links do not count.

/** Lower-case words and numbers joined by single spaces. */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
