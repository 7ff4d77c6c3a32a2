import type { Place, PlacePrecision } from '../types.js';
import { isLatinName, toArabicKeys, toLatinKey } from './keys.js';
import { KeyFilter } from './key-filter.js';

const PRECISION: Record<string, PlacePrecision> = {
  country: 'country', admin1: 'admin1', admin2: 'admin2', region: 'region', city: 'city', village: 'city',
  neighbourhood: 'neighbourhood', district: 'neighbourhood', camp: 'neighbourhood', island: 'city', valley: 'city', mountain: 'point',
};

/** Precision of a place kind: named sites (airports, bases, crossings…) are points. */
export function toPrecision(kind: string): PlacePrecision {
  return PRECISION[kind] ?? 'point';
}

/** Match keys of a display name (Arabic or Latin). */
export function toNameKeys(name: string): string[] {
  return isLatinName(name) ? [toLatinKey(name)] : toArabicKeys(name);
}

/** Sorted `field\t…` lines of one section of the base text, searched by binary search. */
interface Section {
  starts: Int32Array;
}

/**
 * Every place plus the key → place index. The committed base stays one string: sections of sorted
 * lines (places by id, keys, alternative ids) searched by binary search, rows parsed on first access.
 * Layers (sites, overrides, user files) live in small maps consulted first. Loading is a line scan.
 * Cue-only postings are stored as -(index + 1).
 */
export class PlaceTable {
  private text = '';
  private placeRows: Section = { starts: new Int32Array(0) };
  private keyRows: Section = { starts: new Int32Array(0) };
  private altRows: Section = { starts: new Int32Array(0) };
  private readonly cache: Array<Place | undefined> = [];
  private readonly ids = new Map<string, number>();
  private readonly removed = new Set<number>();
  private readonly keys = new Map<string, number[]>();
  /** Every key (base and layers) and its word prefixes: most lookups are misses, rejected here before any search. */
  readonly keyFilter = new KeyFilter();
  /** Memoised `lookup` results, dropped whenever a layer changes the table. */
  private readonly lookups = new Map<string, Array<{ place: Place; cueOnly: boolean }>>();
  maxWords = 1;

  get count(): number {
    return Math.max(this.placeRows.starts.length, this.cache.length);
  }

