import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DomDocument, DomNode } from './dom.js';
import { readHtmlMeta, trimSiteName } from './html-meta.js';
import { toHtmlText } from './html-text.js';
import { flattenMarkup, maxNestingDepth } from './nesting.js';

/** Deeper element nesting than this is read as flat text: the DOM and Readability recurse per level. */
const MAX_DEPTH = 256;

/** The report found in an HTML page or fragment. */
export interface HtmlExtract {
  title: string | null;
  /** Paragraphs separated by blank lines. */
  text: string;
  published: string | null;
  siteName: string | null;
  url: string | null;
  /** The page's declared language tag (`ar`, `en-GB`), if any. */
  language: string | null;
  /** Figure captions set aside from the text. */
  captions: string[];
}

export interface ExtractHtmlOptions {
  /** A fragment (feed item, JSON field): no Readability, every block is text. */
  fragment?: boolean;
  /** Minimum letters outside links for a page to count as an article (default 30). */
  minLetters?: number;
}

function parseDocument(html: string, fragment: boolean): DomDocument {
  if (maxNestingDepth(html, MAX_DEPTH) >= MAX_DEPTH) {
    const paragraphs = flattenMarkup(html).split('\n').map((p) => `<p>${escapeText(p)}</p>`).join('');
    return parseHTML(`<!doctype html><html><head></head><body>${paragraphs}</body></html>`).document as unknown as DomDocument;
  }
  const source = fragment ? `<!doctype html><html><head></head><body>${html}</body></html>` : html;
  return parseHTML(source).document as unknown as DomDocument;
}

function escapeText(text: string): string {
  return text.replace(/&(?![#a-zA-Z0-9]+;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Reduces an HTML page to its main text with Readability on linkedom, or an HTML fragment to its text.
 * Returns null when there is no article: no readable content, or too little text outside links.
 */
export function extractHtml(html: string, options: ExtractHtmlOptions = {}): HtmlExtract | null {
  const fragment = options.fragment ?? false;
  const doc = parseDocument(html, fragment);
  const meta = fragment ? null : readHtmlMeta(doc);
  let root: DomNode | null = doc.body;
  let readerTitle: string | null = null;
  let readerPublished: string | null = null;
  let readerSite: string | null = null;
  if (!fragment) {
    // Readability's types name the DOM lib's Document; linkedom's document is what it runs on here.
    const reader = new Readability<DomNode>(doc as never, { serializer: (node) => node as unknown as DomNode });
    const result = reader.parse();
    root = result?.content ?? null;
    readerTitle = result?.title?.trim() || null;
    readerPublished = result?.publishedTime?.trim() || null;
    readerSite = result?.siteName?.trim() || null;
  }
  if (root === null) return null;
  const body = toHtmlText(root);
  if (body.letters - body.linkLetters < (options.minLetters ?? 30) || body.linkLetters > body.letters * 0.6) return null;
  const siteName = meta?.siteName ?? readerSite;
  const rawTitle = meta?.title ?? (meta?.documentTitle ? trimSiteName(meta.documentTitle, siteName) : null) ?? readerTitle;
  const paragraphs = body.paragraphs;
  // Readability keeps the page's headline as the first block; the title field carries it.
  if (rawTitle && paragraphs[0] && paragraphs[0].replace(/\s+/g, ' ') === rawTitle.replace(/\s+/g, ' ')) {
    paragraphs.shift();
  }
  return {
    title: rawTitle,
    text: paragraphs.join('\n\n'),
    published: meta?.published ?? readerPublished,
    siteName,
    url: meta?.url ?? null,
    language: meta?.language ?? null,
    captions: body.captions,
  };
}
