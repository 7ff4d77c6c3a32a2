import { MarsadError } from '../errors.js';
import type { Extractor } from '../pipeline/run.js';
import type { ClaimedJob, FailedJob, JobError, JobState, Store } from '../store/port.js';
import { ingestAll } from './ingest.js';
import { createOutageGuard, isTransientStoreError, sleep, type OutageNotice } from './outage.js';

export interface WorkerOptions {
  store: Store;
  extract: Extractor;
  /** Names this worker in leases; unique per running worker. */
  workerId: string;
  /** Jobs claimed per round trip (default 10). */
  batch?: number;
  /** Lease per claim, renewed while the batch is worked (default 60 s). */
  leaseMs?: number;
  /** Wait between claims when the queue has nothing due (default 1 s). */
  pollMs?: number;
  /** Work one claimed batch, then return. */
  once?: boolean;
  /** Return once nothing is pending or running anywhere (otherwise wait for work forever). */
  idleExit?: boolean;
  /** Cluster new events into incidents (default true). */
  incidents?: boolean;
  /** Stop requested: the current job is finished, unstarted claimed jobs are released, then it returns. */
  signal?: AbortSignal;
  /** How long the database may stay unreachable before the worker gives up (default 10 min). */
  outageLimitMs?: number;
  onEvent?: (event: WorkerEvent) => void;
  /** Called after each job with the running totals. */
  onProgress?: (summary: WorkerSummary) => void;
}

export type WorkerEvent =
  | { kind: 'done'; job: ClaimedJob; status: 'inserted' | 'unchanged'; documentId: string; events: number }
  /** `state`: 'pending' = will be retried, 'failed' = for good, null = another worker holds it now. */
  | { kind: 'failed'; jobId: string; origin: string; attempts: number; error: JobError; state: JobState | null }
  | { kind: 'lost'; jobIds: string[] }
  | { kind: 'released'; count: number }
  | OutageNotice;

export interface WorkerSummary {
  claimed: number;
  done: number;
  inserted: number;
  unchanged: number;
  events: number;
  /** Jobs failed for good by this worker. */
  failed: number;
  /** Failed attempts put back for a retry. */
  retried: number;
  /** Claimed jobs another worker took over after this one's lease ran out. */
  lost: number;
  released: number;
}

/** Base delay of a retried job; doubles per attempt, capped at a minute. */
const RETRY_BASE_MS = 1_000;

