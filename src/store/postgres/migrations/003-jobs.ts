/**
 * The work queue (see the SQLite migration of the same name). Times come from the server clock, so
 * workers on different machines agree on when a lease runs out.
 */
export const sql = `
CREATE TABLE jobs (
  id BIGSERIAL PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  payload TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  max_attempts INTEGER NOT NULL,
  worker_id TEXT,
  lease_until TIMESTAMPTZ,
  run_after TIMESTAMPTZ NOT NULL DEFAULT now(),
  error_code TEXT,
  error_message TEXT,
  enqueued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX jobs_open ON jobs (id) WHERE state IN ('pending', 'running');
CREATE INDEX jobs_failed ON jobs (updated_at) WHERE state = 'failed';
`;
