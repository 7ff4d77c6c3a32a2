import { escapeLike, type Param, type SqlDialect } from '../sql/filters.js';
import type { SearchTerm } from '../search-text.js';

/**
 * A tsquery literal AND-ing quoted lexemes (`:*` for prefix terms). Terms are letters and digits
 * only (see search-text.ts); quotes and backslashes are escaped anyway.
 */
export function toTsQuery(terms: readonly SearchTerm[]): string {
  return terms.map((t) => `'${t.term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${t.prefix ? ':*' : ''}`).join(' & ');
}

/** A PostgreSQL dialect collecting `$n` parameters into `params` (its planner picks plans itself). */
export function createPostgresDialect(params: unknown[]): SqlDialect {
  const param: Param = (value) => {
    params.push(value);
    return `$${params.length}`;
  };
  return {
    param,
    eventSet: (subquery) => `e.seq IN (${subquery(param)})`,
    text: (terms) => {
      const query = param(toTsQuery(terms));
      return `e.seq IN (SELECT x.seq FROM events x WHERE x.fts @@ ${query}::tsquery UNION ` +
        `SELECT x.seq FROM events x JOIN documents d ON d.id = x.document_id WHERE d.fts @@ ${query}::tsquery)`;
    },
    actorSubquery: (needle, p) =>
      `SELECT a.event_seq FROM event_actors a WHERE a.search LIKE ${p(`%${escapeLike(needle)}%`)} ESCAPE '\\'`,
    box: (alias, west, south, east, north) => {
      const w = param(west);
      const s = param(south);
      const e = param(east);
      const n = param(north);
      // The GiST index answers `<@` (with a float tolerance); the BETWEENs make the edges exact.
      return `(point(${alias}.lon, ${alias}.lat) <@ box(point(${w}, ${s}), point(${e}, ${n}))` +
        ` AND ${alias}.lon BETWEEN ${w} AND ${e} AND ${alias}.lat BETWEEN ${s} AND ${n})`;
    },
  };
}
