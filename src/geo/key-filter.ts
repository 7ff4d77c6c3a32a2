/**
 * A one-hash Bloom filter over strings (or substrings of a larger text, hashed in place): `mayHave` never
 * answers false for an added string, and rarely true for another. It lets dictionary lookups reject the
 * common case (a word that starts no name) without slicing, allocating or searching.
 */
export class KeyFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(log2Bits = 24) {
    this.bits = new Uint32Array(1 << (log2Bits - 5));
    this.mask = (1 << log2Bits) - 1;
  }

  /** Adds `text[from, to)`. */
  addRange(text: string, from: number, to: number): void {
    const h = hashRange(text, from, to) & this.mask;
    this.bits[h >>> 5] = (this.bits[h >>> 5] ?? 0) | (1 << (h & 31));
  }

  add(value: string): void {
    this.addRange(value, 0, value.length);
  }

  /** False only when `text[from, to)` was never added. */
  mayHaveRange(text: string, from: number, to: number): boolean {
    const h = hashRange(text, from, to) & this.mask;
    return ((this.bits[h >>> 5] ?? 0) & (1 << (h & 31))) !== 0;
  }

  mayHave(value: string): boolean {
    return this.mayHaveRange(value, 0, value.length);
  }
}

/** FNV-1a over UTF-16 units, with a final avalanche so the low bits are well mixed. */
function hashRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** End of the first word of `value` (its first space, else its length). */
export function firstWordEnd(value: string): number {
  const space = value.indexOf(' ');
  return space < 0 ? value.length : space;
}
