import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Place } from '../types.js';
import { MarsadError } from '../errors.js';
import { dataPath } from '../lexicon/paths.js';
import { listDataFiles, readTsvFile, readYamlFile, resolveUserDir } from '../lexicon/overrides/index.js';
import type { PlaceTable} from './place-table.js';
import { toNameKeys, toPrecision } from './place-table.js';
import { gazetteerOverridesSchema, placeEntrySchema, placeFileSchema, type GazetteerOverrides, type PlaceEntry } from './schemas.js';

/** Reads the committed gazetteer (places and key postings) into the table. */
export function readBaseRows(table: PlaceTable, path = dataPath('gazetteer', 'places.tsv.gz')): void {
  if (!existsSync(path)) throw new MarsadError('E_DATA', `${path}: gazetteer missing (run npx tsx scripts/build-gazetteer.ts)`, { origin: path });
  table.loadBase(gunzipSync(readFileSync(path)).toString('utf8'));
}

/** Adds curated or user places; the parent city (by name, same country) lends admin-1 when the entry has none. */
export function addPlaceEntries(table: PlaceTable, entries: PlaceEntry[]): void {
  for (const e of entries) {
    const parent = e.parent ? findParent(table, e.parent, e.country) : null;
    const place: Place = {
      id: e.id, name: e.name, nameAr: e.ar[0] ?? null, kind: e.kind, country: e.country,
      admin1: e.admin1 ?? parent?.admin1 ?? null, lat: e.lat, lon: e.lon, population: e.population ?? 0, precision: toPrecision(e.kind),
    };
    const index = table.add(place);
    for (const n of [e.name, ...e.ar, ...e.en]) table.addName(n, index);
  }
}

function findParent(table: PlaceTable, name: string, country: string): Place | null {
  const byId = table.indexOf(name);
  if (byId !== undefined) return table.get(byId) ?? null;
  let best: Place | null = null;
  for (const { place } of toNameKeys(name).flatMap((k) => table.lookup(k))) {
    if (place.country === country && (place.kind === 'city' || place.kind === 'village') && (!best || place.population > best.population)) best = place;
  }
  return best;
}

/** Applies removals, aliases, fixes and additions. */
export function applyOverrides(table: PlaceTable, o: GazetteerOverrides, origin: string): void {
  addPlaceEntries(table, o.add);
  for (const [id, names] of Object.entries(o.aliases)) {
    const index = requireIndex(table, id, origin);
    for (const n of names) {
      if (n.startsWith('-')) table.removeName(n.slice(1), index);
      else table.addName(n, index);
    }
  }
  for (const [id, fix] of Object.entries(o.fix)) {
    const index = requireIndex(table, id, origin);
    const p = table.get(index);
    if (!p) continue;
    table.set(index, {
      ...p, population: fix.population ?? p.population, lat: fix.lat ?? p.lat, lon: fix.lon ?? p.lon, admin1: fix.admin1 ?? p.admin1,
      kind: fix.kind ?? p.kind, precision: toPrecision(fix.kind ?? p.kind), name: fix.name ?? p.name, nameAr: fix.name_ar ?? p.nameAr,
    });
  }
  for (const id of o.remove) table.remove(id);
}

function requireIndex(table: PlaceTable, id: string, origin: string): number {
  const index = table.indexOf(id);
  if (index === undefined) throw new MarsadError('E_DATA', `${origin}: unknown gazetteer id ${id}`, { origin });
  return index;
}

/** Applies the committed layers (sites, overrides) and then the user directory (places/*.yaml|tsv, gazetteer/*.yaml). */
export function applyLayers(table: PlaceTable, userDir?: string): void {
  addPlaceEntries(table, readYamlFile(dataPath('places', 'sites.yaml'), placeFileSchema));
  const base = dataPath('gazetteer', 'overrides.yaml');
  if (existsSync(base)) applyOverrides(table, readYamlFile(base, gazetteerOverridesSchema), base);
  const dir = resolveUserDir(userDir);
  for (const file of listDataFiles(dir, 'places', ['.yaml', '.yml'])) addPlaceEntries(table, readYamlFile(file, placeFileSchema));
  for (const file of listDataFiles(dir, 'places', ['.tsv'])) addPlaceEntries(table, readPlaceTsv(file));
  for (const file of listDataFiles(dir, 'gazetteer', ['.yaml', '.yml'])) applyOverrides(table, readYamlFile(file, gazetteerOverridesSchema), file);
}

/** TSV places: id, name, kind, country, lat, lon, source, and optional ar/en (`|`-separated), parent, admin1. */
function readPlaceTsv(file: string): PlaceEntry[] {
  return readTsvFile(file).map(({ line, row }) => {
    const split = (v: string | undefined): string[] => (v ? v.split('|').map((s) => s.trim()).filter(Boolean) : []);
    const candidate = {
      id: row['id'], name: row['name'], kind: row['kind'], country: row['country'], source: row['source'] ?? 'user',
      lat: Number(row['lat']), lon: Number(row['lon']), ar: split(row['ar']), en: split(row['en']),
      ...(row['parent'] ? { parent: row['parent'] } : {}), ...(row['admin1'] ? { admin1: row['admin1'] } : {}),
    };
    const parsed = placeEntrySchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new MarsadError('E_DATA', `${file}:${line}: ${issue?.message ?? 'invalid row'} (${issue?.path.join('.') ?? ''})`, { origin: file });
    }
    return parsed.data;
  });
}
