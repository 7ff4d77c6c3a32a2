import { describe, expect, it } from 'vitest';
import { MarsadError } from '../errors.js';
import { decodeCursor, encodeCursor, toPageLimit } from './cursor.js';

describe('cursor', () => {
  it.each([
    [{ sortDate: '2016-08-02', id: 'doc-a-e1' }],
    [{ sortDate: '', id: 'سرت/1' }],
  ])('round-trips %j through a URL-safe string', (key) => {
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(key);
  });

  it.each(['', 'abc', encodeCursor({ sortDate: 'x', id: 'y' }).slice(0, 5), Buffer.from('[1,2]').toString('base64url')])(
    'rejects %j as E_USAGE', (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(MarsadError);
      try {
        decodeCursor(cursor);
      } catch (error) {
        expect((error as MarsadError).code).toBe('E_USAGE');
      }
    });

  it.each([[undefined, 100], [0, 1], [-5, 1], [50, 50], [2.7, 2], [1000, 1000], [5000, 1000], [Number.NaN, 100]])(
    'page limit %s → %i', (limit, expected) => {
      expect(toPageLimit(limit)).toBe(expected);
    });
});
