export interface RetryPolicy {
  /** Attempts after the first (default 3). */
  retries: number;
  /** First backoff in ms (default 500), doubled each attempt. */
  baseDelayMs: number;
  /** Longest backoff in ms (default 30 s). */
  maxDelayMs: number;
  /** Longest Retry-After honoured in ms (default 120 s); a longer one ends the retries. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseDelayMs: 500, maxDelayMs: 30_000, maxRetryAfterMs: 120_000 };

/** Statuses worth another try: rate limiting and server trouble (not 501, which will not change). */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || (status >= 500 && status !== 501 && status < 600);
}

/** A Retry-After header (delta seconds or HTTP date) in ms from `now`, or null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Exponential backoff with jitter for attempt n (0-based): a random wait in [½, 1] of base·2ⁿ, capped. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
