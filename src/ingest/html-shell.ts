// linkedom builds a document only from a page with explicit <html> and <body> tags: given a bare
// fragment, or a page that leaves out the optional <body> tag, it returns an empty body (and given
// an empty string, no document element at all). Browsers infer those tags; this adds them the same way.

/** Elements that belong in <head>: the body starts at the first tag or text that is not one of them. */
const HEAD_ELEMENTS = new Set(['html', 'head', 'title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template']);

/** A comment, a doctype or processing instruction, an element whose content is raw text, a tag, or text. */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>?|<(script|style|title|textarea|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<\/?([A-Za-z][\w:-]*)[^>]*>?|[^<]+|</g;

/** The page with <html> and <body> tags added where they were left out; unchanged when both are there. */
export function withDocumentShell(html: string): string {
  const hasHtml = /<html[\s>/]/i.test(html);
  const hasBody = /<body[\s>/]/i.test(html);
  if (hasHtml && hasBody) return html;
  const page = hasBody ? html : insertBodyTag(html);
  return hasHtml ? page : `<html>${page}</html>`;
}

function insertBodyTag(html: string): string {
  for (const match of html.matchAll(TOKEN)) {
    const token = match[0];
    if (token.startsWith('<!') || token.startsWith('<?')) continue;
    const name = (match[1] ?? match[2] ?? '').toLowerCase();
    if (name !== '' ? HEAD_ELEMENTS.has(name) : token.trim() === '') continue;
    return `${html.slice(0, match.index)}<body>${html.slice(match.index)}`;
  }
  const close = /<\/html\s*>/i.exec(html);
  return close ? `${html.slice(0, close.index)}<body></body>${html.slice(close.index)}` : `${html}<body></body>`;
}
