import { readJsonLinesGz } from './read-sources.js';
import { addNames, strings, type BuildPlace, type Kind } from './record.js';
import { stripAdminPrefix, stripLatinAdminSuffix } from './names.js';
import { isArabicName } from '../../src/geo/keys.js';

const KIND: Record<string, Kind> = {
  region: 'admin1', county: 'admin2', localadmin: 'admin2', locality: 'village',
  neighbourhood: 'neighbourhood', microhood: 'neighbourhood', campus: 'neighbourhood',
};

/** Countries whose WOF export lists every hamlet without Arabic names: keep only named or populated ones. */
const FULL_COUNTRIES = new Set(['LY', 'SY', 'IQ', 'YE', 'PS', 'LB', 'JO', 'IL']);

/** "Live" per the extract's notes: not marked not-current, not deprecated, not superseded. */
function isLive(r: Record<string, unknown>): boolean {
  const superseded = r['superseded_by'];
  return r['current'] !== 0 && !r['deprecated'] && !(Array.isArray(superseded) && superseded.length > 0);
}

/** Reads live WOF records of one country into build places (country records skipped: countries come from ISO lists). */
export async function readWofCountry(path: string): Promise<{ places: BuildPlace[]; regions: Map<number, string> }> {
  const places: BuildPlace[] = [];
  const regionNames = new Map<number, string>();
  const regionOf = new Map<string, number>();
  for await (const r of readJsonLinesGz(path)) {
    const kind = KIND[String(r['pt'])];
    if (!kind || !isLive(r)) continue;
    const lat = Number(r['lat']);
    const lon = Number(r['lon']);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const ar = strings(r['ar']).filter(isArabicName);
    const en = strings(r['en']);
    const cc = String(r['cc'] ?? '').toUpperCase();
    const pop = Number(r['pop'] ?? 0) || 0;
    if (kind === 'village' && !FULL_COUNTRIES.has(cc) && ar.length === 0 && en.length === 0 && pop === 0) continue;
    const name = en[0] ?? String(r['name'] ?? '');
    const admin = kind === 'admin1' || kind === 'admin2';
    // Variant Arabic names of admin units are unreliable (a governorate listing another's capital): keep the preferred one.
    const arNames = admin ? ar.slice(0, 1) : ar;
    const allAr: string[] = [];
    for (const a of arNames) {
      const bare = stripAdminPrefix(a);
      if (bare !== null) {
        if (admin) addNames(allAr, [a]);
        addNames(allAr, [bare]);
      } else addNames(allAr, [a]);
    }
    const allEn: string[] = [];
    addNames(allEn, [...en, String(r['name'] ?? '')].map(stripLatinAdminSuffix));
    const id = `wof:${String(r['id'])}`;
    if (kind === 'admin1') regionNames.set(Number(r['id']), stripLatinAdminSuffix(name));
    if (typeof r['region'] === 'number') regionOf.set(id, r['region']);
    places.push({
      id, kind, cc, admin1: null, lat: round(lat), lon: round(lon), pop, name: stripLatinAdminSuffix(name),
      nameAr: allAr.find((a) => stripAdminPrefix(a) === null) ?? allAr[0] ?? null,
      ar: allAr, en: allEn, gn: typeof r['gn'] === 'number' && r['gn'] > 0 ? r['gn'] : null, altIds: [],
      minor: kind === 'village' || kind === 'neighbourhood',
    });
  }
  for (const p of places) {
    const region = regionOf.get(p.id);
    if (p.kind === 'admin1') p.admin1 = p.name;
    else if (region !== undefined) p.admin1 = regionNames.get(region) ?? null;
  }
  return { places, regions: regionNames };
}

export function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
