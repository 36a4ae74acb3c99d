// Blanks out the parts of a Markdown body that are not prose: fenced code, inline code and HTML
// comments. Every masked character becomes a space (line ends are kept), so offsets, lines and
// columns in the masked text are those of the original.

const FENCE = /^[^\S\r\n]{0,3}(`{3,}|~{3,})[^\r\n]*(?:\r\n|\r|\n)[\s\S]*?(?:(?:\r\n|\r|\n)[^\S\r\n]{0,3}\1[^\r\n]*|$(?![\s\S]))/gm;
const INLINE_CODE = /(`+)[^`\r\n][^\r\n]*?\1/g;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$(?![\s\S]))/g;

function blank(span: string): string {
  return span.replace(/[^\r\n]/g, ' ');
}

/** Fenced and inline code blanked out: directives and quotes shown as code are not real. */
export function maskCode(text: string, from: number): string {
  const head = text.slice(0, from);
  let body = text.slice(from);
  if (!body.includes('`') && !body.includes('~~~')) return text;
  if (body.includes('```') || body.includes('~~~')) body = body.replace(FENCE, blank);
  return head + body.replace(INLINE_CODE, blank);
}

/** HTML comments blanked out as well: what the rules read as prose. */
export function maskComments(codeMasked: string, from: number): string {
  if (!codeMasked.includes('<!--', from)) return codeMasked;
  return codeMasked.slice(0, from) + codeMasked.slice(from).replace(HTML_COMMENT, blank);
}
