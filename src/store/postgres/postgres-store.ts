import type pg from 'pg';
import type { Incident, MarsadEvent } from '../../types.js';
import { guard } from '../errors.js';
import type { Store } from '../port.js';
import {
  queryEventRows, queryIncidentRows, readActors, readDocument, readFailures, readJsonById, readPlaces,
  readReviewStatus, readReviews, readStats, type SqlReader,
} from '../sql/reads.js';
import { createPostgresDialect } from './dialect.js';
import { POSTGRES_MIGRATIONS } from './migrations/index.js';
import { createPool, inTransaction, withRetry, type PgClient, type RetryOptions } from './pool.js';
import { createPostgresQueue } from './queue.js';
import { reviewPg } from './reviews.js';
import { saveDocumentPg, saveIncidentsPg } from './writes.js';

export interface PostgresStoreOptions {
  /** Pool size (default 10). */
  max?: number;
  retry?: RetryOptions;
}

async function migratePg(pool: pg.Pool): Promise<void> {
  await inTransaction(pool, async (c) => {
    // One migrator at a time across processes.
    await c.query('SELECT pg_advisory_xact_lock(7247291)');
    await c.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const applied = new Set((await c.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const m of POSTGRES_MIGRATIONS) {
      if (applied.has(m.version)) continue;
      await c.query(m.sql);
      await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
    }
  });
}

/**
 * The PostgreSQL store (`pg` pool, parameterised SQL only). Lost connections are retried with
 * backoff, then fail as E_STORE_CONNECTION; other errors are E_STORE. Call `migrate()` first.
 */
export function createPostgresStore(connectionString: string, options: PostgresStoreOptions = {}): Store {
  const pool = createPool(connectionString, options.max);
  const retry = options.retry;
  const run = <T>(what: string, fn: () => Promise<T>): Promise<T> => guard(what, () => withRetry(what, fn, retry));
  const tx = <T>(what: string, fn: (c: PgClient) => Promise<T>): Promise<T> => run(what, () => inTransaction(pool, fn));
  const r: SqlReader = {
    all: async (sql, params) => (await pool.query(sql, params)).rows as Array<Record<string, unknown>>,
    dialect: createPostgresDialect,
    eventJson: { column: 'x.json', join: '' },
  };
  const queue = createPostgresQueue(pool);
  let closed = false;
  return {
    kind: 'postgres',
    migrate: () => run('migrate', () => migratePg(pool)),
    saveDocument: (doc, meta) => tx(`save document ${doc.id}`, (c) => saveDocumentPg(c, doc, meta)),
    hasContent: (hash) =>
      run('hasContent', async () => ((await pool.query('SELECT 1 FROM documents WHERE content_hash = $1', [hash])).rowCount ?? 0) > 0),
    getDocument: (id) => run(`get document ${id}`, () => readDocument(r, id)),
    getEvent: (id) => run(`get event ${id}`, () => readJsonById<MarsadEvent>(r, 'events', id)),
    queryEvents: (query) => run('query events', () => queryEventRows(r, query)),
    stats: (query) => run('stats', () => readStats(r, query)),
    listActors: (query) => run('list actors', () => readActors(r, query)),
    listPlaces: (query) => run('list places', () => readPlaces(r, query)),
    queryIncidents: (query) => run('query incidents', () => queryIncidentRows(r, query)),
    getIncident: (id) => run(`get incident ${id}`, () => readJsonById<Incident>(r, 'incidents', id)),
    saveIncidents: (incidents, assignments, removed) => tx('save incidents', (c) => saveIncidentsPg(c, incidents, assignments, removed)),
    review: (action) => tx(`review ${action.targetId}`, (c) => reviewPg(c, action)),
    getReviewStatus: (id) => run(`review status ${id}`, () => readReviewStatus(r, id)),
    listReviews: (targetId) => run('list reviews', () => readReviews(r, targetId)),
    recordFailure: (origin, diagnostic) =>
      run(`record failure ${origin}`, async () => {
        await pool.query('INSERT INTO failures (origin, code, severity, message, span, at) VALUES ($1, $2, $3, $4, $5::jsonb, $6)', [
          origin, diagnostic.code, diagnostic.severity, diagnostic.message,
          diagnostic.span ? JSON.stringify(diagnostic.span) : null, new Date().toISOString(),
        ]);
      }),
    listFailures: (query = {}) => run('list failures', () => readFailures(r, query)),
    enqueue: (docs, options) => run('enqueue', () => queue.enqueue(docs, options)),
    claimJobs: (workerId, n, leaseMs, onRejected) => run('claim jobs', () => queue.claimJobs(workerId, n, leaseMs, onRejected)),
    renewLeases: (ids, workerId, leaseMs) => run('renew leases', () => queue.renewLeases(ids, workerId, leaseMs)),
    releaseJobs: (ids, workerId) => run('release jobs', () => queue.releaseJobs(ids, workerId)),
    completeJob: (id, workerId) => run(`complete job ${id}`, () => queue.completeJob(id, workerId)),
    failJob: (id, workerId, error, retry, delayMs) => run(`fail job ${id}`, () => queue.failJob(id, workerId, error, retry, delayMs)),
    queueStats: () => run('queue stats', () => queue.queueStats()),
    listFailedJobs: (limit) => run('list failed jobs', () => queue.listFailedJobs(limit)),
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
