import { foldKey } from '../../text/index.js';
import type { EventQuery } from '../port.js';
import { toSearchTerms, type SearchTerm } from '../search-text.js';

/** Adds a bound parameter and returns its placeholder. */
export type Param = (value: unknown) => string;

/** What differs between SQL dialects when filtering events. */
export interface SqlDialect {
  /** Adds a bound parameter and returns its placeholder (`?` or `$n`). */
  param: Param;
  /**
   * "Event `e` is among the rows `subquery` selects" (a SELECT of event seqs). `probe` is an
   * equivalent per-row test an adapter may prefer when the subquery selects many rows.
   */
  eventSet(subquery: (p: Param) => string, probe?: (p: Param) => string): string;
  /** Events (alias `e`) whose own text or document text matches all terms. */
  text(terms: SearchTerm[]): string;
  /** A SELECT of the seqs of events with an actor whose folded search text contains `needle`. */
  actorSubquery(needle: string, p: Param): string;
  /** Rows of `alias` (with lat/lon columns, and `seq` for events) inside one longitude band. */
  box(alias: string, west: number, south: number, east: number, north: number): string;
}

/** Escapes LIKE wildcards; use with `ESCAPE '\'`. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function inList(d: SqlDialect, column: string, values: readonly string[]): string {
  return `${column} IN (${values.map((v) => d.param(v)).join(', ')})`;
}

/** A `to` bound compared as text: a month or year is widened to its last day. */
export function toUpperDate(to: string): string {
  if (/^\d{4}$/.test(to)) return `${to}-12-31`;
  if (/^\d{4}-\d{2}$/.test(to)) return `${to}-31`;
  return to.slice(0, 10);
}

function bboxCondition(d: SqlDialect, alias: string, bbox: NonNullable<EventQuery['bbox']>): string {
  const [west, south, east, north] = bbox;
  if (west <= east) return d.box(alias, west, south, east, north);
  // Crosses the antimeridian: two bands.
  return `(${d.box(alias, west, south, 180, north)} OR ${d.box(alias, -180, south, east, north)})`;
}

/** Builds the "has an actor from one of these countries" condition. */
type ActorCountrySql = (d: SqlDialect, actors: readonly string[]) => string;

const eventActorCountry = (d: SqlDialect, actors: readonly string[]): string =>
  d.eventSet(
    (p) => `SELECT a.event_seq FROM event_actors a WHERE a.country IN (${actors.map(p).join(', ')})`,
    (p) => `EXISTS (SELECT 1 FROM event_actors a WHERE a.event_seq = e.seq AND a.country IN (${actors.map(p).join(', ')}))`,
  );
const incidentActorCountry: ActorCountrySql = (d, actors) =>
  `i.id IN (SELECT e.incident_id FROM events e JOIN event_actors a ON a.event_seq = e.seq WHERE ${inList(d, 'a.country', actors)})`;

/** Two-letter codes match the location country, longer codes (ISO3) an actor's country; OR-ed. */
function countryCondition(d: SqlDialect, alias: string, countries: readonly string[], actorSql: ActorCountrySql): string | null {
  const upper = countries.map((c) => c.trim().toUpperCase()).filter((c) => c.length > 0);
  if (upper.length === 0) return null;
  const places = upper.filter((c) => c.length === 2);
  const actors = upper.filter((c) => c.length !== 2);
  const parts: string[] = [];
  if (places.length > 0) parts.push(inList(d, `${alias}.country`, places));
  if (actors.length > 0) parts.push(actorSql(d, actors));
  return parts.length === 1 ? (parts[0] ?? null) : `(${parts.join(' OR ')})`;
}

/** Conditions on the date/type/place columns that events and incidents share. */
function commonConditions(d: SqlDialect, alias: string, q: EventQuery, actorSql: ActorCountrySql): string[] {
  const where: string[] = [];
  if (q.includeRejected !== true) where.push(`${alias}.status <> 'rejected'`);
  if (q.from) where.push(`${alias}.date_last >= ${d.param(q.from.slice(0, 10))}`);
  if (q.to) where.push(`${alias}.sort_date <> '' AND ${alias}.sort_date <= ${d.param(toUpperDate(q.to))}`);
  if (q.type && q.type.length > 0) where.push(inList(d, `${alias}.type`, q.type));
  if (q.acledType && q.acledType.length > 0) where.push(inList(d, `${alias}.acled_type`, q.acledType));
  if (q.country) {
    const c = countryCondition(d, alias, q.country, actorSql);
    if (c) where.push(c);
  }
  if (q.bbox) where.push(bboxCondition(d, alias, q.bbox));
  return where;
}

/** Conditions only events have columns for (actors, text, document, incident). */
function eventOnlyConditions(d: SqlDialect, q: EventQuery): string[] {
  const where: string[] = [];
  if (q.actor !== undefined) {
    const needle = foldKey(q.actor);
    if (needle.length > 0) {
      const pattern = `%${escapeLike(needle)}%`;
      where.push(d.eventSet(
        (p) => d.actorSubquery(needle, p),
        (p) => `EXISTS (SELECT 1 FROM event_actors a WHERE a.event_seq = e.seq AND a.search LIKE ${p(pattern)} ESCAPE '\\')`,
      ));
    }
  }
  if (q.q !== undefined) {
    const terms = toSearchTerms(q.q);
    if (terms.length > 0) where.push(d.text(terms));
  }
  if (q.documentId !== undefined) where.push(`e.document_id = ${d.param(q.documentId)}`);
  return where;
}

/** WHERE conditions (AND-ed) selecting events (alias `e`) that match a query. */
export function buildEventWhere(d: SqlDialect, q: EventQuery): string[] {
  const where = commonConditions(d, 'e', q, eventActorCountry);
  where.push(...eventOnlyConditions(d, q));
  if (q.incidentId !== undefined) where.push(`e.incident_id = ${d.param(q.incidentId)}`);
  return where;
}

/**
 * WHERE conditions selecting incidents (alias `i`): date, type and place filters apply to the
 * incident itself; actor, text and document filters to any of its events.
 */
export function buildIncidentWhere(d: SqlDialect, q: EventQuery): string[] {
  const where = commonConditions(d, 'i', q, incidentActorCountry);
  const eventQuery: EventQuery = { includeRejected: true };
  if (q.actor !== undefined) eventQuery.actor = q.actor;
  if (q.q !== undefined) eventQuery.q = q.q;
  if (q.documentId !== undefined) eventQuery.documentId = q.documentId;
  const eventWhere = eventOnlyConditions(d, eventQuery);
  if (eventWhere.length > 0) {
    where.push(`i.id IN (SELECT e.incident_id FROM events e WHERE e.incident_id IS NOT NULL AND ${eventWhere.join(' AND ')})`);
  }
  if (q.incidentId !== undefined) where.push(`i.id = ${d.param(q.incidentId)}`);
  return where;
}
