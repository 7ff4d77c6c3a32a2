import { foldKey } from '../../text/index.js';
import type { Incident, MarsadEvent } from '../../types.js';
import { decodeCursor, encodeCursor, toPageLimit } from '../cursor.js';
import type { EventQuery, FailureRecord, Page, ReviewRecord, ReviewStatus, Stats, StoredDocument } from '../port.js';
import { toReviewRecord, type ReviewDbRow } from '../review-record.js';
import { buildEventWhere, buildIncidentWhere, escapeLike, type SqlDialect } from './filters.js';
import { afterCursor, toWhereClause } from './page.js';

/** What the shared read queries need from an adapter. */
export interface SqlReader {
  /** Runs a query with bound parameters and returns its rows. */
  all(sql: string, params: unknown[]): Promise<Array<Record<string, unknown>>>;
  /** A dialect that appends parameters to `params`. */
  dialect(params: unknown[]): SqlDialect;
  /** Where an event's JSON lives, for rows of `events` aliased `x`: a column and the join it needs. */
  eventJson: { column: string; join: string };
}

/** JSON columns arrive as text (SQLite) or parsed (PostgreSQL jsonb). */
export function parseJsonColumn<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

const str = (v: unknown): string => String(v);
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

async function readPage<T>(r: SqlReader, table: 'events' | 'incidents', query: EventQuery): Promise<Page<T>> {
  const params: unknown[] = [];
  const d = r.dialect(params);
  const alias = table === 'events' ? 'e' : 'i';
  const where = table === 'events' ? buildEventWhere(d, query) : buildIncidentWhere(d, query);
  if (query.cursor !== undefined) where.push(afterCursor(d, alias, decodeCursor(query.cursor)));
  const limit = toPageLimit(query.limit);
  // Sort only keys, then fetch the JSON of one page: sorting many matches stays cheap.
  const json = table === 'events' ? r.eventJson : { column: 'x.json', join: '' };
  const rows = await r.all(`SELECT ${json.column} AS json, x.sort_date, x.id FROM ${table} x ${json.join} WHERE x.seq IN (
      SELECT ${alias}.seq FROM ${table} ${alias} ${toWhereClause(where)}
      ORDER BY ${alias}.sort_date DESC, ${alias}.id LIMIT ${d.param(limit + 1)})
    ORDER BY x.sort_date DESC, x.id`, params);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map((row) => parseJsonColumn<T>(row.json)),
    next: rows.length > limit && last ? encodeCursor({ sortDate: str(last.sort_date), id: str(last.id) }) : null,
  };
}

/** One page of events in (date desc, id) order. */
export function queryEventRows(r: SqlReader, query: EventQuery): Promise<Page<MarsadEvent>> {
  return readPage<MarsadEvent>(r, 'events', query);
}

/** One page of incidents in (date desc, id) order. */
export function queryIncidentRows(r: SqlReader, query: EventQuery): Promise<Page<Incident>> {
  return readPage<Incident>(r, 'incidents', query);
}

function addCount(map: Map<string, number>, key: unknown, count: number): void {
  if (key === null || key === undefined || key === '') return;
  const k = String(key);
  map.set(k, (map.get(k) ?? 0) + count);
}

function toSortedCounts(map: Map<string, number>): Array<[string, number]> {
  return [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** Counts by day, type and location country over the events a query selects (one scan). */
export async function readStats(r: SqlReader, query: EventQuery): Promise<Stats> {
  const params: unknown[] = [];
  const where = toWhereClause(buildEventWhere(r.dialect(params), query));
  const rows = await r.all(`SELECT e.sort_date AS day, e.type, e.country, count(*) AS n FROM events e ${where}
    GROUP BY e.sort_date, e.type, e.country`, params);
  const days = new Map<string, number>();
  const types = new Map<string, number>();
  const countries = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    const n = Number(row.n);
    total += n;
    addCount(days, row.day, n);
    addCount(types, row.type, n);
    addCount(countries, row.country, n);
  }
  return {
    byDay: [...days].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([day, count]) => ({ day, count })),
    byType: toSortedCounts(types).map(([type, count]) => ({ type, count })),
    byCountry: toSortedCounts(countries).map(([country, count]) => ({ country, count })),
    total,
  };
}

function likeFilter(d: SqlDialect, column: string, q: string | undefined): string {
  const needle = q === undefined ? '' : foldKey(q);
  return needle ? `AND ${column} LIKE ${d.param(`%${escapeLike(needle)}%`)} ESCAPE '\\'` : '';
}

