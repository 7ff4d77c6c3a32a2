import { escapeLike, type Param, type SqlDialect } from '../sql/filters.js';
import type { SearchTerm } from '../search-text.js';
import type { SqliteHandle } from './database.js';

/** FTS5 MATCH expression: quoted terms AND-ed, `*` for prefix terms. */
export function toFtsMatch(terms: readonly SearchTerm[]): string {
  return terms.map((t) => `"${t.term.replace(/"/g, '""')}"${t.prefix ? '*' : ''}`).join(' ');
}

/** Trigram phrase for a substring needle (3+ characters). */
function toTrigramMatch(needle: string): string {
  return `"${needle.replace(/"/g, '""')}"`;
}

/**
 * Below this many matches a set filter drives the query (`e.seq IN (…)`: fetch and sort the
 * matches); above it, walking the date index and testing each row finds a page sooner.
 */
function toBroadThreshold(h: SqliteHandle): number {
  const max = (h.prepare('SELECT max(seq) AS n FROM events').get() as { n: number | null }).n ?? 0;
  return Math.min(20_000, Math.max(1_000, Math.round(Math.sqrt(100 * max))));
}

/**
 * A SQLite dialect collecting positional parameters into `params`. With a handle, set filters
 * pick their plan from a capped count of their matches (SQLite has no statistics to do it).
 */
export function createSqliteDialect(params: unknown[], h?: SqliteHandle, fixedThreshold?: number): SqlDialect {
  const param: Param = (value) => {
    params.push(value);
    return '?';
  };
  let threshold: number | undefined;
  const isBroad = (sql: string, subParams: unknown[]): boolean => {
    if (!h) return false;
    threshold ??= fixedThreshold ?? toBroadThreshold(h);
    const row = h.prepare(`SELECT count(*) AS n FROM (${sql} LIMIT ${threshold})`).get(...subParams) as { n: number };
    return row.n >= threshold;
  };
  const collect = (build: (p: Param) => string): { sql: string; values: unknown[] } => {
    const values: unknown[] = [];
    const sql = build((v) => {
      values.push(v);
      return '?';
    });
    return { sql, values };
  };
  /** `estimate` (default: the subquery) is counted, capped, to choose the plan. */
  const choose = (
    subquery: (p: Param) => string,
    probe: ((p: Param) => string) | undefined,
    estimate: (p: Param) => string = subquery,
  ): string => {
    const counted = collect(estimate);
    if (!isBroad(counted.sql, counted.values)) {
      const sub = collect(subquery);
      params.push(...sub.values);
      return `e.seq IN (${sub.sql})`;
    }
    if (probe) return probe(param);
    const sub = collect(subquery);
    params.push(...sub.values);
    // Unary + keeps SQLite from driving the query by this set: it walks the order index instead.
    return `+e.seq IN (${sub.sql})`;
  };
  const eventSet: SqlDialect['eventSet'] = (subquery, probe) => choose(subquery, probe);
  return {
    param,
    eventSet,
    text: (terms) => {
      const match = toFtsMatch(terms);
      const inEvents = (p: Param): string => `SELECT rowid FROM events_fts WHERE events_fts MATCH ${p(match)}`;
      const inDocuments = (p: Param): string => `SELECT rowid FROM documents_fts WHERE documents_fts MATCH ${p(match)}`;
      return choose(
        (p) => `${inEvents(p)} UNION SELECT x.seq FROM events x WHERE x.doc_seq IN (${inDocuments(p)})`,
        // Two rowid lists straight from the FTS doclists: no join to map documents to events.
        (p) => `(+e.seq IN (${inEvents(p)}) OR +e.doc_seq IN (${inDocuments(p)}))`,
        // Counting the doclists alone is cheap; documents stand in for their events.
        (p) => `${inEvents(p)} UNION ALL ${inDocuments(p)}`,
      );
    },
    actorSubquery: (needle, p) =>
      [...needle].length >= 3
        ? `SELECT rowid FROM actors_fts WHERE actors_fts MATCH ${p(toTrigramMatch(needle))}`
        : `SELECT a.event_seq FROM event_actors a WHERE a.search LIKE ${p(`%${escapeLike(needle)}%`)} ESCAPE '\\'`,
    box: (alias, west, south, east, north) => {
      const exact = (p: Param): string =>
        `${alias}.lon BETWEEN ${p(west)} AND ${p(east)} AND ${alias}.lat BETWEEN ${p(south)} AND ${p(north)}`;
      if (alias !== 'e') return `(${exact(param)})`;
      // The R*Tree stores float32 boxes rounded outwards: it narrows, the columns decide.
      const inBox = eventSet(
        (p) => `SELECT id FROM events_rtree WHERE max_lon >= ${p(west)} AND min_lon <= ${p(east)} ` +
          `AND max_lat >= ${p(south)} AND min_lat <= ${p(north)}`,
        () => '1 = 1',
      );
      return `(${inBox} AND ${exact(param)})`;
    },
  };
}
