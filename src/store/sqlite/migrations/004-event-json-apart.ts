/**
 * Event JSON moves to its own table: event rows shrink from ~2 KB to ~150 bytes, so the scans
 * behind stats, listings and per-row filter plans read an order of magnitude fewer pages.
 */
export const sql = `
CREATE TABLE event_json (
  seq INTEGER PRIMARY KEY REFERENCES events(seq) ON DELETE CASCADE,
  json TEXT NOT NULL
);
INSERT INTO event_json (seq, json) SELECT seq, json FROM events;
ALTER TABLE events DROP COLUMN json;
`;
