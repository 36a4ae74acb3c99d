// A first sentence splitter: ends at . ! ? (and closing quotes after them) followed by space and
// an upper-case letter, a digit or an opening quote. The summarize issue replaces it with one built
// for news (abbreviations, initials, quotes).

export interface SentenceSpan {
  start: number;
  end: number;
}

const BOUNDARY = /[.!?]+["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])/g;

/** Splits `text` into sentence spans; offsets are relative to `text`, trimmed of white space. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].trimEnd().length;
    pushTrimmed(text, start, end, spans);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: SentenceSpan[]): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ start, end });
}
