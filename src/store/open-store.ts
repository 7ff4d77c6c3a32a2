import type { Store } from './port.js';
import { createSqliteStore } from './sqlite/sqlite-store.js';

/** True for `postgres://` and `postgresql://` connection strings. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/**
 * Opens the store a `--db` value names: a `postgres://` URL selects PostgreSQL, anything else is
 * a SQLite file path (parent folders created). The schema is migrated before it is returned.
 */
export async function openStore(db: string): Promise<Store> {
  const store = isPostgresUrl(db)
    ? (await import('./postgres/postgres-store.js')).createPostgresStore(db)
    : createSqliteStore(db);
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}
