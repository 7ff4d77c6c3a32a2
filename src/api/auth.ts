import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './http-error.js';

export interface TokenEntry {
  name: string;
  hash: Buffer;
}

/** sha256 hex of a token, the form `tokenHashes` holds. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Reads `hex` or `name:hex` entries; a nameless token is called `token-<first 8 hex>`. */
export function parseTokenHashes(entries: readonly string[]): TokenEntry[] {
  return entries.map((entry) => {
    const at = entry.lastIndexOf(':');
    const hex = (at >= 0 ? entry.slice(at + 1) : entry).trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error('tokenHashes: each entry must be a sha256 hex digest (optionally name:hex)');
    const name = at > 0 ? entry.slice(0, at).trim() : `token-${hex.slice(0, 8)}`;
    return { name, hash: Buffer.from(hex, 'hex') };
  });
}

/** The name of the token that matches, comparing every entry in constant time. */
export function findToken(tokens: readonly TokenEntry[], presented: string): string | null {
  const digest = createHash('sha256').update(presented, 'utf8').digest();
  let match: string | null = null;
  for (const t of tokens) {
    if (timingSafeEqual(t.hash, digest) && match === null) match = t.name;
  }
  return match;
}

const UNAUTHORIZED_HEADERS = { 'WWW-Authenticate': 'Bearer realm="marsad"' };

/**
 * Requires `Authorization: Bearer <token>`: 401 without a valid token, 403 when the server has no
 * tokens at all (writes disabled). Sets `reviewer` to the token's name.
 */
export function requireToken(tokens: readonly TokenEntry[]): MiddlewareHandler<{ Variables: { reviewer: string } }> {
  return async (c, next) => {
    if (tokens.length === 0) throw new ApiError(403, 'E_FORBIDDEN', 'no API token is configured: writes are disabled');
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S{1,512})\s*$/i.exec(header);
    if (!m?.[1]) throw new ApiError(401, 'E_UNAUTHORIZED', 'missing bearer token', { headers: UNAUTHORIZED_HEADERS });
    const name = findToken(tokens, m[1]);
    if (name === null) throw new ApiError(401, 'E_UNAUTHORIZED', 'invalid token', { headers: UNAUTHORIZED_HEADERS });
    c.set('reviewer', name);
    await next();
  };
}
