import { PAIRS, PAIR_TEMPLATES } from './features.js';
import { createPairHash, insertPair, lookupPair, type PairHash } from './pair-hash.js';

/** Read access to feature rows by key string: a plain `Map` (training, hand-made models) or a `FeatureIndex`. */
export interface FeatureTable {
  readonly size: number;
  get(key: string): number | undefined;
  has(key: string): boolean;
  entries(): IterableIterator<[string, number]>;
}

const MAX_TEMPLATES = 127;
const MAX_STRINGS = (1 << 24) - 2;

/**
 * A feature table keyed by integers: template names and value strings are interned once, so the tagger never builds
 * a key string. Word features (one value) sit in one block per value string, sorted by template, and are found by
 * scanning that short block; word-pair features are found by (template and first value, second value) in an
 * open-addressing hash. Implements `FeatureTable` for key-string callers.
 */
export class FeatureIndex implements FeatureTable {
  readonly templates: readonly string[];
  readonly strings: readonly string[];
  /** Per string, bit 2k set when it is the first value of some feature of pair template PAIRS[k], bit 2k+1 the second. */
  readonly pairSides: Uint32Array;
  private readonly templateIds: Map<string, number>;
  private readonly stringIds: Map<string, number>;
  private readonly rows: number;
  /** Word features of value a (−1 for none) are at [blockStart[a + 1], blockStart[a + 2]) of the two arrays below. */
  private readonly blockStart: Int32Array;
  private readonly singleTemplate: Uint8Array;
  private readonly singleRow: Int32Array;
  private readonly pairs: PairHash;

  /**
   * `entries` holds one (template, a, b, row) quadruple per key (a, b: string ids, −1 for none); several may share
   * a row (ambiguous pair keys). Building is linear when word features come sorted by value (as in model files).
   */
  constructor(templates: readonly string[], strings: readonly string[], entries: Int32Array, rows: number) {
    if (templates.length > MAX_TEMPLATES || strings.length > MAX_STRINGS) throw new RangeError('feature index too large');
    this.templates = templates;
    this.strings = strings;
    this.templateIds = new Map(templates.map((t, i) => [t, i]));
    this.stringIds = new Map();
    for (let i = 0; i < strings.length; i++) this.stringIds.set(strings[i] as string, i);
    this.rows = rows;
    const pairOrdinal = templates.map((t) => PAIRS.findIndex((p) => p[0] === t));
    this.pairSides = new Uint32Array(strings.length);
    // Counting sort of word features by value; then by template inside each (short) block.
    const blockStart = new Int32Array(strings.length + 3);
    let pairCount = 0;
    for (let e = 0; e < entries.length; e += 4) {
      if ((entries[e + 2] as number) >= 0) pairCount++;
      else blockStart[(entries[e + 1] as number) + 2]!++;
    }
    for (let i = 1; i < blockStart.length; i++) blockStart[i]! += blockStart[i - 1] as number;
    const fill = blockStart.slice();
    this.singleTemplate = new Uint8Array(entries.length / 4 - pairCount);
    this.singleRow = new Int32Array(entries.length / 4 - pairCount);
    this.pairs = createPairHash(pairCount);
    for (let e = 0; e < entries.length; e += 4) {
      const t = entries[e] as number;
      const a = entries[e + 1] as number;
      const b = entries[e + 2] as number;
      const row = entries[e + 3] as number;
      if (t < 0 || t >= templates.length || a < -1 || a >= strings.length || b < -1 || b >= strings.length) {
        throw new RangeError('feature index entry out of range');
      }
      if (b < 0) {
        const k = fill[a + 1]!++;
        this.singleTemplate[k] = t;
        this.singleRow[k] = row;
        continue;
      }
      if (a < 0 || !insertPair(this.pairs, (t << 24) | a, b, row)) throw new RangeError('bad pair feature in index');
      const ordinal = pairOrdinal[t] ?? -1;
      if (ordinal >= 0) {
        this.pairSides[a]! |= 1 << (2 * ordinal);
        this.pairSides[b]! |= 1 << (2 * ordinal + 1);
      }
    }
    this.blockStart = blockStart;
    for (let a = 0; a + 1 < blockStart.length; a++) this.sortBlock(blockStart[a] as number, blockStart[a + 1] as number);
  }

  /** Number of feature rows. */
  get size(): number {
    return this.rows;
  }

  /** Template id, or −1 when the model has no feature of that template. */
  templateId(template: string): number {
    return this.templateIds.get(template) ?? -1;
  }

  /** Value string id, or −1 when no feature has that value. */
  stringId(value: string): number {
    return this.stringIds.get(value) ?? -1;
  }

  /** Row of a word feature (template id, value string id or −1 for none), or −1. */
  singleRowOf(template: number, a: number): number {
    for (let k = this.blockStart[a + 1] as number, end = this.blockStart[a + 2] as number; k < end; k++) {
      if (this.singleTemplate[k] === template) return this.singleRow[k] as number;
    }
    return -1;
  }

