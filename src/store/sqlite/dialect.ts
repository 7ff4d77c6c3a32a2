import type { SqlDialect } from '../sql/filters.js';
import type { SearchTerm } from '../search-text.js';

/** FTS5 MATCH expression: quoted terms AND-ed, `*` for prefix terms. */
export function toFtsMatch(terms: readonly SearchTerm[]): string {
  return terms.map((t) => `"${t.term.replace(/"/g, '""')}"${t.prefix ? '*' : ''}`).join(' ');
}

/** A SQLite dialect collecting positional parameters into `params`. */
export function createSqliteDialect(params: unknown[]): SqlDialect {
  const param = (value: unknown): string => {
    params.push(value);
    return '?';
  };
  return {
    param,
    eventText: (terms) => `e.seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ${param(toFtsMatch(terms))})`,
    documentText: (terms) =>
      `e.document_id IN (SELECT d.id FROM documents d WHERE d.seq IN ` +
      `(SELECT rowid FROM documents_fts WHERE documents_fts MATCH ${param(toFtsMatch(terms))}))`,
    box: (alias, west, south, east, north) => {
      // Placeholders are positional: build the SQL strictly left to right.
      const exact = (): string =>
        `${alias}.lon BETWEEN ${param(west)} AND ${param(east)} AND ${alias}.lat BETWEEN ${param(south)} AND ${param(north)}`;
      if (alias !== 'e') return `(${exact()})`;
      // The R*Tree stores float32 boxes rounded outwards: use it to narrow, the columns to decide.
      const rtree = `e.seq IN (SELECT id FROM events_rtree WHERE max_lon >= ${param(west)} AND min_lon <= ${param(east)} ` +
        `AND max_lat >= ${param(south)} AND min_lat <= ${param(north)})`;
      return `(${rtree} AND ${exact()})`;
    },
  };
}
