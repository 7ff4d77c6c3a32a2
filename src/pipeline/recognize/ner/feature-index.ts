import { PAIR_TEMPLATES } from './features.js';

/** Read access to feature rows by key string: a plain `Map` (training, hand-made models) or a `FeatureIndex`. */
export interface FeatureTable {
  readonly size: number;
  get(key: string): number | undefined;
  has(key: string): boolean;
  entries(): IterableIterator<[string, number]>;
}

/** One feature in structured form: template id, value string id (−1: none), second value id for pairs (−1: none). */
export interface FeatureParts {
  template: number;
  a: number;
  b: number;
}

const MAX_TEMPLATES = 127;
const MAX_STRINGS = (1 << 24) - 2;

/**
 * A feature table keyed by integers: template names and value strings are interned once, and a feature row is
 * found by (template, value id[, second value id]) in an open-addressing hash, so the tagger never builds a key
 * string per token. Implements `FeatureTable` for key-string callers.
 */
export class FeatureIndex implements FeatureTable {
  readonly templates: readonly string[];
  readonly strings: readonly string[];
  private readonly templateIds: Map<string, number>;
  private readonly stringIds: Map<string, number>;
  private readonly rows: number;
  private readonly keyA: Int32Array;
  private readonly keyB: Int32Array;
  private readonly slots: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  /** `entries` holds one (template, a, b, row) quadruple per key; several may share a row (ambiguous pair keys). */
  constructor(templates: readonly string[], strings: readonly string[], entries: Int32Array, rows: number) {
    if (templates.length > MAX_TEMPLATES || strings.length > MAX_STRINGS) throw new RangeError('feature index too large');
    this.templates = templates;
    this.strings = strings;
    this.templateIds = new Map(templates.map((t, i) => [t, i]));
    this.stringIds = new Map();
    for (let i = 0; i < strings.length; i++) this.stringIds.set(strings[i] as string, i);
    this.rows = rows;
    const count = entries.length / 4;
    let bits = 4;
    while (1 << bits < count * 2) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.keyA = new Int32Array(1 << bits);
    this.keyB = new Int32Array(1 << bits);
    this.slots = new Int32Array(1 << bits).fill(-1);
    for (let e = 0; e < entries.length; e += 4) {
      this.insert(entries[e] as number, entries[e + 1] as number, entries[e + 2] as number, entries[e + 3] as number);
    }
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

  /** Row of a structured feature, or −1. `a`/`b` are string ids (−1 for none); an unknown id (−1 where one is needed) misses. */
  rowOf(template: number, a: number, b: number): number {
    if (template < 0) return -1;
    const ka = (template << 24) | (a + 1);
    const kb = b + 1;
    let h = toHash(ka, kb) >>> this.shift;
    for (;;) {
      const row = this.slots[h] as number;
      if (row < 0) return -1;
      if (this.keyA[h] === ka && this.keyB[h] === kb) return row;
      h = (h + 1) & this.mask;
    }
  }

  /** Row of a feature given as template and value; pair values are tried at every '|'. */
  rowOfValue(template: string, value: string | null): number {
    const t = this.templateId(template);
    if (t < 0) return -1;
    if (value === null) return this.rowOf(t, -1, -1);
    if (!PAIR_TEMPLATES.has(template)) {
      const a = this.stringId(value);
      return a < 0 ? -1 : this.rowOf(t, a, -1);
    }
    for (let bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', bar + 1)) {
      const a = this.stringId(value.slice(0, bar));
      const b = this.stringId(value.slice(bar + 1));
      const row = a < 0 || b < 0 ? -1 : this.rowOf(t, a, b);
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

  /** Every (key, row), one per hash entry (an ambiguous pair key may appear more than once). */
  *entries(): IterableIterator<[string, number]> {
    const seen = new Set<string>();
    for (let h = 0; h < this.slots.length; h++) {
      const row = this.slots[h] as number;
      if (row < 0) continue;
      const ka = this.keyA[h] as number;
      const a = (ka & 0xffffff) - 1;
      const b = (this.keyB[h] as number) - 1;
      const template = this.templates[ka >>> 24] as string;
      const key = a < 0 ? template : template + ':' + this.strings[a] + (b < 0 ? '' : '|' + this.strings[b]);
      if (seen.has(key)) continue;
      seen.add(key);
      yield [key, row];
    }
  }

  private insert(template: number, a: number, b: number, row: number): void {
    const ka = (template << 24) | (a + 1);
    const kb = b + 1;
    let h = toHash(ka, kb) >>> this.shift;
    while ((this.slots[h] as number) >= 0) {
      if (this.keyA[h] === ka && this.keyB[h] === kb) throw new RangeError('duplicate feature in index');
      h = (h + 1) & this.mask;
    }
    this.keyA[h] = ka;
    this.keyB[h] = kb;
    this.slots[h] = row;
  }
}

function toHash(ka: number, kb: number): number {
  let h = Math.imul(ka ^ (ka >>> 15), 0x2c1b3c6d) ^ Math.imul(kb ^ (kb >>> 13), 0x297a2d39);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
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
