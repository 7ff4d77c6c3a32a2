import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { diagnostic } from '../errors.js';
import { normalizeDate } from '../pipeline/clean/index.js';
import type { Diagnostic, SourceDoc } from '../types.js';
import { toFailure, type ReadResult } from './failure.js';
import { containsMarkup, fragmentToText } from './html-doc.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Node = Record<string, unknown>;

/** Text of an XML value: a string, `{#text}`, or the first of an array. */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object') return textOf((value as Node)['#text']);
  return null;
}

/** Atom links are `<link href rel>` elements, RSS links are text. */
function linkOf(value: unknown): string | null {
  const links = Array.isArray(value) ? value : [value];
  for (const link of links) {
    if (typeof link === 'string') return link.trim() || null;
    if (link && typeof link === 'object') {
      const node = link as Node;
      const rel = typeof node['@_rel'] === 'string' ? node['@_rel'] : 'alternate';
      if (rel === 'alternate' && typeof node['@_href'] === 'string') return node['@_href'];
    }
  }
  return null;
}

function asNode(value: unknown): Node | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : null;
}

/** One feed item as written: `content` is the full text (content:encoded, Atom content), `summary` the teaser. */
export interface FeedEntry {
  /** 1-based position in the feed. */
  index: number;
  title: string | null;
  link: string | null;
  guid: string | null;
  /** Raw date text (pubDate, published, dc:date, updated). */
  date: string | null;
  content: string | null;
  summary: string | null;
  source: string | null;
}

export type FeedEntries = { ok: true; title: string | null; entries: FeedEntry[] } | { ok: false; reason: string };

function toEntry(item: Node, index: number): FeedEntry {
  return {
    index,
    title: textOf(item['title']),
    link: linkOf(item['link']),
    guid: textOf(item['guid']) ?? textOf(item['id']),
    date: textOf(item['pubDate']) ?? textOf(item['published']) ?? textOf(item['dc:date']) ?? textOf(item['updated']),
    content: textOf(item['content:encoded']) ?? textOf(item['content']),
    summary: textOf(item['description']) ?? textOf(item['summary']),
    source: textOf(item['source']),
  };
}

/** The items of an RSS 2.0, RSS 1.0 (RDF) or Atom body, or why it is not a feed. */
export function readFeedEntries(text: string): FeedEntries {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, reason: `malformed XML at line ${valid.err.line}: ${valid.err.msg}` };
  const root = parser.parse(text) as Node;
  const rss = asNode(root['rss']);
  const channel = asNode(rss?.['channel']) ?? asNode(root['rdf:RDF']);
  const atom = asNode(root['feed']);
  const container = channel ?? atom;
  if (container === null) return { ok: false, reason: 'XML is not an RSS or Atom feed' };
  const rdfItems = asNode(root['rdf:RDF'])?.['item'];
  const items = (atom ? atom['entry'] : (channel?.['item'] ?? rdfItems)) as unknown;
  const list = Array.isArray(items) ? items : [];
  const entries: FeedEntry[] = [];
  list.forEach((item, i) => {
    const node = asNode(item);
    entries.push(node ? toEntry(node, i + 1) : { index: i + 1, title: null, link: null, guid: null, date: null, content: null, summary: null, source: null });
  });
  return { ok: true, title: textOf(container['title']), entries };
}

/**
 * A feed entry as a text SourceDoc built from `raw` (its content or summary, HTML or text): title, date, link
 * and source from the entry, the feed title as the source when the entry names none.
 */
export function toEntryDoc(entry: FeedEntry, raw: string | null, origin: string, feedTitle: string | null): ReadResult {
  const diagnostics: Diagnostic[] = [];
  let body = raw ?? '';
  if (containsMarkup(body)) {
    const fragment = fragmentToText(body);
    body = fragment.text;
    diagnostics.push(...fragment.diagnostics);
  }
  if (body.trim() === '') return toFailure(origin, 'E_INPUT_NO_ARTICLE', 'feed item has no content or description text');
  const published = normalizeDate(entry.date);
  if (entry.date && published === null) {
    diagnostics.push(diagnostic('published-unparsed', `unrecognised publication date '${entry.date}'`));
  }
  const doc: SourceDoc = {
    origin,
    body,
    format: 'text',
    title: entry.title,
    published,
    url: entry.link ?? entry.guid,
    source: entry.source ?? feedTitle,
    language: null,
  };
  if (diagnostics.length > 0) doc.diagnostics = diagnostics;
  return { ok: true, doc };
}

/** An RSS 2.0, RSS 1.0 (RDF) or Atom body: one SourceDoc per item; an empty item fails alone. */
export function parseFeed(text: string, origin: string): ReadResult[] {
  const feed = readFeedEntries(text);
  if (!feed.ok) return [toFailure(origin, 'E_INPUT_NO_ARTICLE', feed.reason)];
  if (feed.entries.length === 0) return [toFailure(origin, 'E_INPUT_NO_ARTICLE', 'feed has no items')];
  return feed.entries.map((entry) => toEntryDoc(entry, entry.content ?? entry.summary, `${origin}#${entry.index}`, feed.title));
}
