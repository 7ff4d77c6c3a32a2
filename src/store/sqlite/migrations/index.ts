import { sql as initial } from './001-initial.js';
import { sql as actorTrigrams } from './002-actor-trigrams.js';
import { sql as eventDocumentSeq } from './003-event-document-seq.js';
import { sql as eventJsonApart } from './004-event-json-apart.js';
import { sql as listingIndexes } from './005-listing-indexes.js';
import { sql as jobs } from './006-jobs.js';
import { sql as jobsClaimOrder } from './007-jobs-claim-order.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** SQLite migrations in order; append, never edit an applied one. */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'actor-trigrams', sql: actorTrigrams },
  { version: 3, name: 'event-document-seq', sql: eventDocumentSeq },
  { version: 4, name: 'event-json-apart', sql: eventJsonApart },
  { version: 5, name: 'listing-indexes', sql: listingIndexes },
  { version: 6, name: 'jobs', sql: jobs },
  { version: 7, name: 'jobs-claim-order', sql: jobsClaimOrder },
];
