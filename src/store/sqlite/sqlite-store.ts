import type { Diagnostic, Incident, MarsadEvent } from '../../types.js';
import { guard } from '../errors.js';
import type { Store } from '../port.js';
import {
  queryEventRows, queryIncidentRows, readActors, readDocument, readFailures, readJsonById, readPlaces,
  readReviewStatus, readReviews, readStats, type SqlReader,
} from '../sql/reads.js';
import { createAggregateCache } from './aggregate-cache.js';
import { migrateSqlite, openSqlite, type SqliteHandle } from './database.js';
import { createSqliteDialect } from './dialect.js';
import { createSqliteQueue } from './queue.js';
import { reviewSqlite } from './reviews.js';
import { saveDocumentSqlite, saveIncidentsSqlite } from './writes.js';

export interface SqliteStoreOptions {
  /**
   * Match count above which a set filter (bbox, actor, text) stops driving the query; derived
   * from the table size when absent. Tests set 1 to exercise the per-row plans.
   */
  broadThreshold?: number;
}

function createReader(h: SqliteHandle, options: SqliteStoreOptions): SqlReader {
  return {
    all: async (sql, params) => h.prepare(sql).all(...params) as Array<Record<string, unknown>>,
    dialect: (params) => createSqliteDialect(params, h, options.broadThreshold),
    eventJson: { column: 'j.json', join: 'JOIN event_json j ON j.seq = x.seq' },
  };
}

/**
 * The embedded store: one better-sqlite3 connection (WAL, foreign keys, busy timeout) behind the
 * async port. `path` is a file path (parent folders are created) or `:memory:`.
 * Call `migrate()` before use (`openStore` does).
 */
export function createSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const h = openSqlite(path);
  const r = createReader(h, options);
  const cache = createAggregateCache(h);
  /** A write through this connection: aggregates change, whatever the outcome. */
  const write = <T>(what: string, fn: () => T): Promise<T> => {
    cache.invalidate();
    return guard(what, fn);
  };
  const cached = <T>(what: string, key: unknown, fn: () => Promise<T>): Promise<T> =>
    guard(what, () => cache.get(`${what}:${JSON.stringify(key)}`, fn));
  const queue = createSqliteQueue(h);
  let closed = false;
  return {
    kind: 'sqlite',
    migrate: () => write('migrate', () => void migrateSqlite(h.db)),
    saveDocument: (doc, meta) => write(`save document ${doc.id}`, () => saveDocumentSqlite(h, doc, meta)),
    hasContent: (hash) => guard('hasContent', () => h.prepare('SELECT 1 FROM documents WHERE content_hash = ?').get(hash) !== undefined),
    getDocument: (id) => guard(`get document ${id}`, () => readDocument(r, id)),
    getEvent: (id) => guard(`get event ${id}`, () => readJsonById<MarsadEvent>(r, 'events', id)),
    queryEvents: (query) => guard('query events', () => queryEventRows(r, query)),
    stats: (query) => cached('stats', query, () => readStats(r, query)),
    listActors: (query) => cached('actors', query, () => readActors(r, query)),
    listPlaces: (query) => cached('places', query, () => readPlaces(r, query)),
    queryIncidents: (query) => guard('query incidents', () => queryIncidentRows(r, query)),
    getIncident: (id) => guard(`get incident ${id}`, () => readJsonById<Incident>(r, 'incidents', id)),
    saveIncidents: (incidents, assignments, removed) => write('save incidents', () => saveIncidentsSqlite(h, incidents, assignments, removed)),
    review: (action) => write(`review ${action.targetId}`, () => reviewSqlite(h, action)),
    getReviewStatus: (id) => guard(`review status ${id}`, () => readReviewStatus(r, id)),
    listReviews: (targetId) => guard('list reviews', () => readReviews(r, targetId)),
    recordFailure: (origin: string, diagnostic: Diagnostic) =>
      guard(`record failure ${origin}`, () => {
        h.prepare('INSERT INTO failures (origin, code, severity, message, span, at) VALUES (?, ?, ?, ?, ?, ?)').run(
          origin, diagnostic.code, diagnostic.severity, diagnostic.message,
          diagnostic.span ? JSON.stringify(diagnostic.span) : null, new Date().toISOString(),
        );
      }),
    listFailures: (query = {}) => guard('list failures', () => readFailures(r, query)),
    enqueue: (docs, options) => guard('enqueue', () => queue.enqueue(docs, options)),
    claimJobs: (workerId, n, leaseMs, onRejected) => guard('claim jobs', () => queue.claimJobs(workerId, n, leaseMs, onRejected)),
    renewLeases: (ids, workerId, leaseMs) => guard('renew leases', () => queue.renewLeases(ids, workerId, leaseMs)),
    releaseJobs: (ids, workerId) => guard('release jobs', () => queue.releaseJobs(ids, workerId)),
    completeJob: (id, workerId) => guard(`complete job ${id}`, () => queue.completeJob(id, workerId)),
    failJob: (id, workerId, error, retry, delayMs) => guard(`fail job ${id}`, () => queue.failJob(id, workerId, error, retry, delayMs)),
    queueStats: () => guard('queue stats', () => queue.queueStats()),
    listFailedJobs: (limit) => guard('list failed jobs', () => queue.listFailedJobs(limit)),
    close: async () => {
      if (closed) return;
      closed = true;
      h.db.close();
    },
  };
}
