/**
 * An open-addressing hash table of analysed words keyed by a range of normalised text, so that a repeated word is
 * found by hashing its characters in place: no key string is sliced and no Map is probed per token.
 */

/** What the table stores: the folded word and whether it ended in ة (the analysis depends on both). */
export interface MemoEntry {
  norm: string;
  endsInTa: boolean;
}

const INITIAL_BITS = 12;

/** FNV-style hash of text[start, end) and the ة flag, never 0 (0 marks an empty slot). */
export function hashWord(text: string, start: number, end: number, endsInTa: boolean): number {
  let h = (end - start) ^ (endsInTa ? 0x5bd1e995 : 0);
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  h ^= h >>> 15;
  return h === 0 ? 1 : h;
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** A bounded memo: past `limit` entries it starts over (the vocabulary of a long stream drifts). */
export class WordMemo<E extends MemoEntry> {
  private hashes = new Int32Array(1 << INITIAL_BITS);
  private entries: Array<E | undefined> = new Array<E | undefined>(1 << INITIAL_BITS).fill(undefined);
  private size = 0;
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** The entry for text[start, end) with this ة flag and hash, or undefined. */
  get(text: string, start: number, end: number, endsInTa: boolean, hash: number): E | undefined {
    const mask = this.hashes.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const h = this.hashes[slot];
      if (h === 0) return undefined;
      if (h !== hash) continue;
      const entry = this.entries[slot] as E;
      if (entry.endsInTa === endsInTa && sameWord(entry.norm, text, start, end)) return entry;
    }
  }

  /** Adds an entry known to be absent. */
  add(entry: E, hash: number): void {
    if (this.size >= this.limit) this.reset(INITIAL_BITS);
    else if (2 * (this.size + 1) > this.hashes.length) this.grow();
    this.place(entry, hash);
    this.size++;
  }

  private place(entry: E, hash: number): void {
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    while (this.hashes[slot] !== 0) slot = (slot + 1) & mask;
    this.hashes[slot] = hash;
    this.entries[slot] = entry;
  }

  private reset(bits: number): void {
    this.hashes = new Int32Array(1 << bits);
    this.entries = new Array<E | undefined>(1 << bits).fill(undefined);
    this.size = 0;
  }

  private grow(): void {
    const hashes = this.hashes;
    const entries = this.entries;
    const size = this.size;
    this.reset(Math.log2(hashes.length) + 1);
    for (let i = 0; i < hashes.length; i++) {
      const entry = entries[i];
      if (entry !== undefined) this.place(entry, hashes[i] as number);
    }
    this.size = size;
  }
}
