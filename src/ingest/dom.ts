// The few DOM shapes the HTML extractor touches, and the lazy loading of linkedom and Readability.
// The project compiles without the DOM library, so these interfaces name only what we call.
import { createRequire } from 'node:module';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  children: ArrayLike<DomElement>;
  appendChild(child: DomNode): DomNode;
  /** Merges adjacent text nodes. */
  normalize(): void;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  contains(other: DomNode): boolean;
  remove(): void;
}

export interface DomDocument {
  documentElement: DomElement | null;
  head: DomElement | null;
  body: DomElement | null;
  title: string;
  createElement(name: string): DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface ReadabilityResult {
  content: DomElement | null | undefined;
  byline: string | null | undefined;
}

/** Readability gives up on a page with more elements than this (it is tens of megabytes of markup). */
export const MAX_ELEMENTS = 100_000;

export interface HtmlLibraries {
  parseDocument(html: string): DomDocument;
  /** Readability's article element, or null when it finds no article. It changes the document. */
  readArticle(document: DomDocument): ReadabilityResult | null;
}

interface LinkedomModule {
  parseHTML(html: string): { document: DomDocument };
}

interface ReadabilityModule {
  Readability: new (document: DomDocument, options: {
    serializer: (node: DomElement) => DomElement; keepClasses: boolean; disableJSONLD: boolean; maxElemsToParse: number;
  }) => {
    parse(): ReadabilityResult | null;
  };
}

// linkedom and Readability are loaded on the first HTML file (Node's module cache keeps them): they
// take hundreds of milliseconds to load, which a run over Markdown or text must never pay.
const requireModule = createRequire(import.meta.url);

export function htmlLibraries(): HtmlLibraries {
  const { parseHTML } = requireModule('linkedom') as LinkedomModule;
  const { Readability } = requireModule('@mozilla/readability') as ReadabilityModule;
  return {
    parseDocument: (html) => parseHTML(html).document,
    // keepClasses: our block walker reads class names only before Readability runs, so dropping them is fine,
    // but keeping them lets a caption or promo that survived Readability still be recognised.
    // disableJSONLD: the metadata is read by html-meta.ts, in our order of precedence.
    readArticle: (document) => new Readability(document, {
      serializer: (node) => node, keepClasses: true, disableJSONLD: true, maxElemsToParse: MAX_ELEMENTS,
    }).parse(),
  };
}
