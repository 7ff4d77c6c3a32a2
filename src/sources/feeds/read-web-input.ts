import { readFeedEntries } from '../feed.js';
import { toFailure, type ReadResult } from '../failure.js';
import { FetchError } from '../fetch/fetch-error.js';
import type { Fetcher } from '../fetch/fetcher.js';
import { parseFetched } from '../fetch/read-url.js';
import { decodeBody } from '../parse-body.js';
import { sniffFormat } from '../sniff.js';
import { readFeedItem, toItemKey, type EntryContext } from './feed-items.js';

export interface WebInputOptions {
  maxBytes?: number;
  stripParams?: ReadonlySet<string>;
  signal?: AbortSignal;
}

/**
 * Reads one URL given on the command line: a page becomes one document; a feed becomes its items, each read as
 * `watch` reads them (full content when the feed carries it, else the linked page), every item once.
 */
export async function readWebInput(url: string, fetcher: Fetcher, options: WebInputOptions = {}): Promise<ReadResult[]> {
  let response;
  try {
    response = await fetcher.fetch(url, options.signal ? { signal: options.signal } : {});
  } catch (error) {
    if (error instanceof FetchError) return [{ ok: false, origin: url, error }];
    return [toFailure(url, 'E_FETCH', error instanceof Error ? error.message : String(error), error)];
  }
  const limits = options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes };
  const canonical = { ...limits, ...(options.stripParams ? { stripParams: options.stripParams } : {}) };
  const decoded = decodeBody(response.body, response.url, { contentType: response.contentType, ...limits });
  if (!decoded.ok || sniffFormat(decoded.text) !== 'feed') return parseFetched(response, canonical);
  const feed = readFeedEntries(decoded.text);
  if (!feed.ok) return [toFailure(response.url, 'E_INPUT_NO_ARTICLE', feed.reason)];
  if (feed.entries.length === 0) return [toFailure(response.url, 'E_INPUT_NO_ARTICLE', 'feed has no items')];
  const context: EntryContext = {
    feed: { url }, feedUrl: response.url, feedTitle: feed.title, fetcher, stripParams: options.stripParams ?? new Set(), ...limits,
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const seen = new Set<string>();
  const out: ReadResult[] = [];
  for (const entry of feed.entries) {
    const key = toItemKey(entry, context);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(...(await readFeedItem(entry, key, context)));
  }
  return out;
}
