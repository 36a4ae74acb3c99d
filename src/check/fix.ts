import type { Article } from '../model.js';
import type { Edit } from './rule.js';

/**
 * Applies edits to a text. Edits are applied from the end so earlier offsets stay valid; an edit
 * that overlaps one already taken is left out (it is reported again on the next run).
 */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: number } {
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Edit[] = [];
  let reached = -1;
  for (const edit of ordered) {
    if (edit.start < reached || edit.start < 0 || edit.end > text.length || edit.end < edit.start) continue;
    chosen.push(edit);
    reached = Math.max(edit.end, edit.start + 1);
  }
  let out = text;
  for (const edit of chosen.reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { text: out, applied: chosen.length };
}

/**
 * True when every body paragraph survives a fix word for word and in order. (A fix may turn a
 * header line into body text, e.g. when the trailer after a lone dateline goes, so this asks
 * whether the old paragraphs are all still there, not whether the new parse has the same ones.)
 */
export function keepsBody(before: Article, afterText: string): boolean {
  let from = 0;
  for (const paragraph of before.paragraphs) {
    const index = afterText.indexOf(paragraph.text, from);
    if (index === -1) return false;
    from = index + paragraph.text.length;
  }
  return true;
}
