import type {
  AcledEventType, Diagnostic, ExtractedDocument, Incident, MarsadEvent, PloverType, SourceDoc,
} from '../types.js';
import type {
  ClaimedJob, EnqueueOptions, EnqueueResult, FailedJob, JobError, JobState, QueueStats,
} from './queue-types.js';

export type {
  ClaimedJob, EnqueueOptions, EnqueueResult, FailedJob, JobError, JobState, QueueStats,
} from './queue-types.js';

/** Filters shared by `marsad events`, `marsad export` and `GET /events`. */
export interface EventQuery {
  from?: string;
  to?: string;
  type?: PloverType[];
  acledType?: AcledEventType[];
  /** ISO 3166-1 alpha-2 of the event location (LY), or alpha-3 of an actor country. */
  country?: string[];
  /** Matches actor or recipient name, Arabic name, mention text or id. */
  actor?: string;
  bbox?: [west: number, south: number, east: number, north: number];
  /** Full text over evidence and document text, Arabic normalised (clitics, ال, letter variants). */
  q?: string;
  documentId?: string;
  incidentId?: string;
  limit?: number;
  /** Opaque cursor from a previous page's `next`. */
  cursor?: string;
  /** Rejected (by review) events are left out unless this is true. */
  includeRejected?: boolean;
}

/** Review state of a stored event or incident. */
export type ReviewStatus = 'pending' | 'confirmed' | 'rejected';

/** A recorded per-input failure (see `Store.recordFailure`). */
export interface FailureRecord {
  origin: string;
  diagnostic: Diagnostic;
  at: string;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface StoredDocument extends Omit<ExtractedDocument, 'events'> {
  origin: string;
  contentHash: string;
  ingestedAt: string;
  eventCount: number;
}

export type SaveResult = { status: 'inserted'; id: string } | { status: 'unchanged'; id: string };

export interface Stats {
  byDay: Array<{ day: string; count: number }>;
  byType: Array<{ type: string; count: number }>;
  byCountry: Array<{ country: string; count: number }>;
  total: number;
}

export interface ReviewAction {
  targetKind: 'event' | 'incident';
  targetId: string;
  action: 'confirm' | 'reject' | 'correct';
  reviewer: string;
  /** Field → new value, for `correct`. */
  changes?: Record<string, unknown>;
  comment?: string | null;
}

export interface ReviewRecord extends ReviewAction {
  id: string;
  at: string;
  before: unknown;
  after: unknown;
}

/**
 * The one storage port: SQLite and PostgreSQL adapters implement it and pass
 * `test/contract/store.contract.ts`. Every write is atomic: a failed document leaves no rows.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Creates or upgrades the schema; idempotent. */
  migrate(): Promise<void>;
  /** Stores a document and its events in one transaction. Same content hash → `unchanged`, nothing written. */
  saveDocument(doc: ExtractedDocument, meta: { origin: string; contentHash: string }): Promise<SaveResult>;
  hasContent(contentHash: string): Promise<boolean>;
  getDocument(id: string): Promise<StoredDocument | null>;
  getEvent(id: string): Promise<MarsadEvent | null>;
  queryEvents(query: EventQuery): Promise<Page<MarsadEvent>>;
  stats(query: EventQuery): Promise<Stats>;
  listActors(query: { q?: string; limit?: number }): Promise<Array<{ name: string; id: string | null; country: string | null; count: number }>>;
  listPlaces(query: { q?: string; limit?: number }): Promise<Array<{ name: string; id: string | null; country: string | null; lat: number | null; lon: number | null; count: number }>>;
  /** Incidents (cross-source clusters); may be empty until clustering runs. */
  queryIncidents(query: EventQuery): Promise<Page<Incident>>;
  getIncident(id: string): Promise<Incident | null>;
  /**
   * Stores (upserts by id) incidents and points events at them, in one transaction.
   * Assignments naming unknown events fail the whole call with E_STORE.
   */
  saveIncidents(incidents: Incident[], eventAssignments: Array<{ eventId: string; incidentId: string }>, removedIncidentIds?: string[]): Promise<void>;
  /**
   * Records an audit entry and applies it: `correct` rewrites the stored event (queries see the
   * corrected event; the original stays in `before`), `reject` hides it from queries by default.
   */
  review(action: ReviewAction): Promise<ReviewRecord>;
  /** Review state of an event or incident, null when it does not exist. */
  getReviewStatus(targetId: string): Promise<ReviewStatus | null>;
  listReviews(targetId?: string): Promise<ReviewRecord[]>;
  /** Records a per-input failure so a batch report survives restarts. */
  recordFailure(origin: string, diagnostic: Diagnostic): Promise<void>;
  /** Recorded failures, newest first. */
  listFailures(query?: { origin?: string; limit?: number }): Promise<FailureRecord[]>;

  // ─── Work queue (see src/store/queue-types.ts) ───────────────────────────────
  /** Queues inputs; an input already queued (same title + body hash, in any state) is a duplicate. */
  enqueue(docs: SourceDoc[], options?: EnqueueOptions): Promise<EnqueueResult>;
  /**
   * Atomically takes up to `n` claimable jobs (pending and due, or running with an expired lease) in
   * queue order, leased to `workerId` for `leaseMs`; concurrent claimers never get the same job.
   * Counts an attempt per claim. A queued payload that is not a valid SourceDoc is failed (E_INPUT_JSON,
   * E_INPUT_EMPTY) by the claim, passed to `onRejected` and not returned; a job whose lease expired on
   * its last attempt is failed with E_TIMEOUT.
   */
  claimJobs(workerId: string, n: number, leaseMs: number, onRejected?: (job: FailedJob) => void): Promise<ClaimedJob[]>;
  /** Extends the leases `workerId` still holds; returns the ids still held (others were lost). */
  renewLeases(ids: string[], workerId: string, leaseMs: number): Promise<string[]>;
  /** Gives back claimed, unstarted jobs (shutdown): pending again, the claim's attempt not counted. */
  releaseJobs(ids: string[], workerId: string): Promise<number>;
  /** Marks a job done (whoever finished it: storage is idempotent); false when it was already done or unknown. */
  completeJob(id: string, workerId: string): Promise<boolean>;
  /**
   * Records a failed attempt of a job `workerId` holds: `retry` puts it back (claimable after `delayMs`)
   * until it has been tried `maxAttempts` times, then, or when `retry` is false, it is `failed`.
   * Returns the new state, or null when the job is not running under `workerId` (nothing changed).
   */
  failJob(id: string, workerId: string, error: JobError, retry: boolean, delayMs?: number): Promise<JobState | null>;
  queueStats(): Promise<QueueStats>;
  /** Failed jobs with their last error, most recently failed first. */
  listFailedJobs(limit?: number): Promise<FailedJob[]>;
  close(): Promise<void>;
}
