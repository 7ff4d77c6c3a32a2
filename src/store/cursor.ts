import { MarsadError } from '../errors.js';

/** Keyset position: the sort date ('' when unknown) and id of the last item of a page. */
export interface CursorKey {
  sortDate: string;
  id: string;
}

/** Encodes a keyset position as an opaque URL-safe cursor. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.sortDate, key.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor from `encodeCursor`; a malformed cursor is a usage error. */
export function decodeCursor(cursor: string): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { sortDate: value[0], id: value[1] };
    }
  } catch {
    // fall through to the usage error
  }
  throw new MarsadError('E_USAGE', `invalid cursor: ${cursor.slice(0, 40)}`);
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/** Clamps a requested page size to [1, MAX_LIMIT], DEFAULT_LIMIT when absent. */
export function toPageLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}
