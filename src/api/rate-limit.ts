import type { MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { ApiError } from './http-error.js';

interface Window {
  count: number;
  resetAt: number;
}

/** The peer address of the connection (proxy headers are not trusted). */
export function toClientIp(c: Parameters<MiddlewareHandler>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Fixed-window request counter per client IP, in memory; 429 with Retry-After past `max`. */
export function createRateLimit(options: { windowMs: number; max: number; now?: () => number }): MiddlewareHandler {
  const windows = new Map<string, Window>();
  const now = options.now ?? Date.now;
  let nextSweep = 0;
  return async (c, next) => {
    const t = now();
    if (t >= nextSweep) {
      for (const [ip, w] of windows) if (w.resetAt <= t) windows.delete(ip);
      nextSweep = t + options.windowMs;
    }
    const ip = toClientIp(c);
    let w = windows.get(ip);
    if (!w || w.resetAt <= t) {
      w = { count: 0, resetAt: t + options.windowMs };
      windows.set(ip, w);
    }
    w.count += 1;
    const remaining = Math.max(0, options.max - w.count);
    const reset = Math.ceil((w.resetAt - t) / 1000);
    if (w.count > options.max) {
      throw new ApiError(429, 'E_RATE_LIMITED', 'too many requests', {
        headers: { 'Retry-After': String(reset), 'RateLimit-Limit': String(options.max), 'RateLimit-Remaining': '0' },
      });
    }
    await next();
    c.header('RateLimit-Limit', String(options.max));
    c.header('RateLimit-Remaining', String(remaining));
    c.header('RateLimit-Reset', String(reset));
  };
}
