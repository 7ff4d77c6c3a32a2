import { MarsadError } from '../errors.js';

/** Wraps a driver error as E_STORE (MarsadErrors pass through unchanged). */
export function toStoreError(error: unknown, what: string): MarsadError {
  if (error instanceof MarsadError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new MarsadError('E_STORE', `${what}: ${reason}`, { cause: error });
}

/** Runs `fn`, turning any driver error into a MarsadError naming `what`. */
export async function guard<T>(what: string, fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toStoreError(error, what);
  }
}
