import { MarsadError, type MarsadErrorCode } from '../errors.js';
import type { SourceDoc } from '../types.js';

/** The outcome of reading one input record. */
export type ReadResult = { ok: true; doc: SourceDoc } | { ok: false; origin: string; error: MarsadError };

/** A failed read with a one-line reason. */
export function toFailure(origin: string, code: MarsadErrorCode, reason: string, cause?: unknown): ReadResult {
  const line = reason.replace(/\s+/g, ' ').trim();
  const message = line.length > 240 ? `${line.slice(0, 237)}...` : line;
  const options = cause === undefined ? { origin } : { origin, cause };
  return { ok: false, origin, error: new MarsadError(code, message, options) };
}

/** The first line of an error's message, for reasons built from library errors. */
export function toReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).trim();
}

export const MB = 1024 * 1024;
export const DEFAULT_MAX_BYTES = 50 * MB;

/** `52428800` → `50 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(bytes % MB === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
