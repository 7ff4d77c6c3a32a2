/**
 * The PostgreSQL form of the SQLite schema: same tables and columns, tsvector columns for full
 * text (lexemes are our own normalised tokens, so no text-search configuration is involved),
 * GiST point indexes for bbox, "C" collation on sort keys so keyset order is byte order.
 */
export const sql = `
CREATE TABLE documents (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  title TEXT,
  language TEXT NOT NULL,
  published TEXT,
  source TEXT,
  url TEXT,
  text TEXT NOT NULL,
  metadata JSONB NOT NULL,
  diagnostics JSONB NOT NULL,
  event_count INTEGER NOT NULL DEFAULT 0,
  fts TSVECTOR NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_fts ON documents USING gin (fts);

CREATE TABLE events (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT COLLATE "C" NOT NULL UNIQUE,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  incident_id TEXT,
  type TEXT NOT NULL,
  acled_type TEXT,
  sort_date TEXT COLLATE "C" NOT NULL,
  date_last TEXT COLLATE "C",
  country TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  place_name TEXT,
  place_name_ar TEXT,
  place_id TEXT,
  place_search TEXT,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'rejected')),
  fts TSVECTOR NOT NULL,
  json JSONB NOT NULL
);
CREATE INDEX events_order ON events (sort_date DESC, id);
CREATE INDEX events_type ON events (type, sort_date DESC, id);
CREATE INDEX events_acled ON events (acled_type, sort_date DESC, id);
CREATE INDEX events_country ON events (country, sort_date DESC, id);
CREATE INDEX events_date_last ON events (date_last);
CREATE INDEX events_document ON events (document_id);
CREATE INDEX events_incident ON events (incident_id) WHERE incident_id IS NOT NULL;
CREATE INDEX events_place ON events (place_id, place_name);
CREATE INDEX events_point ON events USING gist (point(lon, lat));
CREATE INDEX events_fts ON events USING gin (fts);

CREATE TABLE event_actors (
  event_seq BIGINT NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
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

CREATE TABLE incidents (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT COLLATE "C" NOT NULL UNIQUE,
  type TEXT NOT NULL,
  acled_type TEXT,
  sort_date TEXT COLLATE "C" NOT NULL,
  date_last TEXT COLLATE "C",
  country TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'rejected')),
  json JSONB NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX incidents_order ON incidents (sort_date DESC, id);
CREATE INDEX incidents_type ON incidents (type, sort_date DESC, id);
CREATE INDEX incidents_country ON incidents (country, sort_date DESC, id);
CREATE INDEX incidents_point ON incidents USING gist (point(lon, lat));

CREATE TABLE reviews (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('event', 'incident')),
  target_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('confirm', 'reject', 'correct')),
  reviewer TEXT NOT NULL,
  comment TEXT,
  changes JSONB,
  before JSONB NOT NULL,
  after JSONB NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX reviews_target ON reviews (target_id, seq);

CREATE TABLE failures (
  seq BIGSERIAL PRIMARY KEY,
  origin TEXT NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL,
  span JSONB,
  at TEXT NOT NULL
);
CREATE INDEX failures_origin ON failures (origin);

-- Substring search on actor and place names: trigram indexes when pg_trgm is available.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX event_actors_search ON event_actors USING gin (search gin_trgm_ops);
  CREATE INDEX events_place_search ON events USING gin (place_search gin_trgm_ops);
EXCEPTION WHEN others THEN
  RAISE NOTICE 'pg_trgm unavailable: actor and place substring search will scan';
END $$;
`;
