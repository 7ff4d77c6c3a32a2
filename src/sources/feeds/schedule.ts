import { sleep } from '../fetch/host-gate.js';
import { DEFAULT_INTERVAL_SECONDS, type FeedConfig } from './config.js';

export interface ScheduleOptions {
  /** One pass over every feed, then return. */
  once?: boolean;
  /** Seconds between polls for feeds without an `interval` (default 900). */
  interval?: number;
  /** Feeds polled at the same time (default 4); per-host politeness is the fetcher's job. */
  concurrency?: number;
  /** Stops the loop: a poll under way finishes its current step, no new poll starts. */
  signal?: AbortSignal;
}

/** A counting semaphore: `run` waits for one of `size` slots. */
function createSlots(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let free = size;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (free === 0) await new Promise<void>((resolve) => waiting.push(resolve));
    else free -= 1;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    }
  };
}

/**
 * Polls each feed at its own interval until the signal aborts (or once, with `once`). A poll that throws
 * (a storage error) stops every loop and rejects once they have all stopped.
 */
export async function runFeedSchedule(feeds: readonly FeedConfig[], poll: (feed: FeedConfig) => Promise<void>, options: ScheduleOptions = {}): Promise<void> {
  const slots = createSlots(Math.max(1, options.concurrency ?? 4));
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const loop = async (feed: FeedConfig): Promise<void> => {
    const intervalMs = (feed.interval ?? options.interval ?? DEFAULT_INTERVAL_SECONDS) * 1000;
    while (!signal.aborted) {
      const started = Date.now();
      await slots(() => (signal.aborted ? Promise.resolve() : poll(feed)));
      if (options.once) return;
      await sleep(intervalMs - (Date.now() - started), signal).catch(() => undefined);
    }
  };
  // Every loop settles before the error surfaces: the caller may close the store right after.
  const outcomes = await Promise.allSettled(feeds.map((feed) => loop(feed).catch((error: unknown) => {
    stop.abort(error);
    throw error;
  })));
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw failed.reason;
}
