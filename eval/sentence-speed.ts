// Inputs for timing the splitter: ordinary text and adversarial shapes that would make a
// backtracking regex or a quadratic scan blow up. Deterministic (seeded), no corpus text.

/** Size of each timing input: the issue asks for a 5 MB paragraph to split in well under a second. */
export const SPEED_INPUT_CHARS = 5_000_000;

const WORDS = ['the', 'minister', 'said', 'Mr.', 'U.S.', 'council', 'J.', '£9.2m.', '3.5%', 'on', 'Jan.', 'a.m.',
  '“Yes,”', 'report', 'No.', '10', 'and', 'St.', 'Prof.', 'etc.', '...', 'Smith', 'The', 'It', '?', '!'];

/** A small linear congruential generator, so every run times the same text. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomNewsText(chars: number): string {
  const random = seeded(42);
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const word = WORDS[Math.floor(random() * WORDS.length)] ?? 'x';
    const end = random() < 0.08 ? '. ' : random() < 0.01 ? '\n' : ' ';
    parts.push(word, end);
    length += word.length + end.length;
  }
  return parts.join('').slice(0, chars);
}

export function speedInputs(): Array<{ name: string; text: string }> {
  const n = SPEED_INPUT_CHARS;
  return [
    { name: 'random news-like words', text: randomNewsText(n) },
    { name: 'full stops only', text: '.'.repeat(n) },
    { name: '". " repeated', text: '. '.repeat(n / 2) },
    { name: 'one long word', text: 'a'.repeat(n) },
    { name: '"Mr. " repeated', text: 'Mr. '.repeat(n / 4) },
    { name: 'short lines', text: 'Headline line\n'.repeat(n / 14) },
    { name: 'spaces then a stop', text: `${' '.repeat(n - 2)}. ` },
  ];
}
