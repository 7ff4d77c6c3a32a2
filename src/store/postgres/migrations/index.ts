import type { Migration } from '../../sqlite/migrations/index.js';
import { sql as initial } from './001-initial.js';
import { sql as listingIndexes } from './002-listing-indexes.js';
import { sql as jobs } from './003-jobs.js';

/** PostgreSQL migrations in order, numbered like the SQLite ones; append, never edit an applied one. */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'listing-indexes', sql: listingIndexes },
  { version: 3, name: 'jobs', sql: jobs },
];
