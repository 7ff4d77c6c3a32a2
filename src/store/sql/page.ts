import type { CursorKey } from '../cursor.js';
import type { SqlDialect } from './filters.js';

/** Keyset condition for "after this cursor" in (sort_date DESC, id ASC) order. */
export function afterCursor(d: SqlDialect, alias: string, key: CursorKey): string {
  // The leading `<=` bounds the index range; the OR alone would defeat it on PostgreSQL.
  const bound = d.param(key.sortDate);
  const date = d.param(key.sortDate);
  const id = d.param(key.id);
  return `${alias}.sort_date <= ${bound} AND (${alias}.sort_date < ${date} OR ${alias}.id > ${id})`;
}

/** Joins conditions into a WHERE clause ('' when there are none). */
export function toWhereClause(conditions: readonly string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
}
