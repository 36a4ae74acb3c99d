import { Chalk, type ChalkInstance } from 'chalk';

export interface RenderContext {
  color: boolean;
  columns: number;
}

export function chalkFor(ctx: RenderContext): ChalkInstance {
  return new Chalk({ level: ctx.color ? 1 : 0 });
}

// ESC/CSI sequences (colors, cursor moves), OSC sequences (titles, hyperlinks) and other C0/C1 controls.
const ANSI_SEQUENCE = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009d[^\u0007\u001b\u009c]*(?:\u0007|\u009c)?|(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b[ -/]*[0-~]?/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Article text made safe for a terminal: escape sequences removed, other controls dropped; \n and \t kept. */
export function safeText(text: string): string {
  return text.replace(ANSI_SEQUENCE, '').replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** One line of terminal-safe text: line breaks and runs of white space become one space. */
export function oneLine(text: string): string {
  return safeText(text).replace(/\s+/g, ' ').trim();
}

/**
 * Narrowest column text is wrapped to, however narrow the terminal or deep the indent: below it most
 * lines would hold a word or two; wider than the terminal, a line is left to the terminal to fold.
 */
export const MIN_WRAP_WIDTH = 20;

/** Greedy word wrap to `width` columns. */
export function wrap(text: string, width: number): string[] {
  const words = oneLine(text).split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

export function truncate(text: string, width: number): string {
  const line = oneLine(text);
  return line.length <= width ? line : `${line.slice(0, Math.max(0, width - 1))}…`;
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}
