// Terms as small integers, and how many documents hold each: compact signatures and IDF weights
// for collections of any size.

/** Below this many documents, document frequencies say little: every term weighs the same. */
export const MIN_DOCS_FOR_IDF = 20;

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly surfaces: Array<string | undefined> = [];
  private df = new Uint32Array(1024);
  private documents = 0;

  /** The id of `term`, assigned on first sight; `surface` is how it was written, kept for labels. */
  id(term: string, surface?: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.surfaces.push(surface);
      if (id >= this.df.length) {
        const grown = new Uint32Array(this.df.length * 2);
        grown.set(this.df);
        this.df = grown;
      }
    }
    return id;
  }

  /** The id of `term` if it has one, else -1. */
  find(term: string): number {
    return this.ids.get(term) ?? -1;
  }

  term(id: number): string {
    return this.terms[id] ?? '';
  }

  /** How the term was first written ("children", "Pete Bungard"), else the term itself. */
  surface(id: number): string {
    return this.surfaces[id] ?? this.terms[id] ?? '';
  }

  /** Counts one document holding each id of `lists` (each id once over all the lists). */
  addDocument(lists: ReadonlyArray<ArrayLike<number>>): void {
    this.documents++;
    for (const ids of lists) for (let i = 0; i < ids.length; i++) this.df[ids[i]!]!++;
  }

  get size(): number {
    return this.terms.length;
  }

  get documentCount(): number {
    return this.documents;
  }

  documentFrequency(id: number): number {
    return this.df[id] ?? 0;
  }

  /** Inverse document frequency, smoothed; 1 for every term while the collection is too small to tell. */
  idf(id: number): number {
    if (this.documents < MIN_DOCS_FOR_IDF) return 1;
    return Math.log((this.documents + 1) / ((this.df[id] ?? 0) + 1)) + 1;
  }
}
