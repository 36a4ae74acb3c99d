// Runs of one character class ("letters and digits", "letters and marks") in a text, found by
// reading ASCII with a plain test and leaving any other text to the class's own pattern. News text
// is mostly ASCII, and a regular-expression match (an array and a string) per word was most of the
// cost of the passes that walk every word of an article.

/** Code units below this are ASCII, told by a table; the rest go to the class's pattern. */
const ASCII_END = 128;

/** What CharRuns.start answers when no run follows. */
export const NO_RUN = -1;

export class CharRuns {
  /** The class repeated, searching forward; shared and reset before each use (all callers are synchronous). */
  private readonly search: RegExp;
  /** The class repeated, matching only where it is asked to. */
  private readonly here: RegExp;

  /**
   * The class over ASCII as a table, 1 for a code unit in it: a table read is the same code for every
   * CharRuns, where a call through a function field was one call per character, never inlined once two
   * classes were in use (V8 compiled end() for one and deoptimised it on the other).
   */
  private readonly inAscii: Uint8Array;

  /**
   * `charClass`: a bracketed class for a u-flag pattern; `inAsciiClass`: the same class over ASCII
   * code units (it must agree with the pattern on every one of them).
   */
  constructor(charClass: string, inAsciiClass: (code: number) => boolean) {
    this.search = new RegExp(`${charClass}+`, 'gu');
    this.here = new RegExp(`${charClass}+`, 'uy');
    this.inAscii = new Uint8Array(ASCII_END);
    for (let code = 0; code < ASCII_END; code++) this.inAscii[code] = inAsciiClass(code) ? 1 : 0;
  }

  /** Where the pattern, searching from `from`, next matches; NO_RUN when it does not. */
  start(text: string, from: number): number {
    for (let i = from; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= ASCII_END) return this.searchFrom(text, i);
      if (this.inAscii[code] === 1) return i;
    }
    return NO_RUN;
  }

  /** Where the run starting at `start` (a place the pattern matches) ends. */
  end(text: string, start: number): number {
    let i = start;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= ASCII_END) return this.matchEnd(text, start);
      if (this.inAscii[code] === 0) break;
    }
    return i;
  }

  private searchFrom(text: string, from: number): number {
    this.search.lastIndex = from;
    return this.search.exec(text)?.index ?? NO_RUN;
  }

  private matchEnd(text: string, start: number): number {
    this.here.lastIndex = start;
    this.here.test(text);
    return this.here.lastIndex;
  }
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

export function isAsciiLetterOrDigit(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57);
}
