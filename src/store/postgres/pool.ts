import pg from 'pg';
import { MarsadError } from '../../errors.js';

export type PgClient = pg.PoolClient;

/** Retry policy for lost connections. */
export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 4, baseDelayMs: 100 };

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03']);

/** True for errors that mean the server or the connection went away (worth a retry). */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08'))) return true;
  return /Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(error.message);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn`, retrying with exponential backoff while the connection is lost; after the last
 * attempt the failure becomes E_STORE_CONNECTION. Other errors pass through at once.
 */
export async function withRetry<T>(what: string, fn: () => Promise<T>, retry: RetryOptions = DEFAULT_RETRY): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      if (attempt >= retry.attempts) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new MarsadError('E_STORE_CONNECTION', `${what}: PostgreSQL unreachable after ${attempt} attempts: ${reason}`, { cause: error });
      }
      await sleep(retry.baseDelayMs * 2 ** (attempt - 1));
    }
  }
}

/** A pool that never crashes the process on an idle client's error (the next query retries). */
export function createPool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 });
  pool.on('error', () => undefined);
  return pool;
}

/** Runs `fn` in a transaction on one pooled client; rolls back on any error. */
export async function inTransaction<T>(pool: pg.Pool, fn: (client: PgClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  // A checked-out client has no pool listener: without ours, a server-side disconnect between two
  // queries of the transaction is an unhandled 'error' event and kills the process.
  const onError = (error: Error): void => { broken = error; };
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    if (isConnectionError(error)) broken = error as Error;
    else await client.query('ROLLBACK').catch((e: unknown) => { broken = e as Error; });
    throw error;
  } finally {
    client.removeListener('error', onError);
    client.release(broken);
  }
}
