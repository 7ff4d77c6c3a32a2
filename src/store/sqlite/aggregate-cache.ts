import type { SqliteHandle } from './database.js';

/**
 * Caches aggregate reads (stats, actor and place lists: full scans) until the database changes.
 * `PRAGMA data_version` moves when another connection commits (an ingest in another process);
 * this connection's own writes call `invalidate()`.
 */
export interface AggregateCache {
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
  invalidate(): void;
}

const MAX_ENTRIES = 256;

/** Creates an aggregate cache for one SQLite connection. */
export function createAggregateCache(h: SqliteHandle): AggregateCache {
  const entries = new Map<string, unknown>();
  let version = -1;
  const check = (): void => {
    const current = Number(h.db.pragma('data_version', { simple: true }));
    if (current !== version) {
      entries.clear();
      version = current;
    }
  };
  return {
    async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      check();
      if (entries.has(key)) return structuredClone(entries.get(key) as T);
      const value = await compute();
      if (entries.size >= MAX_ENTRIES) entries.clear();
      entries.set(key, value);
      return structuredClone(value);
    },
    invalidate(): void {
      entries.clear();
    },
  };
}
