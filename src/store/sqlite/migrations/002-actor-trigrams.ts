/**
 * Actor substring search through an FTS5 trigram index (one row per event, rowid = event seq):
 * `LIKE '%needle%'` over event_actors scans the table; a trigram phrase query does not.
 */
export const sql = `
CREATE VIRTUAL TABLE actors_fts USING fts5 (body, tokenize = 'trigram', content = '', contentless_delete = 1);
INSERT INTO actors_fts (rowid, body)
  SELECT event_seq, group_concat(search, ' || ') FROM event_actors GROUP BY event_seq;
DROP TRIGGER events_after_delete;
CREATE TRIGGER events_after_delete AFTER DELETE ON events BEGIN
  DELETE FROM events_rtree WHERE id = old.seq;
  DELETE FROM events_fts WHERE rowid = old.seq;
  DELETE FROM actors_fts WHERE rowid = old.seq;
END;
`;
