import { describe, expect, it } from 'vitest';
import { isPostgresUrl } from './open-store.js';

describe('isPostgresUrl', () => {
  it.each([
    ['postgres://u:p@localhost/marsad', true],
    ['postgresql://localhost:5432/marsad', true],
    ['POSTGRES://host/db', true],
    ['./marsad.db', false],
    ['/var/lib/marsad/postgres.db', false],
    [':memory:', false],
  ])('%s → %s', (db, expected) => {
    expect(isPostgresUrl(db)).toBe(expected);
  });
});
