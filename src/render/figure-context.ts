// A figure's context as printed right after the figure. A duration's context opens with its own
// measure word (the figure "two years" counts "years prior to the inspection"): shown after the
// figure, that word would be read twice. JSON keeps the context whole.

/** The context without a first word that repeats the figure's last word; null when nothing is left. */
export function contextAfterFigure(figureText: string, context: string | null): string | null {
  if (context === null) return null;
  const lastWord = /(\p{L}+)[^\p{L}]*$/u.exec(figureText)?.[1]?.toLowerCase();
  const words = context.trim().split(/\s+/);
  if (lastWord === undefined || words[0]?.toLowerCase() !== lastWord) return context;
  const rest = words.slice(1).join(' ');
  return rest === '' ? null : rest;
}

/** `separator` + the shown context rendered by `render`, or '' when there is none: for templates. */
export function contextSuffix(figureText: string, context: string | null, render: (text: string) => string, separator = ' '): string {
  const shown = contextAfterFigure(figureText, context);
  return shown === null ? '' : `${separator}${render(shown)}`;
}
