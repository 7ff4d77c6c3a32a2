import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readZipMember } from './read-sources.js';
import { addNames, type BuildPlace } from './record.js';
import { isUsefulLatinAlternate, stripAdminPrefix, stripLatinAdminSuffix } from './names.js';
import { isArabicName } from '../../src/geo/keys.js';
import { round } from './wof.js';

export interface GeonamesCity extends BuildPlace {
  admin1Code: string;
  feature: string;
}

/** Reads GeoNames cities15000 with Latin alternates and the Arabic-script names of the derived TSV. */
export function readGeonamesCities(dir: string, keep: (cc: string, pop: number, feature: string) => boolean): GeonamesCity[] {
  const arabic = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, 'cities15000-arabic-script.tsv'), 'utf8').split('\n').slice(1)) {
    const cols = line.split('\t');
    if (cols[0] && cols[10]) arabic.set(cols[0], cols[10].split('|').filter(isArabicName));
  }
  const admin1 = readAdmin1Names(dir);
  const out: GeonamesCity[] = [];
  for (const line of readZipMember(join(dir, 'cities15000.zip'), 'cities15000.txt').split('\n')) {
    const c = line.split('\t');
    if (c.length < 19) continue;
    const [id = '', name = '', ascii = '', alternates = '', lat = '', lon = ''] = c;
    const cc = c[8] ?? '';
    const feature = c[7] ?? '';
    const pop = Number(c[14] ?? 0) || 0;
    if (!keep(cc, pop, feature)) continue;
    const en: string[] = [];
    addNames(en, [name, ascii, ...alternates.split(',').filter(isUsefulLatinAlternate)]);
    const ar: string[] = [];
    for (const a of arabic.get(id) ?? []) addNames(ar, [stripAdminPrefix(a) ?? a]);
    const code = `${cc}.${c[10] ?? ''}`;
    out.push({
      id: `geonames:${id}`, kind: 'city', cc, admin1: admin1.get(code) ?? null, lat: round(Number(lat)), lon: round(Number(lon)), pop,
      name, nameAr: ar[0] ?? null, ar, en, gn: Number(id), altIds: [], minor: false, admin1Code: code, feature,
    });
  }
  return out;
}

/** GeoNames admin-1 code (`LY.76`) → English name. */
export function readAdmin1Names(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'admin1-regionInfo.tsv'), 'utf8').split('\n')) {
    const [code, , ascii] = line.split('\t');
    if (code && ascii && !code.startsWith('#')) out.set(code, stripLatinAdminSuffix(ascii));
  }
  return out;
}

interface StateRow { Id: string; Code: string; CountryCode: string; Name_EN: string; Name_AR: string; Latitude: number; Longitude: number }

/** GeoNames admin-1 units of the given countries, with Arabic names, as build places. */
export function readGeonamesStates(path: string, countries: Set<string>): BuildPlace[] {
  const rows = JSON.parse(readFileSync(path, 'utf8')) as StateRow[];
  return rows
    .filter((r) => countries.has(r.CountryCode))
    .map((r) => {
      const ar: string[] = [];
      if (r.Name_AR && isArabicName(r.Name_AR)) addNames(ar, [r.Name_AR, stripAdminPrefix(r.Name_AR) ?? r.Name_AR]);
      const name = stripLatinAdminSuffix(r.Name_EN);
      return {
        id: `geonames:${r.Id}`, kind: 'admin1' as const, cc: r.CountryCode, admin1: name, lat: round(r.Latitude), lon: round(r.Longitude),
        pop: 0, name, nameAr: ar[ar.length - 1] ?? null, ar, en: [name, r.Name_EN], gn: Number(r.Id), altIds: [], minor: false,
      };
    });
}

/** Arabic admin-1 names keyed by GeoNames id (for WOF regions that carry `gn`). */
export function readStateArabicNames(path: string): Map<number, string[]> {
  const rows = JSON.parse(readFileSync(path, 'utf8')) as StateRow[];
  const out = new Map<number, string[]>();
  for (const r of rows) {
    if (!r.Name_AR || !isArabicName(r.Name_AR)) continue;
    const names: string[] = [];
    addNames(names, [r.Name_AR, stripAdminPrefix(r.Name_AR) ?? r.Name_AR]);
    out.set(Number(r.Id), names);
  }
  return out;
}
