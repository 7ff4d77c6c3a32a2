import { foldKey } from '../../text/index.js';
import type { Incident, MarsadEvent } from '../../types.js';
import { decodeCursor, encodeCursor, toPageLimit } from '../cursor.js';
import type { EventQuery, FailureRecord, Page, Stats, StoredDocument } from '../port.js';
import { buildEventWhere, buildIncidentWhere, escapeLike } from '../sql/filters.js';
import { afterCursor, toWhereClause } from '../sql/page.js';
import type { SqliteHandle } from './database.js';
import { createSqliteDialect } from './dialect.js';

interface PageRow {
  json: string;
  sort_date: string;
  id: string;
}

function readPage<T>(h: SqliteHandle, table: 'events' | 'incidents', query: EventQuery): Page<T> {
  const params: unknown[] = [];
  const d = createSqliteDialect(params);
  const alias = table === 'events' ? 'e' : 'i';
  const where = table === 'events' ? buildEventWhere(d, query) : buildIncidentWhere(d, query);
  if (query.cursor) where.push(afterCursor(d, alias, decodeCursor(query.cursor)));
  const limit = toPageLimit(query.limit);
  const sql = `SELECT ${alias}.json, ${alias}.sort_date, ${alias}.id FROM ${table} ${alias} ${toWhereClause(where)}
    ORDER BY ${alias}.sort_date DESC, ${alias}.id LIMIT ${d.param(limit + 1)}`;
  const rows = h.prepare(sql).all(...params) as PageRow[];
  const more = rows.length > limit;
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map((r) => JSON.parse(r.json) as T),
    next: more && last ? encodeCursor({ sortDate: last.sort_date, id: last.id }) : null,
  };
}

/** One page of events in (date desc, id) order. */
export function queryEventsSqlite(h: SqliteHandle, query: EventQuery): Page<MarsadEvent> {
  return readPage<MarsadEvent>(h, 'events', query);
}

/** One page of incidents in (date desc, id) order. */
export function queryIncidentsSqlite(h: SqliteHandle, query: EventQuery): Page<Incident> {
  return readPage<Incident>(h, 'incidents', query);
}

/** Counts by day, type and location country over the events a query selects. */
export function statsSqlite(h: SqliteHandle, query: EventQuery): Stats {
  const params: unknown[] = [];
  const where = toWhereClause(buildEventWhere(createSqliteDialect(params), query));
  const group = (column: string): Array<{ key: string; count: number }> =>
    h.prepare(`SELECT ${column} AS key, count(*) AS count FROM events e ${where}
      ${where ? 'AND' : 'WHERE'} ${column} IS NOT NULL AND ${column} <> '' GROUP BY ${column}`).all(...params) as Array<{ key: string; count: number }>;
  const total = (h.prepare(`SELECT count(*) AS n FROM events e ${where}`).get(...params) as { n: number }).n;
  const byCount = (a: { key: string; count: number }, b: { key: string; count: number }): number =>
    b.count - a.count || (a.key < b.key ? -1 : 1);
  return {
    byDay: group('e.sort_date').map((r) => ({ day: r.key, count: r.count })).sort((a, b) => (a.day < b.day ? -1 : 1)),
    byType: group('e.type').sort(byCount).map((r) => ({ type: r.key, count: r.count })),
    byCountry: group('e.country').sort(byCount).map((r) => ({ country: r.key, count: r.count })),
    total,
  };
}

/** Actors by number of (non-rejected) events, optionally filtered by a substring. */
export function listActorsSqlite(h: SqliteHandle, query: { q?: string; limit?: number }) {
  const params: unknown[] = [];
  let filter = '';
  const needle = query.q === undefined ? '' : foldKey(query.q);
  if (needle) {
    filter = `AND a.search LIKE ? ESCAPE '\\'`;
    params.push(`%${escapeLike(needle)}%`);
  }
  params.push(toPageLimit(query.limit));
  const rows = h.prepare(`SELECT a.name, a.actor_id AS id, a.country, count(DISTINCT a.event_seq) AS count
    FROM event_actors a JOIN events e ON e.seq = a.event_seq
    WHERE e.status <> 'rejected' ${filter}
    GROUP BY a.name, a.actor_id, a.country ORDER BY count DESC, a.name LIMIT ?`).all(...params);
  return rows as Array<{ name: string; id: string | null; country: string | null; count: number }>;
}

/** Event places by number of (non-rejected) events, optionally filtered by a substring. */
export function listPlacesSqlite(h: SqliteHandle, query: { q?: string; limit?: number }) {
  const params: unknown[] = [];
  let filter = '';
  const needle = query.q === undefined ? '' : foldKey(query.q);
  if (needle) {
    filter = `AND e.place_search LIKE ? ESCAPE '\\'`;
    params.push(`%${escapeLike(needle)}%`);
  }
  params.push(toPageLimit(query.limit));
  const rows = h.prepare(`SELECT e.place_name AS name, e.place_id AS id, e.country, e.lat, e.lon, count(*) AS count
    FROM events e WHERE e.status <> 'rejected' AND e.place_name IS NOT NULL ${filter}
    GROUP BY e.place_name, e.place_id, e.country, e.lat, e.lon ORDER BY count DESC, e.place_name LIMIT ?`).all(...params);
  return rows as Array<{ name: string; id: string | null; country: string | null; lat: number | null; lon: number | null; count: number }>;
}

interface DocumentRow {
  id: string;
  content_hash: string;
  origin: string;
  title: string | null;
  language: 'ar' | 'en';
  published: string | null;
  source: string | null;
  url: string | null;
  text: string;
  metadata: string;
  diagnostics: string;
  event_count: number;
  ingested_at: string;
}

/** A stored document without its events. */
export function getDocumentSqlite(h: SqliteHandle, id: string): StoredDocument | null {
  const r = h.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
  if (!r) return null;
  return {
    id: r.id,
    title: r.title,
    language: r.language,
    published: r.published,
    source: r.source,
    url: r.url,
    text: r.text,
    metadata: JSON.parse(r.metadata),
    diagnostics: JSON.parse(r.diagnostics),
    origin: r.origin,
    contentHash: r.content_hash,
    ingestedAt: r.ingested_at,
    eventCount: r.event_count,
  };
}

/** Recorded failures, newest first. */
export function listFailuresSqlite(h: SqliteHandle, query: { origin?: string; limit?: number }): FailureRecord[] {
  const params: unknown[] = [];
  let filter = '';
  if (query.origin !== undefined) {
    filter = 'WHERE origin = ?';
    params.push(query.origin);
  }
  params.push(toPageLimit(query.limit));
  const rows = h.prepare(`SELECT * FROM failures ${filter} ORDER BY seq DESC LIMIT ?`).all(...params) as Array<{
    origin: string; code: string; severity: FailureRecord['diagnostic']['severity']; message: string; span: string | null; at: string;
  }>;
  return rows.map((r) => ({
    origin: r.origin,
    at: r.at,
    diagnostic: r.span
      ? { code: r.code, severity: r.severity, message: r.message, span: JSON.parse(r.span) as [number, number] }
      : { code: r.code, severity: r.severity, message: r.message },
  }));
}
