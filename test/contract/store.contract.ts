import { describe } from 'vitest';
import type { Store } from '../../src/store/port.js';
import { runQueryContract } from './queries.contract.js';
import { runQueueContract } from './queue.contract.js';
import { runReviewContract } from './reviews.contract.js';
import { runWriteContract } from './writes.contract.js';

/** A factory for an empty, migrated store; each call must return an independent store. */
export type MakeStore = () => Promise<Store>;

/**
 * The one storage contract: every adapter runs it against a real database.
 * `makeStore` returns a fresh, migrated, empty store.
 */
export function runStoreContract(name: string, makeStore: MakeStore): void {
  describe(`Store contract: ${name}`, () => {
    runWriteContract(makeStore);
    runQueryContract(makeStore);
    runReviewContract(makeStore);
    runQueueContract(makeStore);
  });
}
