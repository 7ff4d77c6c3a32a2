import type { SourceDoc } from '../types.js';

/** Lifecycle of a queued job: pending → running (leased) → done | failed; a retry goes back to pending. */
export type JobState = 'pending' | 'running' | 'done' | 'failed';

/** Why an attempt failed: a stable MarsadError code and a message. */
export interface JobError {
  code: string;
  message: string;
}

/** A job leased to a worker; `attempts` counts claims, this one included. */
export interface ClaimedJob {
  id: string;
  doc: SourceDoc;
  attempts: number;
}

export interface EnqueueOptions {
  /** Claims (attempts) before a job is failed for good (default `DEFAULT_MAX_ATTEMPTS`). */
  maxAttempts?: number;
}

export interface EnqueueResult {
  queued: number;
  duplicates: number;
}

export interface QueueStats {
  pending: number;
  running: number;
  done: number;
  failed: number;
  total: number;
  /** Running jobs whose lease has run out (their worker is gone or stuck): claimable again. */
  expired: number;
}

export interface FailedJob {
  id: string;
  origin: string;
  attempts: number;
  error: JobError;
  /** When it failed (ISO 8601). */
  at: string;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
