import type { Diagnostic, Incident, MarsadEvent } from '../../types.js';
import { guard } from '../errors.js';
import type { ReviewStatus, Store } from '../port.js';
import { migrateSqlite, openSqlite } from './database.js';
import {
  getDocumentSqlite, listActorsSqlite, listFailuresSqlite, listPlacesSqlite, queryEventsSqlite,
  queryIncidentsSqlite, statsSqlite,
} from './reads.js';
import { listReviewsSqlite, reviewSqlite } from './reviews.js';
import { saveDocumentSqlite, saveIncidentsSqlite } from './writes.js';

/**
 * The embedded store: one better-sqlite3 connection (WAL, foreign keys, busy timeout) behind the
 * async port. `path` is a file path (parent folders are created) or `:memory:`.
 * Call `migrate()` before use (`openStore` does).
 */
export function createSqliteStore(path: string): Store {
  const h = openSqlite(path);
  let closed = false;
  return {
    kind: 'sqlite',
    migrate: () => guard('migrate', () => void migrateSqlite(h.db)),
    saveDocument: (doc, meta) => guard(`save document ${doc.id}`, () => saveDocumentSqlite(h, doc, meta)),
    hasContent: (hash) => guard('hasContent', () => h.prepare('SELECT 1 FROM documents WHERE content_hash = ?').get(hash) !== undefined),
    getDocument: (id) => guard(`get document ${id}`, () => getDocumentSqlite(h, id)),
    getEvent: (id) =>
      guard(`get event ${id}`, () => {
        const row = h.prepare('SELECT json FROM events WHERE id = ?').get(id) as { json: string } | undefined;
        return row ? (JSON.parse(row.json) as MarsadEvent) : null;
      }),
    queryEvents: (query) => guard('query events', () => queryEventsSqlite(h, query)),
    stats: (query) => guard('stats', () => statsSqlite(h, query)),
    listActors: (query) => guard('list actors', () => listActorsSqlite(h, query)),
    listPlaces: (query) => guard('list places', () => listPlacesSqlite(h, query)),
    queryIncidents: (query) => guard('query incidents', () => queryIncidentsSqlite(h, query)),
    getIncident: (id) =>
      guard(`get incident ${id}`, () => {
        const row = h.prepare('SELECT json FROM incidents WHERE id = ?').get(id) as { json: string } | undefined;
        return row ? (JSON.parse(row.json) as Incident) : null;
      }),
    saveIncidents: (incidents, assignments) => guard('save incidents', () => saveIncidentsSqlite(h, incidents, assignments)),
    review: (action) => guard(`review ${action.targetId}`, () => reviewSqlite(h, action)),
    getReviewStatus: (id) =>
      guard(`review status ${id}`, () => {
        const row = (h.prepare('SELECT status FROM events WHERE id = ?').get(id)
          ?? h.prepare('SELECT status FROM incidents WHERE id = ?').get(id)) as { status: ReviewStatus } | undefined;
        return row?.status ?? null;
      }),
    listReviews: (targetId) => guard('list reviews', () => listReviewsSqlite(h, targetId)),
    recordFailure: (origin: string, diagnostic: Diagnostic) =>
      guard(`record failure ${origin}`, () => {
        h.prepare('INSERT INTO failures (origin, code, severity, message, span, at) VALUES (?, ?, ?, ?, ?, ?)').run(
          origin, diagnostic.code, diagnostic.severity, diagnostic.message,
          diagnostic.span ? JSON.stringify(diagnostic.span) : null, new Date().toISOString(),
        );
      }),
    listFailures: (query = {}) => guard('list failures', () => listFailuresSqlite(h, query)),
    close: async () => {
      if (closed) return;
      closed = true;
      h.db.close();
    },
  };
}
