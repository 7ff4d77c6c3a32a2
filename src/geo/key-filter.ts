/**
 * A one-hash Bloom filter over strings, hashed incrementally (FNV-1a over UTF-16 units): `mayHave` never
 * answers false for an added string, and rarely true for another. Dictionaries add every word-boundary
 * prefix of every key ("دير", "دير الزور"), so a matcher can extend a phrase word by word, without
 * building strings, and stop as soon as no key can start that way.
 */
export class KeyFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(log2Bits = 25) {
    this.bits = new Uint32Array(1 << (log2Bits - 5));
    this.mask = (1 << log2Bits) - 1;
  }

  /** Adds `key` and each prefix of it that ends before a space. */
  addWithPrefixes(key: string): void {
    this.addRangeWithPrefixes(key, 0, key.length);
  }

  /** `addWithPrefixes` for `text[from, to)`, hashed in place. */
  addRangeWithPrefixes(text: string, from: number, to: number): void {
    let h = HASH_SEED;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) this.addHash(h);
      h = feedUnit(h, c);
    }
    this.addHash(h);
  }

  addHash(h: number): void {
    const bit = mix(h) & this.mask;
    this.bits[bit >>> 5] = (this.bits[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }

  /** False only when no added string has the running hash `h` (see `feed`). */
  mayHaveHash(h: number): boolean {
    const bit = mix(h) & this.mask;
    return ((this.bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
  }

  mayHave(value: string): boolean {
    return this.mayHaveHash(feed(HASH_SEED, value));
  }
}

export const HASH_SEED = 0x811c9dc5;

/** Running hash of the string so far, extended by one UTF-16 unit. */
export function feedUnit(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** Running hash extended by `value`. */
export function feed(h: number, value: string): number {
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return h;
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