  /** Row of a word-pair feature (template id, both value string ids), or −1. */
  pairRowOf(template: number, a: number, b: number): number {
    return template < 0 || a < 0 || b < 0 ? -1 : lookupPair(this.pairs, (template << 24) | a, b);
  }

  /** Row of a feature given as template and value; pair values are tried at every '|'. */
  rowOfValue(template: string, value: string | null): number {
    const t = this.templateId(template);
    if (t < 0) return -1;
    if (value === null) return this.singleRowOf(t, -1);
    if (!PAIR_TEMPLATES.has(template)) {
      const a = this.stringId(value);
      return a < 0 ? -1 : this.singleRowOf(t, a);
    }
    for (let bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', bar + 1)) {
      const row = this.pairRowOf(t, this.stringId(value.slice(0, bar)), this.stringId(value.slice(bar + 1)));
      if (row >= 0) return row;
    }
    return -1;
  }

  get(key: string): number | undefined {
    const colon = key.indexOf(':');
    const row = colon < 0 ? this.rowOfValue(key, null) : this.rowOfValue(key.slice(0, colon), key.slice(colon + 1));
    return row < 0 ? undefined : row;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Every (key, row), once per key. */
  *entries(): IterableIterator<[string, number]> {
    for (let a = -1; a < this.strings.length; a++) {
      for (let k = this.blockStart[a + 1] as number; k < (this.blockStart[a + 2] as number); k++) {
        const template = this.templates[this.singleTemplate[k] as number] as string;
        yield [a < 0 ? template : template + ':' + this.strings[a], this.singleRow[k] as number];
      }
    }
    const seen = new Set<string>();
    const { cells } = this.pairs;
    for (let h = 0; h < cells.length; h += 3) {
      const row = cells[h + 2] as number;
      if (row < 0) continue;
      const ka = cells[h] as number;
      const key = `${this.templates[ka >>> 24]}:${this.strings[ka & 0xffffff]}|${this.strings[cells[h + 1] as number]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      yield [key, row];
    }
  }

  private sortBlock(from: number, to: number): void {
    const t = this.singleTemplate;
    const r = this.singleRow;
    for (let i = from + 1; i < to; i++) {
      const ti = t[i] as number;
      const ri = r[i] as number;
      let j = i - 1;
      while (j >= from && (t[j] as number) > ti) {
        t[j + 1] = t[j] as number;
        r[j + 1] = r[j] as number;
        j--;
      }
      if (j >= from && t[j] === ti) throw new RangeError('duplicate feature in index');
      t[j + 1] = ti;
      r[j + 1] = ri;
    }
  }
}

/**
 * Structured (template, a, b, row) quadruples for every key of a table, with the sorted template and string lists
 * they refer to. A pair key 'x|y|z' yields one quadruple per '|' (any split may be looked up).
 */
export function toFeatureParts(table: FeatureTable): { templates: string[]; strings: string[]; entries: Int32Array } {
  const parsed: Array<[template: string, a: string | null, b: string | null, row: number]> = [];
  for (const [key, row] of table.entries()) {
    const colon = key.indexOf(':');
    if (colon < 0) {
      parsed.push([key, null, null, row]);
      continue;
    }
    const template = key.slice(0, colon);
    const value = key.slice(colon + 1);
    if (!PAIR_TEMPLATES.has(template)) {
      parsed.push([template, value, null, row]);
      continue;
    }
    for (let bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', bar + 1)) {
      parsed.push([template, value.slice(0, bar), value.slice(bar + 1), row]);
    }
  }
  const templates = [...new Set(parsed.map((p) => p[0]))].sort();
  const stringSet = new Set<string>();
  for (const [, a, b] of parsed) {
    if (a !== null) stringSet.add(a);
    if (b !== null) stringSet.add(b);
  }
  const strings = [...stringSet].sort();
  const tIds = new Map(templates.map((t, i) => [t, i]));
  const sIds = new Map(strings.map((s, i) => [s, i]));
  const entries = new Int32Array(parsed.length * 4);
  parsed.forEach(([t, a, b, row], i) => {
    entries[i * 4] = tIds.get(t) as number;
    entries[i * 4 + 1] = a === null ? -1 : (sIds.get(a) as number);
    entries[i * 4 + 2] = b === null ? -1 : (sIds.get(b) as number);
    entries[i * 4 + 3] = row;
  });
  return { templates, strings, entries };
}

/** The table as a `FeatureIndex` (itself when it already is one). */
export function toFeatureIndex(table: FeatureTable): FeatureIndex {
  if (table instanceof FeatureIndex) return table;
  const { templates, strings, entries } = toFeatureParts(table);
  return new FeatureIndex(templates, strings, entries, table.size);
}
