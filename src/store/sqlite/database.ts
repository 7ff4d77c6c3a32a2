import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MarsadError } from '../../errors.js';
import { SQLITE_MIGRATIONS, type Migration } from './migrations/index.js';

export type SqliteDb = Database.Database;
type Statement = Database.Statement<unknown[], unknown>;

/** A connection plus a cache of prepared statements keyed by SQL text. */
export interface SqliteHandle {
  db: SqliteDb;
  prepare(sql: string): Statement;
}

const CACHE_LIMIT = 500;

/** Opens (creating the parent folder) a SQLite file with WAL, foreign keys and a busy timeout. */
export function openSqlite(path: string): SqliteHandle {
  let db: SqliteDb;
  try {
    if (path !== ':memory:' && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MarsadError('E_STORE_CONNECTION', `cannot open SQLite database ${path}: ${reason}`, { cause: error, origin: path });
  }
  const cache = new Map<string, Statement>();
  return {
    db,
    prepare(sql: string): Statement {
      let stmt = cache.get(sql);
      if (!stmt) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        stmt = db.prepare(sql);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}

/** Applies pending migrations, each in its own transaction; returns the versions applied. */
export function migrateSqlite(db: SqliteDb, migrations: readonly Migration[] = SQLITE_MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version),
  );
  const done: number[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version, migration.name, new Date().toISOString(),
      );
    }).immediate();
    done.push(migration.version);
  }
  return done;
}
