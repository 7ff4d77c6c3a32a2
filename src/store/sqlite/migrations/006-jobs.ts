/**
 * The work queue: one row per distinct input (hash of title + body). Times are epoch milliseconds:
 * `lease_until` ends a running job's lease, `run_after` delays a retried pending job.
 */
export const sql = `
CREATE TABLE jobs (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  payload TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  max_attempts INTEGER NOT NULL,
  worker_id TEXT,
  lease_until INTEGER,
  run_after INTEGER NOT NULL DEFAULT 0,
  error_code TEXT,
  error_message TEXT,
  enqueued_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX jobs_open ON jobs (state, id) WHERE state IN ('pending', 'running');
CREATE INDEX jobs_failed ON jobs (updated_at) WHERE state = 'failed';
`;