/** Actors by number of (non-rejected) events, optionally filtered by a substring. */
export async function readActors(r: SqlReader, query: { q?: string; limit?: number }) {
  const params: unknown[] = [];
  const d = r.dialect(params);
  const rows = await r.all(`SELECT a.name, a.actor_id AS id, a.country, count(DISTINCT a.event_seq) AS count
    FROM event_actors a
    WHERE a.event_seq NOT IN (SELECT seq FROM events WHERE status = 'rejected') ${likeFilter(d, 'a.search', query.q)}
    GROUP BY a.name, a.actor_id, a.country ORDER BY count DESC, a.name LIMIT ${d.param(toPageLimit(query.limit))}`, params);
  return rows.map((row) => ({ name: str(row.name), id: strOrNull(row.id), country: strOrNull(row.country), count: Number(row.count) }));
}

/** Event places by number of (non-rejected) events, optionally filtered by a substring. */
export async function readPlaces(r: SqlReader, query: { q?: string; limit?: number }) {
  const params: unknown[] = [];
  const d = r.dialect(params);
  const rows = await r.all(`SELECT e.place_name AS name, e.place_id AS id, e.country, e.lat, e.lon, count(*) AS count
    FROM events e WHERE e.status <> 'rejected' AND e.place_name IS NOT NULL ${likeFilter(d, 'e.place_search', query.q)}
    GROUP BY e.place_name, e.place_id, e.country, e.lat, e.lon ORDER BY count DESC, e.place_name
    LIMIT ${d.param(toPageLimit(query.limit))}`, params);
  return rows.map((row) => ({
    name: str(row.name), id: strOrNull(row.id), country: strOrNull(row.country),
    lat: numOrNull(row.lat), lon: numOrNull(row.lon), count: Number(row.count),
  }));
}

/** A stored document without its events. */
export async function readDocument(r: SqlReader, id: string): Promise<StoredDocument | null> {
  const params: unknown[] = [];
  const d = r.dialect(params);
  const row = (await r.all(`SELECT id, content_hash, origin, title, language, published, source, url, text, metadata,
    diagnostics, event_count, ingested_at FROM documents WHERE id = ${d.param(id)}`, params))[0];
  if (!row) return null;
  return {
    id: str(row.id),
    title: strOrNull(row.title),
    language: row.language === 'en' ? 'en' : 'ar',
    published: strOrNull(row.published),
    source: strOrNull(row.source),
    url: strOrNull(row.url),
    text: str(row.text),
    metadata: parseJsonColumn(row.metadata),
    diagnostics: parseJsonColumn(row.diagnostics),
    origin: str(row.origin),
    contentHash: str(row.content_hash),
    ingestedAt: str(row.ingested_at),
    eventCount: Number(row.event_count),
  };
}

/** The stored JSON of one event or incident, null when absent. */
export async function readJsonById<T>(r: SqlReader, table: 'events' | 'incidents', id: string): Promise<T | null> {
  const params: unknown[] = [];
  const json = table === 'events' ? r.eventJson : { column: 'x.json', join: '' };
  const row = (await r.all(`SELECT ${json.column} AS json FROM ${table} x ${json.join} WHERE x.id = ${r.dialect(params).param(id)}`, params))[0];
  return row ? parseJsonColumn<T>(row.json) : null;
}

/** Recorded failures, newest first. */
export async function readFailures(r: SqlReader, query: { origin?: string; limit?: number }): Promise<FailureRecord[]> {
  const params: unknown[] = [];
  const d = r.dialect(params);
  const filter = query.origin === undefined ? '' : `WHERE origin = ${d.param(query.origin)}`;
  const rows = await r.all(`SELECT origin, code, severity, message, span, at FROM failures ${filter}
    ORDER BY seq DESC LIMIT ${d.param(toPageLimit(query.limit))}`, params);
  return rows.map((row) => {
    const base = { code: str(row.code), severity: row.severity as FailureRecord['diagnostic']['severity'], message: str(row.message) };
    const span = row.span === null || row.span === undefined ? null : parseJsonColumn<[number, number]>(row.span);
    return { origin: str(row.origin), at: str(row.at), diagnostic: span ? { ...base, span } : base };
  });
}

/** Audit records, oldest first, optionally for one target. */
export async function readReviews(r: SqlReader, targetId?: string): Promise<ReviewRecord[]> {
  const params: unknown[] = [];
  const d = r.dialect(params);
  const filter = targetId === undefined ? '' : `WHERE target_id = ${d.param(targetId)}`;
  const rows = await r.all(`SELECT id, target_kind, target_id, action, reviewer, comment, changes, before, after, at
    FROM reviews ${filter} ORDER BY seq`, params);
  return rows.map((row) => toReviewRecord(row as unknown as ReviewDbRow));
}

/** Review state of an event or incident, null when neither exists. */
export async function readReviewStatus(r: SqlReader, targetId: string): Promise<ReviewStatus | null> {
  for (const table of ['events', 'incidents']) {
    const params: unknown[] = [];
    const row = (await r.all(`SELECT status FROM ${table} WHERE id = ${r.dialect(params).param(targetId)}`, params))[0];
    if (row) return row.status as ReviewStatus;
  }
  return null;
}
