/** Documents, events with one indexed column per filter, actors, incidents, reviews, failures. */
export const sql = `
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  title TEXT,
  language TEXT NOT NULL,
  published TEXT,
  source TEXT,
  url TEXT,
  text TEXT NOT NULL,
  metadata TEXT NOT NULL,
  diagnostics TEXT NOT NULL,
  event_count INTEGER NOT NULL DEFAULT 0,
  ingested_at TEXT NOT NULL
);

CREATE TABLE events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  incident_id TEXT,
  type TEXT NOT NULL,
  acled_type TEXT,
  sort_date TEXT NOT NULL,
  date_last TEXT,
  country TEXT,
  lat REAL,
  lon REAL,
  place_name TEXT,
  place_name_ar TEXT,
  place_id TEXT,
  place_search TEXT,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'rejected')),
  json TEXT NOT NULL
);
CREATE INDEX events_order ON events (sort_date DESC, id);
CREATE INDEX events_type ON events (type, sort_date DESC, id);
CREATE INDEX events_acled ON events (acled_type, sort_date DESC, id);
CREATE INDEX events_country ON events (country, sort_date DESC, id);
CREATE INDEX events_date_last ON events (date_last);
CREATE INDEX events_document ON events (document_id);
CREATE INDEX events_incident ON events (incident_id) WHERE incident_id IS NOT NULL;
CREATE INDEX events_place ON events (place_id, place_name);

CREATE TABLE event_actors (
  event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
  name TEXT NOT NULL,
  name_ar TEXT,
  actor_id TEXT,
  country TEXT,
  search TEXT NOT NULL
);
CREATE INDEX event_actors_event ON event_actors (event_seq);
CREATE INDEX event_actors_country ON event_actors (country, event_seq);
CREATE INDEX event_actors_id ON event_actors (actor_id, event_seq);

CREATE VIRTUAL TABLE events_rtree USING rtree (id, min_lon, max_lon, min_lat, max_lat);
CREATE VIRTUAL TABLE events_fts USING fts5 (body, content = '', contentless_delete = 1);
CREATE VIRTUAL TABLE documents_fts USING fts5 (body, content = '', contentless_delete = 1);

CREATE TRIGGER events_after_delete AFTER DELETE ON events BEGIN
  DELETE FROM events_rtree WHERE id = old.seq;
  DELETE FROM events_fts WHERE rowid = old.seq;
END;
CREATE TRIGGER documents_after_delete AFTER DELETE ON documents BEGIN
  DELETE FROM documents_fts WHERE rowid = old.seq;
END;

CREATE TABLE incidents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  acled_type TEXT,
  sort_date TEXT NOT NULL,
  date_last TEXT,
  country TEXT,
  lat REAL,
  lon REAL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'rejected')),
  json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX incidents_order ON incidents (sort_date DESC, id);
CREATE INDEX incidents_type ON incidents (type, sort_date DESC, id);
CREATE INDEX incidents_country ON incidents (country, sort_date DESC, id);
CREATE INDEX incidents_lat_lon ON incidents (lat, lon);

CREATE TABLE reviews (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('event', 'incident')),
  target_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('confirm', 'reject', 'correct')),
  reviewer TEXT NOT NULL,
  comment TEXT,
  changes TEXT,
  before TEXT NOT NULL,
  after TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX reviews_target ON reviews (target_id, seq);

CREATE TABLE failures (
  seq INTEGER PRIMARY KEY,
  origin TEXT NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL,
  span TEXT,
  at TEXT NOT NULL
);
CREATE INDEX failures_origin ON failures (origin);
`;
