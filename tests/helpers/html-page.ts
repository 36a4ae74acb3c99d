// Small HTML pages for tests: a head we choose around enough prose for Readability to call it an article.

/** Three paragraphs of plain news prose (ours), long enough to count as an article. */
export const PROSE = [
  'The county council agreed on Tuesday to spend £2.4m repairing the old swing bridge at Westcombe harbour, which has been closed to traffic since a lorry struck it in January.',
  'Engineers said the work would take about four months and that the bridge would reopen to cars and buses before the start of the summer holidays, if the weather allowed.',
  '“People have waited long enough, and the traders on Quay Street have lost a great deal of business,” said the council’s highways lead, Mira Okafor.',
];

export function page(head: string, body: string = PROSE.map((p) => `<p>${p}</p>`).join('\n')): string {
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n${head}\n</head>\n<body>\n<article>\n${body}\n</article>\n</body>\n</html>\n`;
}

export function jsonLd(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

export function meta(key: string, content: string, attribute: 'property' | 'name' = 'property'): string {
  return `<meta ${attribute}="${key}" content="${content}">`;
}