  /** Loads the committed text: `#places N` rows, `#keys M W` rows, `#alt A` rows, each sorted by first field. */
  loadBase(text: string): void {
    this.text = text;
    const sections: Int32Array[] = [];
    let at = 0;
    while (at < text.length) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const header = text.slice(at, end).split(' ');
      const n = Number(header[1]) || 0;
      if (header[0] === '#keys') this.maxWords = Math.max(this.maxWords, Number(header[2]) || 1);
      at = end + 1;
      const starts = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        starts[i] = at;
        const next = text.indexOf('\n', at);
        at = next < 0 ? text.length : next + 1;
      }
      sections.push(starts);
    }
    this.placeRows = { starts: sections[0] ?? new Int32Array(0) };
    this.keyRows = { starts: sections[1] ?? new Int32Array(0) };
    this.altRows = { starts: sections[2] ?? new Int32Array(0) };
    for (const start of this.keyRows.starts) {
      let tab = start;
      while (tab < text.length && text.charCodeAt(tab) !== 9) tab++;
      this.keyFilter.addRangeWithPrefixes(text, start, tab);
    }
  }

  /** Compares the tab-ended field at `start` with `value` in place, as `<` on strings would. */
  private compareField(start: number, value: string): number {
    const text = this.text;
    for (let k = 0; ; k++) {
      const c = text.charCodeAt(start + k);
      if (k === value.length) return c === 9 ? 0 : 1;
      if (c === 9) return -1;
      const v = value.charCodeAt(k);
      if (c !== v) return c < v ? -1 : 1;
    }
  }

  private lineRest(start: number): string {
    const tab = this.text.indexOf('\t', start);
    let end = this.text.indexOf('\n', tab);
    if (end < 0) end = this.text.length;
    return this.text.slice(tab + 1, end);
  }

  /** Row number of `value` in a section, or -1. */
  private find(section: Section, value: string): number {
    let lo = 0;
    let hi = section.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const order = this.compareField(section.starts[mid] ?? 0, value);
      if (order < 0) lo = mid + 1;
      else if (order > 0) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  get(index: number): Place | undefined {
    if (this.removed.has(index)) return undefined;
    const hit = this.cache[index];
    if (hit) return hit;
    const start = this.placeRows.starts[index];
    if (start === undefined) return undefined;
    let end = this.text.indexOf('\n', start);
    if (end < 0) end = this.text.length;
    const [id = '', kind = '', cc = '', admin1 = '', lat = '', lon = '', pop = '', name = '', nameAr = ''] = this.text.slice(start, end).split('\t');
    const place: Place = {
      id, name, nameAr: nameAr || null, kind, country: cc || null, admin1: admin1 || null,
      lat: Number(lat), lon: Number(lon), population: Number(pop) || 0, precision: toPrecision(kind),
    };
    this.cache[index] = place;
    return place;
  }

  set(index: number, place: Place): void {
    this.lookups.clear();
    this.cache[index] = place;
  }

  /** Adds (or replaces, same id) a place; returns its index. */
  add(place: Place, keys: string[] = []): number {
    const existing = this.indexOf(place.id) ?? this.ids.get(place.id);
    const index = existing ?? this.count;
    this.lookups.clear();
    this.cache[index] = place;
    this.removed.delete(index);
    this.ids.set(place.id, index);
    for (const k of keys) this.addKey(k, index);
    return index;
  }

  private postings(key: string): number[] {
    if (!this.keyFilter.mayHave(key)) return [];
    const own = this.keys.get(key);
    if (own) return own;
    const row = this.find(this.keyRows, key);
    if (row < 0) return [];
    return this.lineRest(this.keyRows.starts[row] ?? 0)
      .split(',')
      .map((p) => (p.startsWith('~') ? -(Number(p.slice(1)) + 1) : Number(p)));
  }

  addKey(raw: string, index: number): void {
    this.lookups.clear();
    const cue = raw.startsWith('~');
    const key = cue ? raw.slice(1) : raw;
    if (key.length === 0) return;
    const list = [...this.postings(key)];
    const code = cue ? -(index + 1) : index;
    if (!list.includes(code) && !list.includes(index)) list.push(code);
    this.keys.set(key, list);
    this.keyFilter.addWithPrefixes(key);
    const words = key.split(' ').length;
    if (words > this.maxWords) this.maxWords = words;
  }

  addName(name: string, index: number): void {
    for (const k of toNameKeys(name)) this.addKey(k, index);
  }

  removeName(name: string, index: number): void {
    this.lookups.clear();
    for (const k of toNameKeys(name)) {
      this.keys.set(k, this.postings(k).filter((c) => c !== index && c !== -(index + 1)));
      this.keyFilter.addWithPrefixes(k);
    }
  }

  indexOf(id: string): number | undefined {
    let index = this.ids.get(id);
    if (index === undefined) {
      const row = this.find(this.placeRows, id);
      if (row >= 0) index = row;
      else {
        const alt = this.find(this.altRows, id);
        if (alt >= 0) index = Number(this.lineRest(this.altRows.starts[alt] ?? 0));
      }
    }
    return index === undefined || this.removed.has(index) ? undefined : index;
  }

  remove(id: string): void {
    const index = this.indexOf(id);
    if (index !== undefined) this.removed.add(index);
    this.lookups.clear();
  }

  has(key: string): boolean {
    if (!this.keyFilter.mayHave(key)) return false;
    const own = this.keys.get(key);
    return own ? own.length > 0 : this.find(this.keyRows, key) >= 0;
  }

  /** Places under a key. The array is shared between calls (frozen): copy it before changing it. */
  lookup(key: string): Array<{ place: Place; cueOnly: boolean }> {
    const hit = this.lookups.get(key);
    if (hit) return hit;
    const out: Array<{ place: Place; cueOnly: boolean }> = [];
    for (const code of this.postings(key)) {
      const place = this.get(code < 0 ? -code - 1 : code);
      if (place) out.push(Object.freeze({ place, cueOnly: code < 0 }));
    }
    if (this.lookups.size >= 50_000) this.lookups.clear();
    this.lookups.set(key, Object.freeze(out) as Array<{ place: Place; cueOnly: boolean }>);
    return out;
  }
}
