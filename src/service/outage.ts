import { MarsadError } from '../errors.js';

/** What a worker reports while its database is unreachable, and when it is back. */
export type OutageNotice =
  | { kind: 'outage'; what: string; message: string; retryInMs: number; downForMs: number }
  | { kind: 'recovered'; downForMs: number };

export interface OutageGuardOptions {
  /** Longest continuous outage waited out before the error is thrown. */
  limitMs: number;
  signal?: AbortSignal | undefined;
  onNotice?: (notice: OutageNotice) => void;
  /** First wait (doubles up to `maxDelayMs`). */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * True for store errors that say "not now" rather than "never": a lost PostgreSQL connection (after
 * the store's own quick retries) or a SQLite file locked by another writer past its busy timeout.
 */
export function isTransientStoreError(error: unknown): boolean {
  if (!(error instanceof MarsadError)) return false;
  if (error.code === 'E_STORE_CONNECTION') return true;
  const cause = error.cause as { code?: unknown } | undefined;
  return error.code === 'E_STORE' && typeof cause?.code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(cause.code);
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Wraps store calls so a transient outage is waited out with exponential backoff and reported,
 * instead of failing: the caller keeps its place and carries on when the database is back.
 */
export function createOutageGuard(options: OutageGuardOptions) {
  const base = options.baseDelayMs ?? 500;
  const max = options.maxDelayMs ?? 30_000;
  return async function persist<T>(what: string, fn: () => Promise<T>): Promise<T> {
    let downSince: number | null = null;
    let delay = base;
    for (;;) {
      try {
        const result = await fn();
        if (downSince !== null) options.onNotice?.({ kind: 'recovered', downForMs: Date.now() - downSince });
        return result;
      } catch (error) {
        if (!isTransientStoreError(error) || options.signal?.aborted) throw error;
        downSince ??= Date.now();
        const downForMs = Date.now() - downSince;
        if (downForMs >= options.limitMs) throw error;
        options.onNotice?.({ kind: 'outage', what, message: (error as Error).message, retryInMs: delay, downForMs });
        await sleep(delay, options.signal);
        delay = Math.min(max, delay * 2);
      }
    }
  };
}