/**
 * Runs a queue worker: claims batches, extracts and stores each job through the same path as
 * `ingestAll` (storage is idempotent by content hash, so a job retried after a crash that had
 * already stored its document is `unchanged`), then completes it. An input error fails the job for
 * good; any other error retries it with backoff; a lost database connection is waited out without
 * giving up the job in hand.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const { store, workerId, signal } = options;
  const batch = Math.max(1, options.batch ?? 10);
  const leaseMs = Math.max(100, options.leaseMs ?? 60_000);
  const pollMs = Math.max(10, options.pollMs ?? 1_000);
  const emit = (event: WorkerEvent): void => options.onEvent?.(event);
  const persist = createOutageGuard({ limitMs: options.outageLimitMs ?? 600_000, signal, onNotice: emit });
  const summary: WorkerSummary = { claimed: 0, done: 0, inserted: 0, unchanged: 0, events: 0, failed: 0, retried: 0, lost: 0, released: 0 };
  const stopping = (): boolean => signal?.aborted === true;

  while (!stopping()) {
    const jobs = await persist('claim jobs', () => store.claimJobs(workerId, batch, leaseMs, onRejected));
    if (jobs.length === 0) {
      if (options.once) break;
      if (options.idleExit) {
        const stats = await persist('queue stats', () => store.queueStats());
        if (stats.pending === 0 && stats.running === 0) break;
      }
      await sleep(pollMs, signal);
      continue;
    }
    summary.claimed += jobs.length;
    await workBatch(jobs);
    if (options.once) break;
  }
  return summary;

  /** A queued payload the claim found malformed: failed for good by the store. */
  function onRejected(job: FailedJob): void {
    summary.failed += 1;
    emit({ kind: 'failed', jobId: job.id, origin: job.origin, attempts: job.attempts, error: job.error, state: 'failed' });
    options.onProgress?.(summary);
  }

  async function workBatch(jobs: ClaimedJob[]): Promise<void> {
    let renewedAt = Date.now();
    const lost = new Set<string>();
    for (const [i, job] of jobs.entries()) {
      // The SQLite store and the extractor are synchronous: without a turn of the event loop between
      // jobs, a signal (or any timer) would wait for the whole queue.
      await new Promise((resolve) => setImmediate(resolve));
      if (stopping()) {
        const rest = jobs.slice(i).map((j) => j.id).filter((id) => !lost.has(id));
        const count = await persist('release jobs', () => store.releaseJobs(rest, workerId)).catch(() => 0);
        summary.released += count;
        emit({ kind: 'released', count });
        return;
      }
      if (Date.now() - renewedAt > leaseMs / 3) {
        const ids = jobs.slice(i).map((j) => j.id).filter((id) => !lost.has(id));
        const held = new Set(await persist('renew leases', () => store.renewLeases(ids, workerId, leaseMs)));
        renewedAt = Date.now();
        const gone = ids.filter((id) => !held.has(id));
        for (const id of gone) lost.add(id);
        if (gone.length > 0) {
          summary.lost += gone.length;
          emit({ kind: 'lost', jobIds: gone });
        }
      }
      if (lost.has(job.id)) continue;
      await workJob(job);
      options.onProgress?.(summary);
    }
  }

  async function workJob(job: ClaimedJob): Promise<void> {
    let outcome: Extract<WorkerEvent, { kind: 'done' }> | undefined;
    let failure: { code: string; message: string } | undefined;
    try {
      // A lost connection mid-job is waited out and the whole job redone: every step is idempotent.
      await persist(`job ${job.id}`, async () => {
        const result = await ingestAll([{ ok: true, doc: job.doc }], {
          store: options.store,
          extract: options.extract,
          incidents: options.incidents !== false,
          onDocument: (d) => { outcome = { kind: 'done', job, status: d.status, documentId: d.id, events: d.events }; },
        });
        failure = result.failures[0];
      });
    } catch (error) {
      // Still unreachable after the outage limit (or while stopping): the job stays leased and is retried later.
      if (isTransientStoreError(error)) throw error;
      const code = error instanceof MarsadError ? error.code : 'E_INTERNAL';
      const message = error instanceof Error ? error.message : String(error);
      const delay = Math.min(60_000, RETRY_BASE_MS * 2 ** (job.attempts - 1));
      const state = await persist(`fail job ${job.id}`, () => store.failJob(job.id, workerId, { code, message }, true, delay));
      if (state === 'pending') summary.retried += 1;
      if (state === 'failed') summary.failed += 1;
      emit({ kind: 'failed', ...describe(job), error: { code, message }, state });
      return;
    }
    if (failure) {
      const error = { code: failure.code, message: failure.message };
      const state = await persist(`fail job ${job.id}`, () => store.failJob(job.id, workerId, error, false));
      if (state === 'failed') summary.failed += 1;
      emit({ kind: 'failed', ...describe(job), error, state });
      return;
    }
    await persist(`complete job ${job.id}`, () => store.completeJob(job.id, workerId));
    summary.done += 1;
    if (outcome) {
      if (outcome.status === 'inserted') {
        summary.inserted += 1;
        summary.events += outcome.events;
      } else {
        summary.unchanged += 1;
      }
      emit(outcome);
    }
  }
}

function describe(job: ClaimedJob): { jobId: string; origin: string; attempts: number } {
  return { jobId: job.id, origin: job.doc.origin, attempts: job.attempts };
}
