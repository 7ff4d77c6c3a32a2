import type pg from 'pg';
import type { SourceDoc } from '../../types.js';
import { parseJobPayload, toClaimBounds, toJobHash, toJobOrigin, toJobPayload } from '../queue-doc.js';
import {
  DEFAULT_MAX_ATTEMPTS, type ClaimedJob, type EnqueueOptions, type EnqueueResult, type FailedJob, type JobError,
  type JobState, type QueueStats,
} from '../queue-types.js';
import { inTransaction } from './pool.js';

const CHUNK = 1000;
/** Job ids are BIGSERIAL values as text; anything else names no job (and must not reach a ::bigint cast). */
const isJobId = (id: string): boolean => /^\d{1,18}$/.test(id);

const FAIL_SET = `state = 'failed', worker_id = NULL, lease_until = NULL, updated_at = now()`;

/**
 * The queue on PostgreSQL: a claim is one statement that locks its candidates with
 * `FOR UPDATE SKIP LOCKED`, so workers on any number of machines never take the same job; leases use
 * the server clock.
 */
export function createPostgresQueue(pool: pg.Pool) {
  return {
    async enqueue(docs: SourceDoc[], options: EnqueueOptions = {}): Promise<EnqueueResult> {
      const max = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
      if (docs.length === 0) return { queued: 0, duplicates: 0 };
      const queued = await inTransaction(pool, async (c) => {
        let count = 0;
        for (let i = 0; i < docs.length; i += CHUNK) {
          const chunk = docs.slice(i, i + CHUNK);
          // WITH ORDINALITY … ORDER BY keeps queue order = input order.
          const result = await c.query(`INSERT INTO jobs (hash, origin, payload, max_attempts)
            SELECT h, o, p, $4 FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(h, o, p, n)
            ORDER BY n ON CONFLICT (hash) DO NOTHING`,
          [chunk.map(toJobHash), chunk.map(toJobOrigin), chunk.map(toJobPayload), max]);
          count += result.rowCount ?? 0;
        }
        return count;
      });
      return { queued, duplicates: docs.length - queued };
    },

    async claimJobs(workerId: string, count: number, lease: number, onRejected?: (job: FailedJob) => void): Promise<ClaimedJob[]> {
      const { n, leaseMs } = toClaimBounds(count, lease);
      if (n === 0) return [];
      // The CTE retires jobs whose lease ran out on their last attempt; the claim never takes those.
      const result = await pool.query<{ id: string; origin: string; payload: string; attempts: number }>(`
        WITH retired AS (
          UPDATE jobs SET ${FAIL_SET}, error_code = 'E_TIMEOUT',
            error_message = 'lease expired on each of ' || attempts || ' attempts (worker killed or stuck)'
          WHERE state = 'running' AND lease_until < now() AND attempts >= max_attempts
          RETURNING id)
        UPDATE jobs SET state = 'running', worker_id = $1, lease_until = now() + $2 * interval '1 millisecond',
          attempts = attempts + 1, error_code = NULL, error_message = NULL, updated_at = now()
        WHERE id IN (
          SELECT id FROM jobs
          WHERE state IN ('pending', 'running') AND attempts < max_attempts
            AND ((state = 'pending' AND run_after <= now()) OR (state = 'running' AND lease_until < now()))
          ORDER BY id
          FOR UPDATE SKIP LOCKED
          LIMIT $3)
        RETURNING id, origin, payload, attempts`, [workerId, leaseMs, n]);
      const jobs: ClaimedJob[] = [];
      for (const row of result.rows.sort((a, b) => Number(a.id) - Number(b.id))) {
        const parsed = parseJobPayload(row.payload);
        if (parsed.ok) jobs.push({ id: String(row.id), doc: parsed.doc, attempts: row.attempts });
        else {
          await failRow(pool, String(row.id), workerId, parsed.error);
          onRejected?.({ id: String(row.id), origin: row.origin, attempts: row.attempts, error: parsed.error, at: new Date().toISOString() });
        }
      }
      return jobs;
    },

    async renewLeases(ids: string[], workerId: string, leaseMs: number): Promise<string[]> {
      const valid = ids.filter(isJobId);
      if (valid.length === 0) return [];
      const result = await pool.query<{ id: string }>(`UPDATE jobs SET lease_until = now() + $3 * interval '1 millisecond',
        updated_at = now() WHERE state = 'running' AND worker_id = $2 AND id = ANY($1::bigint[]) RETURNING id`,
      [valid, workerId, Math.max(1, Math.floor(leaseMs))]);
      return result.rows.map((r) => String(r.id));
    },

    async releaseJobs(ids: string[], workerId: string): Promise<number> {
      const valid = ids.filter(isJobId);
      if (valid.length === 0) return 0;
      const result = await pool.query(`UPDATE jobs SET state = 'pending', worker_id = NULL, lease_until = NULL,
        attempts = greatest(attempts - 1, 0), updated_at = now()
        WHERE state = 'running' AND worker_id = $2 AND id = ANY($1::bigint[])`, [valid, workerId]);
      return result.rowCount ?? 0;
    },

    async completeJob(id: string, workerId: string): Promise<boolean> {
      if (!isJobId(id)) return false;
      // The payload goes (the document is stored); the row stays as the dedupe record of the input.
      const result = await pool.query(`UPDATE jobs SET state = 'done', payload = '', worker_id = $2, lease_until = NULL, error_code = NULL,
        error_message = NULL, updated_at = now() WHERE id = $1 AND state <> 'done'`, [id, workerId]);
      return (result.rowCount ?? 0) > 0;
    },

    async failJob(id: string, workerId: string, error: JobError, retry: boolean, delayMs = 0): Promise<JobState | null> {
      if (!isJobId(id)) return null;
      const result = await pool.query<{ state: JobState }>(`UPDATE jobs SET
          state = CASE WHEN $5 AND attempts < max_attempts THEN 'pending' ELSE 'failed' END,
          run_after = CASE WHEN $5 AND attempts < max_attempts THEN now() + $6 * interval '1 millisecond' ELSE run_after END,
          worker_id = NULL, lease_until = NULL, error_code = $3, error_message = $4, updated_at = now()
        WHERE id = $1 AND state = 'running' AND worker_id = $2 RETURNING state`,
      [id, workerId, error.code, error.message, retry, Math.max(0, Math.floor(delayMs))]);
      return result.rows[0]?.state ?? null;
    },

    async queueStats(): Promise<QueueStats> {
      const result = await pool.query<QueueStats>(`SELECT
          count(*) FILTER (WHERE state = 'pending')::int AS pending,
          count(*) FILTER (WHERE state = 'running')::int AS running,
          count(*) FILTER (WHERE state = 'done')::int AS done,
          count(*) FILTER (WHERE state = 'failed')::int AS failed,
          count(*) FILTER (WHERE state = 'running' AND lease_until < now())::int AS expired,
          count(*)::int AS total
        FROM jobs`);
      const row = result.rows[0];
      return row ? { ...row } : { pending: 0, running: 0, done: 0, failed: 0, total: 0, expired: 0 };
    },

    async listFailedJobs(limit = 50): Promise<FailedJob[]> {
      const result = await pool.query<{ id: string; origin: string; attempts: number; error_code: string | null; error_message: string | null; updated_at: Date }>(
        `SELECT id, origin, attempts, error_code, error_message, updated_at FROM jobs WHERE state = 'failed'
        ORDER BY updated_at DESC, id DESC LIMIT $1`, [Math.max(1, limit)]);
      return result.rows.map((r) => ({
        id: String(r.id), origin: r.origin, attempts: r.attempts,
        error: { code: r.error_code ?? 'E_INTERNAL', message: r.error_message ?? '' }, at: r.updated_at.toISOString(),
      }));
    },
  };
}

async function failRow(pool: pg.Pool, id: string, workerId: string, error: JobError): Promise<void> {
  await pool.query(`UPDATE jobs SET ${FAIL_SET}, error_code = $3, error_message = $4 WHERE id = $1 AND worker_id = $2`,
    [id, workerId, error.code, error.message]);
}
