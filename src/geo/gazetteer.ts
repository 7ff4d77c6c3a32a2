import type { Place } from '../types.js';
import { loadPlaceCues, type PlaceCues } from './cues.js';
import { loadDemonyms, type Demonym } from './demonyms.js';
import { applyLayers, readBaseRows } from './load-gazetteer.js';
import { PlaceTable } from './place-table.js';
import type { KeyFilter } from './key-filter.js';

export interface Candidate {
  place: Place;
  /** The key is an ordinary word for this place: accept it only after a cue (مدينة، قرية، village…). */
  cueOnly: boolean;
}

export interface Gazetteer {
  size: number;
  byId(id: string): Place | undefined;
  /** Places named by a match key (see keys.ts: folded Arabic, Latin key). */
  lookup(key: string): Candidate[];
  has(key: string): boolean;
  /** Every key and its word prefixes, for matchers to prune phrases that start no key. */
  keyFilter: KeyFilter;
  /** Longest name in words, the window the matchers try. */
  maxWords: number;
  /** The country record `iso:CC`. */
  country(iso2: string): Place | undefined;
  /** Country adjective (folded Arabic form or Latin key) → country codes. */
  demonym(key: string): Demonym | undefined;
  /** Context words (folded) before/after a name → the kinds they point to. */
  cues: PlaceCues;
}

export interface GazetteerOptions {
  userDir?: string;
}

const cache = new Map<string, Gazetteer>();

/**
 * Loads the committed gazetteer, curated sites, overrides and the user directory (option, else
 * MARSAD_DATA_DIR). Cached per process and user directory.
 */
export function loadGazetteer(options: GazetteerOptions = {}): Gazetteer {
  const cacheKey = options.userDir ?? process.env['MARSAD_DATA_DIR'] ?? '';
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const table = new PlaceTable();
  readBaseRows(table);
  applyLayers(table, options.userDir);
  const gazetteer = toGazetteer(table, loadDemonyms(), loadPlaceCues());
  cache.set(cacheKey, gazetteer);
  return gazetteer;
}

function toGazetteer(table: PlaceTable, demonyms: Map<string, Demonym>, cues: PlaceCues): Gazetteer {
  return {
    size: table.count,
    byId: (id) => {
      const i = table.indexOf(id);
      return i === undefined ? undefined : table.get(i);
    },
    lookup: (key) => table.lookup(key),
    has: (key) => table.has(key),
    keyFilter: table.keyFilter,
    maxWords: Math.min(table.maxWords, 6),
    country: (iso2) => {
      const i = table.indexOf(`iso:${iso2}`);
      return i === undefined ? undefined : table.get(i);
    },
    demonym: (key) => demonyms.get(key),
    cues,
  };
}
