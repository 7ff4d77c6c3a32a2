/**
 * Open addressing with linear probing over interleaved [keyA, keyB, value] cells (one probe, one cache line);
 * value −1 marks an empty cell. Keys are two int32s; values are non-negative. A small Bloom filter (8 bits per
 * key, two probes) answers most absent keys without touching the big table: most pairs a tagger asks for are absent.
 */
export interface PairHash {
  cells: Int32Array;
  shift: number;
  mask: number;
  bloom: Uint32Array;
  bloomShift: number;
}

/** A table sized for `count` keys at a load factor of at most 0.625. */
export function createPairHash(count: number): PairHash {
  let bits = 4;
  while (1 << bits < count * 1.6) bits++;
  const cells = new Int32Array(3 << bits);
  for (let h = 2; h < cells.length; h += 3) cells[h] = -1;
  let bloomBits = 10;
  while (1 << bloomBits < count * 8) bloomBits++;
  return { cells, shift: 32 - bits, mask: (1 << bits) - 1, bloom: new Uint32Array(1 << (bloomBits - 5)), bloomShift: 32 - bloomBits };
}

function bloomProbes(table: PairHash, h: number): [number, number] {
  return [h >>> table.bloomShift, Math.imul(h, 0x9e3779b1) >>> table.bloomShift];
}

function toHash(ka: number, kb: number): number {
  let h = Math.imul(ka ^ (ka >>> 15), 0x2c1b3c6d) ^ Math.imul(kb ^ (kb >>> 13), 0x297a2d39);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Adds a key; false when it is already present (the table is left unchanged). */
export function insertPair(table: PairHash, ka: number, kb: number, value: number): boolean {
  const { cells, mask } = table;
  let h = toHash(ka, kb) >>> table.shift;
  while ((cells[h * 3 + 2] as number) >= 0) {
    if (cells[h * 3] === ka && cells[h * 3 + 1] === kb) return false;
    h = (h + 1) & mask;
  }
  cells[h * 3] = ka;
  cells[h * 3 + 1] = kb;
  cells[h * 3 + 2] = value;
  for (const bit of bloomProbes(table, toHash(ka, kb))) table.bloom[bit >>> 5]! |= 1 << (bit & 31);
  return true;
}

/** The value of a key, or −1. */
export function lookupPair(table: PairHash, ka: number, kb: number): number {
  const { cells, mask, bloom } = table;
  const full = toHash(ka, kb);
  const b1 = full >>> table.bloomShift;
  const b2 = Math.imul(full, 0x9e3779b1) >>> table.bloomShift;
  if (!(((bloom[b1 >>> 5] as number) >>> (b1 & 31)) & 1) || !(((bloom[b2 >>> 5] as number) >>> (b2 & 31)) & 1)) return -1;
  let h = full >>> table.shift;
  for (;;) {
    const c = h * 3;
    const value = cells[c + 2] as number;
    if (value < 0) return -1;
    if (cells[c] === ka && cells[c + 1] === kb) return value;
    h = (h + 1) & mask;
  }
}
