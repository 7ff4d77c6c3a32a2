export type {
  ClaimedJob, EnqueueOptions, EnqueueResult, FailedJob, JobError, JobState, QueueStats,
} from './queue-types.js';
export { DEFAULT_MAX_ATTEMPTS } from './queue-types.js';
export type {
  EventQuery, FailureRecord, Page, ReviewAction, ReviewRecord, ReviewStatus, SaveResult, Stats, Store, StoredDocument,
} from './port.js';
export { openStore, isPostgresUrl } from './open-store.js';
export { createSqliteStore } from './sqlite/sqlite-store.js';
export { createPostgresStore } from './postgres/postgres-store.js';
export { decodeCursor, encodeCursor, DEFAULT_LIMIT, MAX_LIMIT } from './cursor.js';
export { toIndexTokens, toSearchTerms } from './search-text.js';
