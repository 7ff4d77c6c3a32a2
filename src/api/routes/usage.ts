import { isMarsadError } from '../../errors.js';
import { badRequest } from '../http-error.js';

/** Runs a store call; a usage error from the store becomes a 400 naming `field`. */
export async function withField<T>(field: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isMarsadError(error) && error.code === 'E_USAGE') throw badRequest(field, error.message.slice(0, 300));
    throw error;
  }
}
