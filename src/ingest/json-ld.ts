// Article metadata from schema.org JSON-LD: the NewsArticle (or, failing that, Article) object of a
// page's <script type="application/ld+json"> blocks, with @id references and @graph lists followed.

export interface LinkedDataMeta {
  headline: string | null;
  dateText: string | null;
  byline: string | null;
  source: string | null;
  url: string | null;
  tags: string[];
}

type Node = Record<string, unknown>;

/** NewsArticle and its kinds (ReportageNewsArticle, OpinionNewsArticle, …) are preferred. */
const NEWS_TYPE = /NewsArticle$/;
/** Used when a page has no NewsArticle: general article types that carry the same fields. */
const ARTICLE_TYPE = /^(?:Article|BlogPosting|LiveBlogPosting|Report)$/;
/** Real pages nest @graph and mainEntity two or three deep; deeper is hostile input. */
const MAX_NESTING = 8;
/** Authors of these types are the outlet itself, not a byline. */
const ORGANIZATION_TYPE = /Organization$/;

/** Reads the article metadata from the parsed JSON of each JSON-LD block; null when none describes an article. */
export function linkedDataMeta(blocks: readonly unknown[]): LinkedDataMeta | null {
  const nodes = blocks.flatMap((block) => topNodes(block));
  const byId = new Map<string, Node>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const article = nodes.find((node) => hasType(node, NEWS_TYPE)) ?? nodes.find((node) => hasType(node, ARTICLE_TYPE));
  if (!article) return null;
  const resolve = (value: unknown): unknown => {
    const id = isNode(value) && Object.keys(value).length === 1 ? value['@id'] : undefined;
    return typeof id === 'string' ? byId.get(id) ?? value : value;
  };
  return {
    headline: text(article['headline']) ?? text(article['name']),
    dateText: text(article['datePublished']) ?? text(article['dateCreated']),
    byline: joined(asList(article['author']).map(resolve).map(personName)),
    source: organizationName(resolve(article['publisher'])),
    url: text(article['url']) ?? idOf(resolve(article['mainEntityOfPage'])),
    tags: keywords(article['keywords']),
  };
}

/** Top-level objects of a block: the block itself, the items of an array or @graph, and a page's mainEntity. */
function topNodes(block: unknown, depth = 0): Node[] {
  if (depth > MAX_NESTING) return [];
  if (Array.isArray(block)) return block.flatMap((item) => topNodes(item, depth + 1));
  if (!isNode(block)) return [];
  return [block, ...asList(block['@graph']).concat(asList(block['mainEntity'])).flatMap((item) => topNodes(item, depth + 1))];
}

function hasType(node: Node, pattern: RegExp): boolean {
  return asList(node['@type']).some((type) => typeof type === 'string' && pattern.test(type.replace(/^.*[/#:]/, '')));
}

function personName(value: unknown): string | null {
  if (typeof value === 'string') return text(value);
  if (!isNode(value) || hasType(value, ORGANIZATION_TYPE)) return null;
  return text(value['name']);
}

function organizationName(value: unknown): string | null {
  if (typeof value === 'string') return text(value);
  return isNode(value) ? text(value['name']) : null;
}

function idOf(value: unknown): string | null {
  if (typeof value === 'string') return text(value);
  return isNode(value) ? text(value['@id']) ?? text(value['url']) : null;
}

function keywords(value: unknown): string[] {
  const items = typeof value === 'string' ? value.split(',') : asList(value).filter((item): item is string => typeof item === 'string');
  return items.map((item) => cleanText(item)).filter((item) => item !== '');
}

function joined(names: ReadonlyArray<string | null>): string | null {
  const present = names.filter((name): name is string => name !== null);
  return present.length > 0 ? present.join(', ') : null;
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = cleanText(value);
  return cleaned === '' ? null : cleaned;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Collapses white space and decodes the character references that content systems often leave in
 * JSON-LD and meta values ("Traders&#8217; Association"), which are not HTML-decoded for us.
 */
export function cleanText(value: string): string {
  return collapseSpace(value.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi, (entity, dec?: string, hex?: string, name?: string) => {
      const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : null;
      if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      return ENTITIES[(name ?? '').toLowerCase()] ?? entity;
    }));
}

/** One space for every run of white space (no-break spaces too), none at either end. */
export function collapseSpace(value: string): string {
  return value.replace(/[\s\u00a0]+/g, ' ').trim();
}
