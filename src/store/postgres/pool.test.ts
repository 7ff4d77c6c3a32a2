import { describe, expect, it } from 'vitest';
import { MarsadError } from '../../errors.js';
import { isConnectionError, withRetry } from './pool.js';

function errorWithCode(code: string, message = 'boom'): Error {
  return Object.assign(new Error(message), { code });
}

describe('isConnectionError', () => {
  it.each([
    [errorWithCode('ECONNREFUSED'), true],
    [errorWithCode('57P01', 'terminating connection due to administrator command'), true],
    [errorWithCode('08006'), true],
    [new Error('Connection terminated unexpectedly'), true],
    [errorWithCode('23505', 'duplicate key value'), false],
    [errorWithCode('42P01', 'relation does not exist'), false],
    ['ECONNREFUSED', false],
  ])('%s → %s', (error, expected) => {
    expect(isConnectionError(error)).toBe(expected);
  });
});

describe('withRetry', () => {
  it('retries lost connections and returns the first success', async () => {
    let calls = 0;
    const value = await withRetry('q', async () => {
      calls++;
      if (calls < 3) throw errorWithCode('ECONNRESET');
      return 'ok';
    }, { attempts: 4, baseDelayMs: 1 });
    expect(value).toBe('ok');
    expect(calls).toBe(3);
  });

  it('gives up after the last attempt with E_STORE_CONNECTION', async () => {
    let calls = 0;
    const error = await withRetry('q', async () => {
      calls++;
      throw errorWithCode('ECONNREFUSED');
    }, { attempts: 3, baseDelayMs: 1 }).then(() => null, (e: unknown) => e);
    expect(calls).toBe(3);
    expect(error).toBeInstanceOf(MarsadError);
    expect((error as MarsadError).code).toBe('E_STORE_CONNECTION');
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    const error = await withRetry('q', async () => {
      calls++;
      throw errorWithCode('23505');
    }, { attempts: 4, baseDelayMs: 1 }).then(() => null, (e: unknown) => e);
    expect(calls).toBe(1);
    expect((error as { code: string }).code).toBe('23505');
  });
});
