import { sql as initial } from './001-initial.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** SQLite migrations in order; append, never edit an applied one. */
export const SQLITE_MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'initial', sql: initial }];
