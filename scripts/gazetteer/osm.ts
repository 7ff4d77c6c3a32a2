import { readFileSync } from 'node:fs';
import { addNames, type BuildPlace } from './record.js';
import { isArabicName } from '../../src/geo/keys.js';
import { round } from './wof.js';

interface OsmRow { id: number; type: string; latitude: number; longitude: number; name: Array<Record<string, string>> }

/** OSM Libya place nodes (city/town/village/hamlet) as build places, id `osm:ly<n>`. */
export function readOsmLibya(path: string): BuildPlace[] {
  const rows = (JSON.parse(readFileSync(path, 'utf8')) as { data: OsmRow[] }).data;
  const out: BuildPlace[] = [];
  for (const r of rows) {
    const names = r.name[0] ?? {};
    const ar: string[] = [];
    if (names['ar'] && isArabicName(names['ar'])) addNames(ar, [names['ar']]);
    const en: string[] = [];
    addNames(en, [names['en'] ?? '', names['fr'] ?? ''].filter((n) => n.length > 0));
    if (ar.length === 0 && en.length === 0) continue;
    const town = r.type === 'city' || r.type === 'town';
    out.push({
      id: `osm:ly${r.id}`, kind: town ? 'city' : 'village', cc: 'LY', admin1: null, lat: round(r.latitude), lon: round(r.longitude),
      pop: 0, name: en[0] ?? ar[0] ?? '', nameAr: ar[0] ?? null, ar, en, gn: null, altIds: [], minor: !town,
    });
  }
  return out;
}
