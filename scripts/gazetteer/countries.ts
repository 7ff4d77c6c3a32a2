import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addNames, type BuildPlace } from './record.js';
import { isArabicName } from '../../src/geo/keys.js';

interface WorldCountry { cca2: string; cca3: string; name_en: string; official_en: string; name_ar: string; official_ar: string; altSpellings: string[]; latlng: number[] }

/** Every country, id `iso:CC`, with Arabic names from world-countries, i18n-iso-countries and CLDR. */
export function readCountries(dir: string, populations: Map<string, number>): BuildPlace[] {
  const world = JSON.parse(readFileSync(join(dir, 'world-countries-ar-en.json'), 'utf8')) as WorldCountry[];
  const i18nAr = (JSON.parse(readFileSync(join(dir, 'i18n-iso-countries-ar.json'), 'utf8')) as { countries: Record<string, string | string[]> }).countries;
  const i18nEn = (JSON.parse(readFileSync(join(dir, 'i18n-iso-countries-en.json'), 'utf8')) as { countries: Record<string, string | string[]> }).countries;
  const cldr = (JSON.parse(readFileSync(join(dir, 'cldr-ar-territories.json'), 'utf8')) as {
    main: { ar: { localeDisplayNames: { territories: Record<string, string> } } };
  }).main.ar.localeDisplayNames.territories;
  return world.map((w) => {
    const ar: string[] = [];
    addNames(ar, [w.name_ar, ...[i18nAr[w.cca2] ?? []].flat(), cldr[w.cca2] ?? '', cldr[`${w.cca2}-alt-short`] ?? '', cldr[`${w.cca2}-alt-variant`] ?? '', w.official_ar].filter(isArabicName));
    const en: string[] = [];
    addNames(en, [w.name_en, ...[i18nEn[w.cca2] ?? []].flat(), w.official_en, ...w.altSpellings.filter((s) => s.length > 3)]);
    return {
      id: `iso:${w.cca2}`, kind: 'country' as const, cc: w.cca2, admin1: null, lat: w.latlng[0] ?? 0, lon: w.latlng[1] ?? 0,
      pop: populations.get(w.cca2) ?? 0, name: w.name_en, nameAr: w.name_ar || null, ar, en, gn: null, altIds: [], minor: false,
    };
  });
}

/** Country populations from GeoNames countryInfo (column 8). */
export function readCountryPopulations(path: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    const c = line.split('\t');
    if (c[0] && c[7]) out.set(c[0], Number(c[7]) || 0);
  }
  return out;
}
