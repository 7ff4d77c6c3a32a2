import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HTTPException } from 'hono/http-exception';
import { isMarsadError } from '../errors.js';

/** An error the API answers with its own status, stable code and (for 400s) the offending field. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly field: string | undefined;
  readonly headers: Record<string, string>;

  constructor(status: ContentfulStatusCode, code: string, message: string, options: { field?: string; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = options.field;
    this.headers = options.headers ?? {};
  }
}

/** A 400 that names the bad field. */
export function badRequest(field: string, message: string): ApiError {
  return new ApiError(400, 'E_BAD_REQUEST', message, { field });
}

export function notFound(what: string): ApiError {
  return new ApiError(404, 'E_NOT_FOUND', `${what} not found`);
}

interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

/** Field names come from the client: keep them short and plain before answering with them. */
function toSafeField(field: string): string {
  const plain = field.replace(/[^\w.\-[\]]/g, '?');
  return plain.length > 64 ? `${plain.slice(0, 64)}…` : plain;
}

/** Maps any thrown value to the one JSON error shape; internal details are logged, never sent. */
export function toErrorResponse(c: Context, error: unknown): Response {
  let status: ContentfulStatusCode = 500;
  const body: ErrorBody = { error: { code: 'E_INTERNAL', message: 'internal error' } };
  let headers: Record<string, string> = {};
  if (error instanceof ApiError) {
    status = error.status;
    body.error = { code: error.code, message: error.message };
    if (error.field !== undefined) body.error.field = toSafeField(error.field);
    headers = error.headers;
  } else if (error instanceof HTTPException) {
    status = error.status as ContentfulStatusCode;
    body.error = status === 413
      ? { code: 'E_TOO_LARGE', message: 'request body too large' }
      : { code: `E_HTTP_${status}`, message: error.message || 'request failed' };
  } else if (isMarsadError(error) && error.code === 'E_NOT_FOUND') {
    status = 404;
    body.error = { code: 'E_NOT_FOUND', message: 'not found' };
  } else if (isMarsadError(error) && (error.code === 'E_STORE' || error.code === 'E_STORE_CONNECTION')) {
    status = 503;
    body.error = { code: error.code, message: 'storage unavailable' };
    console.error(`[marsad api] ${error.message}`);
  } else {
    console.error('[marsad api]', error);
  }
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  return c.json(body, status);
}
