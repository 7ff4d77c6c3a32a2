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

function toItemDoc(item: Node, origin: string, feedTitle: string | null): ReadResult {
  const raw = textOf(item['content:encoded']) ?? textOf(item['content']) ?? textOf(item['description']) ??
    textOf(item['summary']);
  const diagnostics: Diagnostic[] = [];
  let body = raw ?? '';
  if (containsMarkup(body)) {
    const fragment = fragmentToText(body);
    body = fragment.text;
    diagnostics.push(...fragment.diagnostics);
  }
  if (body.trim() === '') return toFailure(origin, 'E_INPUT_NO_ARTICLE', 'feed item has no content or description text');
  const rawDate = textOf(item['pubDate']) ?? textOf(item['published']) ?? textOf(item['dc:date']) ?? textOf(item['updated']);
  const published = normalizeDate(rawDate);
  if (rawDate && published === null) {
    diagnostics.push(diagnostic('published-unparsed', `unrecognised publication date '${rawDate}'`));
  }
  const doc: SourceDoc = {
    origin,
    body,
    format: 'text',
    title: textOf(item['title']),
    published,
    url: linkOf(item['link']) ?? textOf(item['guid']) ?? textOf(item['id']),
    source: textOf(item['source']) ?? feedTitle,
    language: null,
  };
  if (diagnostics.length > 0) doc.diagnostics = diagnostics;
  return { ok: true, doc };
}

/** An RSS 2.0, RSS 1.0 (RDF) or Atom body: one SourceDoc per item; an empty item fails alone. */
export function parseFeed(text: string, origin: string): ReadResult[] {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, msg } = valid.err;
    return [toFailure(origin, 'E_INPUT_NO_ARTICLE', `malformed XML at line ${line}: ${msg}`)];
  }
  const root = parser.parse(text) as Node;
  const rss = asNode(root['rss']);
  const channel = asNode(rss?.['channel']) ?? asNode(root['rdf:RDF']);
  const atom = asNode(root['feed']);
  const container = channel ?? atom;
  if (container === null) return [toFailure(origin, 'E_INPUT_NO_ARTICLE', 'XML is not an RSS or Atom feed')];
  const rdfItems = asNode(root['rdf:RDF'])?.['item'];
  const items = (atom ? atom['entry'] : (channel?.['item'] ?? rdfItems)) as unknown;
  const list = Array.isArray(items) ? items : [];
  if (list.length === 0) return [toFailure(origin, 'E_INPUT_NO_ARTICLE', 'feed has no items')];
  const feedTitle = textOf(container['title']);
  return list.map((item, i) => {
    const node = asNode(item);
    const itemOrigin = `${origin}#${i + 1}`;
    return node ? toItemDoc(node, itemOrigin, feedTitle) : toFailure(itemOrigin, 'E_INPUT_NO_ARTICLE', 'feed item is empty');
  });
}
