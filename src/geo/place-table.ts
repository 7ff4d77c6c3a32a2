import type { Place, PlacePrecision } from '../types.js';
import { isLatinName, toArabicKeys, toLatinKey } from './keys.js';

const PRECISION: Record<string, PlacePrecision> = {
  country: 'country', admin1: 'admin1', admin2: 'admin2', region: 'region', city: 'city', village: 'city',
  neighbourhood: 'neighbourhood', district: 'neighbourhood', camp: 'neighbourhood', island: 'city', valley: 'city', mountain: 'point',
};

/** Precision of a place kind: named sites (airports, bases, crossings…) are points. */
export function toPrecision(kind: string): PlacePrecision {
  return PRECISION[kind] ?? 'point';
}

/** Every place plus the key → place index, mutable while layers are applied. */
export class PlaceTable {
  readonly places: Place[] = [];
  private readonly ids = new Map<string, number>();
  /** key → place indexes; cue-only entries are stored as -(index + 1). */
  private readonly keys = new Map<string, number[]>();
  maxWords = 1;

  add(place: Place, keys: string[], altIds: string[] = []): number {
    const existing = this.ids.get(place.id);
    const index = existing ?? this.places.length;
    if (existing === undefined) this.places.push(place);
    else this.places[index] = place;
    this.ids.set(place.id, index);
    for (const alt of altIds) if (!this.ids.has(alt)) this.ids.set(alt, index);
    for (const k of keys) this.addKey(k, index);
    return index;
  }

  addKey(raw: string, index: number): void {
    const cue = raw.startsWith('~');
    const key = cue ? raw.slice(1) : raw;
    const list = this.keys.get(key);
    const code = cue ? -(index + 1) : index;
    if (!list) this.keys.set(key, [code]);
    else if (!list.includes(code) && !list.includes(index)) list.push(code);
    const words = key.split(' ').length;
    if (words > this.maxWords) this.maxWords = words;
  }

  /** Adds the keys of a display name (Arabic or Latin). */
  addName(name: string, index: number): void {
    for (const k of toNameKeys(name)) this.addKey(k, index);
  }

  removeName(name: string, index: number): void {
    for (const k of toNameKeys(name)) {
      const list = this.keys.get(k);
      if (list) this.keys.set(k, list.filter((c) => c !== index && c !== -(index + 1)));
    }
  }

  indexOf(id: string): number | undefined {
    return this.ids.get(id);
  }

  remove(id: string): void {
    const index = this.ids.get(id);
    if (index === undefined) return;
    for (const [k, list] of this.keys) if (list.includes(index) || list.includes(-(index + 1))) this.keys.set(k, list.filter((c) => c !== index && c !== -(index + 1)));
    for (const [alt, i] of this.ids) if (i === index) this.ids.delete(alt);
  }

  has(key: string): boolean {
    const list = this.keys.get(key);
    return list !== undefined && list.length > 0;
  }

  lookup(key: string): Array<{ place: Place; cueOnly: boolean }> {
    const out: Array<{ place: Place; cueOnly: boolean }> = [];
    for (const code of this.keys.get(key) ?? []) {
      const place = this.places[code < 0 ? -code - 1 : code];
      if (place) out.push({ place, cueOnly: code < 0 });
    }
    return out;
  }
}

export function toNameKeys(name: string): string[] {
  return isLatinName(name) ? [toLatinKey(name)] : toArabicKeys(name);
}
