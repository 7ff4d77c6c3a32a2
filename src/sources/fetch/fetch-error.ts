import { MarsadError, type MarsadErrorCode } from '../../errors.js';

export type FetchErrorCode = Extract<MarsadErrorCode, 'E_FETCH' | 'E_FETCH_FORBIDDEN' | 'E_TIMEOUT' | 'E_INPUT_TOO_LARGE'>;

/** A failed fetch: the HTTP status when there was one, and whether trying again later may succeed. */
export class FetchError extends MarsadError {
  readonly status: number | null;
  readonly retryable: boolean;
  /** Server-requested wait before the next attempt, in ms (from Retry-After). */
  readonly retryAfterMs: number | null;

  constructor(
    code: FetchErrorCode,
    message: string,
    options: { origin: string; status?: number | null; retryable?: boolean; retryAfterMs?: number | null; cause?: unknown },
  ) {
    super(code, message, options.cause === undefined ? { origin: options.origin } : { origin: options.origin, cause: options.cause });
    this.name = 'FetchError';
    this.status = options.status ?? null;
    this.retryable = options.retryable ?? false;
    this.retryAfterMs = options.retryAfterMs ?? null;
  }
}

export function isFetchError(value: unknown): value is FetchError {
  return value instanceof FetchError;
}
