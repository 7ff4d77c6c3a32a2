import type { Diagnostic, Severity, Span } from './types.js';

/** Stable error codes: callers and the CLI switch on these, never on messages. */
export type MarsadErrorCode =
  | 'E_USAGE'
  | 'E_INPUT_READ'
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_BINARY'
  | 'E_INPUT_TOO_LARGE'
  | 'E_INPUT_GZIP'
  | 'E_INPUT_JSON'
  | 'E_INPUT_NO_ARTICLE'
  | 'E_INPUT_ENCODING'
  | 'E_FETCH'
  | 'E_FETCH_FORBIDDEN'
  | 'E_STORE'
  | 'E_STORE_CONNECTION'
  | 'E_DATA'
  | 'E_CONFIG'
  | 'E_NOT_FOUND'
  | 'E_TIMEOUT'
  | 'E_INTERNAL';

export class MarsadError extends Error {
  readonly code: MarsadErrorCode;
  /** The file, URL or record the error is about, when there is one. */
  readonly origin: string | undefined;

  constructor(code: MarsadErrorCode, message: string, options: { cause?: unknown; origin?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MarsadError';
    this.code = code;
    this.origin = options.origin;
  }
}

export function isMarsadError(value: unknown): value is MarsadError {
  return value instanceof MarsadError;
}

/** Builds a per-document diagnostic. */
export function diagnostic(code: string, message: string, severity: Severity = 'warning', span?: Span): Diagnostic {
  return span ? { code, severity, message, span } : { code, severity, message };
}

/** One line for a failed input: `file: reason`. */
export function describeFailure(origin: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `${origin}: ${reason}`;
}
