import { createRandom } from '../../src/random.js';

/** Seeded PRNG (mulberry32) so every robustness run mutates the same way. */
export interface Rng {
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
}

/** Creates a deterministic random source from a 32-bit seed. */
export function createRng(seed: number): Rng {
  const next = createRandom(seed);
  const int = (maxExclusive: number): number => Math.floor(next() * Math.max(0, maxExclusive));
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      const item = items[int(items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}
