import type { SourceDoc } from '../../types.js';
import { parseJobPayload, toClaimBounds, toJobHash, toJobOrigin, toJobPayload } from '../queue-doc.js';
import {
  DEFAULT_MAX_ATTEMPTS, type ClaimedJob, type EnqueueOptions, type EnqueueResult, type FailedJob, type JobError,
  type JobState, type QueueStats,
} from '../queue-types.js';
import type { SqliteHandle } from './database.js';

/**
 * The queue on SQLite. Every state change runs in a `BEGIN IMMEDIATE` transaction (SQLite's single
 * writer), so concurrent processes on one file claim disjoint jobs; leases are epoch milliseconds.
 */
export function createSqliteQueue(h: SqliteHandle) {
  const iso = (): string => new Date().toISOString();
  /** Job ids are the rowid as text; anything else names no job. */
  const rowId = (id: string): number => (/^\d{1,15}$/.test(id) ? Number(id) : -1);
  const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

  const failRow = (id: number, error: JobError, now: string): void => {
    h.prepare(`UPDATE jobs SET state = 'failed', worker_id = NULL, lease_until = NULL, error_code = ?, error_message = ?,
      updated_at = ? WHERE id = ?`).run(error.code, error.message, now, id);
  };

  return {
    enqueue(docs: SourceDoc[], options: EnqueueOptions = {}): EnqueueResult {
      const max = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
      return h.db.transaction((): EnqueueResult => {
        const now = iso();
        const insert = h.prepare(`INSERT INTO jobs (hash, origin, payload, max_attempts, enqueued_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING`);
        let queued = 0;
        for (const doc of docs) queued += insert.run(toJobHash(doc), toJobOrigin(doc), toJobPayload(doc), max, now, now).changes;
        return { queued, duplicates: docs.length - queued };
      }).immediate();
    },

    claimJobs(workerId: string, count: number, lease: number, onRejected?: (job: FailedJob) => void): ClaimedJob[] {
      const { n, leaseMs } = toClaimBounds(count, lease);
      if (n === 0) return [];
      const rejected: FailedJob[] = [];
      const jobs = h.db.transaction((): ClaimedJob[] => {
        const now = Date.now();
        const stamp = iso();
        h.prepare(`UPDATE jobs SET state = 'failed', worker_id = NULL, lease_until = NULL, error_code = 'E_TIMEOUT',
          error_message = 'lease expired on each of ' || attempts || ' attempts (worker killed or stuck)', updated_at = ?
          WHERE state IN ('pending', 'running') AND state = 'running' AND lease_until < ? AND attempts >= max_attempts`).run(stamp, now);
        const rows = h.prepare(`UPDATE jobs SET state = 'running', worker_id = ?, lease_until = ?, attempts = attempts + 1,
          error_code = NULL, error_message = NULL, updated_at = ?
          WHERE id IN (SELECT id FROM jobs
            WHERE state IN ('pending', 'running') AND attempts < max_attempts
              AND ((state = 'pending' AND run_after <= ?) OR (state = 'running' AND lease_until < ?))
            ORDER BY id LIMIT ?)
          RETURNING id, origin, payload, attempts`).all(workerId, now + leaseMs, stamp, now, now, n) as
          Array<{ id: number; origin: string; payload: string; attempts: number }>;
        const jobs: ClaimedJob[] = [];
        for (const row of rows.sort((a, b) => a.id - b.id)) {
          const parsed = parseJobPayload(row.payload);
          if (parsed.ok) jobs.push({ id: String(row.id), doc: parsed.doc, attempts: row.attempts });
          else {
            failRow(row.id, parsed.error, stamp);
            rejected.push({ id: String(row.id), origin: row.origin, attempts: row.attempts, error: parsed.error, at: stamp });
          }
        }
        return jobs;
      }).immediate();
      // After the commit: a throwing callback cannot undo the claim.
      for (const job of rejected) onRejected?.(job);
      return jobs;
    },

    renewLeases(ids: string[], workerId: string, leaseMs: number): string[] {
      if (ids.length === 0) return [];
      const rows = h.prepare(`UPDATE jobs SET lease_until = ?, updated_at = ?
        WHERE state = 'running' AND worker_id = ? AND id IN (${placeholders(ids.length)}) RETURNING id`).all(
        Date.now() + Math.max(1, leaseMs), iso(), workerId, ...ids.map(rowId),
      ) as Array<{ id: number }>;
      return rows.map((r) => String(r.id));
    },

    releaseJobs(ids: string[], workerId: string): number {
      if (ids.length === 0) return 0;
      return h.prepare(`UPDATE jobs SET state = 'pending', worker_id = NULL, lease_until = NULL,
        attempts = max(attempts - 1, 0), updated_at = ?
        WHERE state = 'running' AND worker_id = ? AND id IN (${placeholders(ids.length)})`).run(
        iso(), workerId, ...ids.map(rowId),
      ).changes;
    },

    completeJob(id: string, workerId: string): boolean {
      // The payload goes (the document is stored); the row stays as the dedupe record of the input.
      return h.prepare(`UPDATE jobs SET state = 'done', payload = '', worker_id = ?, lease_until = NULL, error_code = NULL,
        error_message = NULL, updated_at = ? WHERE id = ? AND state <> 'done'`).run(workerId, iso(), rowId(id)).changes > 0;
    },

    failJob(id: string, workerId: string, error: JobError, retry: boolean, delayMs = 0): JobState | null {
      return h.db.transaction((): JobState | null => {
        const row = h.prepare(`SELECT attempts, max_attempts FROM jobs WHERE id = ? AND state = 'running' AND worker_id = ?`)
          .get(rowId(id), workerId) as { attempts: number; max_attempts: number } | undefined;
        if (!row) return null;
        const now = iso();
        if (!retry || row.attempts >= row.max_attempts) {
          failRow(rowId(id), error, now);
          return 'failed';
        }
        h.prepare(`UPDATE jobs SET state = 'pending', worker_id = NULL, lease_until = NULL, run_after = ?, error_code = ?,
          error_message = ?, updated_at = ? WHERE id = ?`).run(Date.now() + Math.max(0, delayMs), error.code, error.message, now, rowId(id));
        return 'pending';
      }).immediate();
    },

    queueStats(): QueueStats {
      // Open and failed jobs come from their partial indexes; done ones are the rest of a plain count.
      const open = h.prepare(`SELECT count(*) FILTER (WHERE state = 'pending') AS pending,
          count(*) FILTER (WHERE state = 'running') AS running,
          count(*) FILTER (WHERE state = 'running' AND lease_until < ?) AS expired
        FROM jobs WHERE state IN ('pending', 'running')`).get(Date.now()) as { pending: number; running: number; expired: number };
      const { failed } = h.prepare(`SELECT count(*) AS failed FROM jobs WHERE state = 'failed'`).get() as { failed: number };
      const { total } = h.prepare('SELECT count(*) AS total FROM jobs').get() as { total: number };
      return { pending: open.pending, running: open.running, done: total - open.pending - open.running - failed, failed, total, expired: open.expired };
    },

    listFailedJobs(limit = 50): FailedJob[] {
      const rows = h.prepare(`SELECT id, origin, attempts, error_code, error_message, updated_at FROM jobs
        WHERE state = 'failed' ORDER BY updated_at DESC, id DESC LIMIT ?`).all(Math.max(1, limit)) as
        Array<{ id: number; origin: string; attempts: number; error_code: string | null; error_message: string | null; updated_at: string }>;
      return rows.map((r) => ({
        id: String(r.id), origin: r.origin, attempts: r.attempts,
        error: { code: r.error_code ?? 'E_INTERNAL', message: r.error_message ?? '' }, at: r.updated_at,
      }));
    },
  };
}
