import { createHash } from 'node:crypto';
import { normalizeDate } from '../../pipeline/clean/index.js';
import type { SourceDoc } from '../../types.js';
import { toEntryDoc, type FeedEntry } from '../feed.js';
import type { ReadResult } from '../failure.js';
import { canonicalizeUrl } from '../fetch/canonical-url.js';
import type { Fetcher } from '../fetch/fetcher.js';
import { readUrl } from '../fetch/read-url.js';
import type { FeedConfig } from './config.js';

export interface EntryContext {
  feed: FeedConfig;
  /** Final address of the feed document (base for relative links). */
  feedUrl: string;
  feedTitle: string | null;
  fetcher: Fetcher;
  stripParams: ReadonlySet<string>;
  maxBytes?: number;
  signal?: AbortSignal;
}

/**
 * The identity of a feed item across polls and feeds: its canonical link, else its guid within the feed, else a
 * hash of its title and text. The same article in two feeds (same canonical link) is read once.
 */
export function toItemKey(entry: FeedEntry, context: Pick<EntryContext, 'feedUrl' | 'stripParams'>): string {
  const link = entry.link ? canonicalizeUrl(entry.link, { base: context.feedUrl, stripParams: context.stripParams }) : null;
  if (link) return link;
  if (entry.guid) return `guid:${context.feedUrl} ${entry.guid}`;
  const hash = createHash('sha256').update(`${entry.title ?? ''}\n${entry.content ?? entry.summary ?? ''}`).digest('hex');
  return `hash:${hash.slice(0, 32)}`;
}

function applyFeed(doc: SourceDoc, entry: FeedEntry, context: EntryContext): void {
  doc.title ||= entry.title;
  doc.published ||= normalizeDate(entry.date);
  doc.source = context.feed.name ?? doc.source ?? context.feedTitle;
  if (context.feed.language) doc.language = context.feed.language;
}

/**
 * The documents of one new feed item: its full content (content:encoded, Atom content) when the feed carries
 * it; else the linked page, fetched; else, for an item without a link, its summary.
 */
export async function readFeedItem(entry: FeedEntry, key: string, context: EntryContext): Promise<ReadResult[]> {
  const canonical = key.startsWith('http') ? key : null;
  const origin = canonical ?? `${context.feedUrl}#${entry.index}`;
  if (entry.content || !entry.link || canonical === null) {
    const result = toEntryDoc(entry, entry.content ?? entry.summary, origin, context.feedTitle);
    if (result.ok) {
      result.doc.url = canonical;
      applyFeed(result.doc, entry, context);
    }
    return [result];
  }
  const link = new URL(entry.link, context.feedUrl).href;
  const results = await readUrl(link, context.fetcher, {
    stripParams: context.stripParams,
    ...(context.maxBytes === undefined ? {} : { maxBytes: context.maxBytes }),
    ...(context.signal ? { signal: context.signal } : {}),
  });
  // Reported under the item's canonical link, whatever redirects or tracking parameters the feed used.
  return results.map((result) => {
    if (!result.ok) return result.origin === link ? { ...result, origin } : result;
    applyFeed(result.doc, entry, context);
    if (results.length === 1) result.doc.origin = origin;
    return result;
  });
}
