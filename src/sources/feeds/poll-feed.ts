import { MarsadError } from '../../errors.js';
import { readFeedEntries } from '../feed.js';
import { toFailure, type ReadResult } from '../failure.js';
import { FetchError } from '../fetch/fetch-error.js';
import type { Fetcher } from '../fetch/fetcher.js';
import { decodeBody } from '../parse-body.js';
import { sniffFormat } from '../sniff.js';
import type { FeedConfig } from './config.js';
import { readFeedItem, toItemKey, type EntryContext } from './feed-items.js';
import type { FeedState } from './feed-state.js';

const FEED_ACCEPT = 'application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.1';
/** Attempts at an item that keeps failing for a passing reason (timeout, 5xx) before it is given up. */
export const MAX_ITEM_ATTEMPTS = 3;

export interface PollFeedOptions {
  fetcher: Fetcher;
  state: FeedState;
  /** Stores the documents of one new item; its read failures come along, to be reported. A throw stops the poll. */
  handle: (results: ReadResult[], itemKey: string) => Promise<void>;
  stripParams?: ReadonlySet<string>;
  maxBytes?: number;
  signal?: AbortSignal;
}

export interface FeedPollReport {
  feed: string;
  notModified: boolean;
  /** Items in the feed document. */
  items: number;
  /** Items not seen before, handled in this poll. */
  fresh: number;
  /** Why the feed itself could not be read, or null. */
  failure: ReadResult | null;
}

/** Timeouts, network errors, 429 and 5xx may pass: the item is tried again at the next poll. */
function isPassing(error: MarsadError): boolean {
  return error instanceof FetchError ? error.retryable : error.code === 'E_TIMEOUT';
}

/**
 * Polls one feed: conditional GET with the stored validators (a 304 ends the poll), then every item not seen
 * before is read (content, or the linked page) and handed to `handle`. An item is remembered once handled, or
 * once it failed for good (a 404, a refused address, no article) or {@link MAX_ITEM_ATTEMPTS} times; the
 * validators are stored only when no item is left to retry, so a later poll sees those items again.
 */
export async function pollFeed(feed: FeedConfig, options: PollFeedOptions): Promise<FeedPollReport> {
  const report: FeedPollReport = { feed: feed.url, notModified: false, items: 0, fresh: 0, failure: null };
  const { fetcher, state, signal } = options;
  let response;
  try {
    response = await fetcher.fetch(feed.url, { validators: state.validators(feed.url), accept: FEED_ACCEPT, ...(signal ? { signal } : {}) });
  } catch (error) {
    const failure = error instanceof MarsadError ? error : new MarsadError('E_FETCH', String(error), { origin: feed.url, cause: error });
    report.failure = { ok: false, origin: feed.url, error: failure };
    return report;
  }
  if (response.notModified) {
    report.notModified = true;
    return report;
  }
  const hint = { contentType: response.contentType, ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }) };
  const decoded = decodeBody(response.body, feed.url, hint);
  if (!decoded.ok) {
    report.failure = decoded.failure;
    return report;
  }
  const entries = readFeedEntries(decoded.text);
  if (!entries.ok) {
    const format = sniffFormat(decoded.text);
    const reason = format === 'html' ? 'not an RSS or Atom feed (the address serves an HTML page)' : entries.reason;
    report.failure = toFailure(feed.url, 'E_INPUT_NO_ARTICLE', reason);
    return report;
  }
  report.items = entries.entries.length;
  const context: EntryContext = {
    feed, feedUrl: response.url, feedTitle: entries.title, fetcher, stripParams: options.stripParams ?? new Set(),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(signal ? { signal } : {}),
  };
  let pending = false;
  try {
    for (const entry of entries.entries) {
      if (signal?.aborted) return report;
      const key = toItemKey(entry, context);
      if (state.hasSeen(key)) continue;
      const results = await readFeedItem(entry, key, context);
      // Stopped mid-item: nothing is remembered, the item is read again next time.
      if (signal?.aborted) return report;
      report.fresh += 1;
      await options.handle(results, key);
      const passing = results.flatMap((r) => (r.ok ? [] : [r.error])).filter(isPassing);
      if (passing.length > 0 && state.recordFailure(key, passing[0]?.message ?? 'failed') < MAX_ITEM_ATTEMPTS) pending = true;
      else state.markSeen(key);
    }
    if (!pending) state.setValidators(feed.url, { etag: response.etag, lastModified: response.lastModified });
  } finally {
    // Items handled before a stop or a storage error stay remembered.
    await state.save();
  }
  return report;
}
