/**
 * Builds the compact runtime gazetteer (data/gazetteer/places.tsv.gz) and the admin-1 polygons
 * (data/geo/mena-admin1.topo.json) from the shared sources under MARSAD_SHARED_DATA (default /work/shared/data).
 * Deterministic: rows sorted by id, keys sorted, no timestamps.  Run: npx tsx scripts/build-gazetteer.ts
 * Also refreshes data/compiled/yaml.json (compile-yaml.ts alone does that without the shared sources).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dataPath } from '../src/lexicon/paths.js';
import { readCountries, readCountryPopulations } from './gazetteer/countries.js';
import { loadEnglishWords } from './gazetteer/english.js';
import { countNewsWords } from './gazetteer/frequency.js';
import { readGeonamesCities, readGeonamesStates, readStateArabicNames } from './gazetteer/geonames.js';
import { findDuplicate, mergeInto, PlaceGrid } from './gazetteer/merge.js';
import { toPlaceKeys, toStopSet } from './gazetteer/names.js';
import { readOsmLibya } from './gazetteer/osm.js';
import { findRegion, toRegionShapes } from './gazetteer/pip.js';
import { readLines } from './gazetteer/read-sources.js';
import { addNames, type BuildPlace } from './gazetteer/record.js';
import { readWofCountry } from './gazetteer/wof.js';
import { writeCompiledYaml } from './gazetteer/compile-yaml.js';

const SHARED = process.env['MARSAD_SHARED_DATA'] ?? '/work/shared/data';
const GEO = join(SHARED, 'geo');
/** Countries near the MENA focus without WOF data: every GeoNames city ≥15k and their admin-1 units. */
const EXTRA = new Set(['TR', 'IR', 'CY', 'ET', 'ER', 'NG', 'BF', 'KE', 'AF', 'PK', 'AZ', 'AM', 'GE', 'CM', 'CF', 'UG', 'GR', 'MT', 'EH']);
/** Elsewhere: large cities and capitals only (news names them as actors' seats: Washington, Moscow, Paris). */
const WORLD_MIN_POP = 150_000;
const NEWS_DOCS = 100_000;
/** Cities outside the MENA/Sahel focus keep Arabic names only when large (small ones collide with words). */
const FAR_ARABIC_MIN_POP = 500_000;

async function main(): Promise<void> {
  const places = new Map<string, BuildPlace>();
  const countries = readCountries(join(GEO, 'countries-ar'), readCountryPopulations(join(GEO, 'geonames-cities15000/countryInfo.tsv')));
  for (const c of countries) places.set(c.id, c);

  const wofFiles = readdirSync(join(GEO, 'wof-mena')).filter((f) => /^wof-[a-z]{2}\.jsonl\.gz$/.test(f)).sort();
  const wofCountries = new Set(wofFiles.map((f) => f.slice(4, 6).toUpperCase()));
  const stateArabic = readStateArabicNames(join(GEO, 'geonames-admin1-ar/states.json'));
  const regionNames = new Map<number, string>();
  const grid = new PlaceGrid();
  const byGn = new Map<number, BuildPlace>();
  for (const file of wofFiles) {
    const { places: wof, regions } = await readWofCountry(join(GEO, 'wof-mena', file));
    for (const [id, name] of regions) regionNames.set(id, name);
    for (const p of wof) {
      if (p.kind === 'admin1' && p.gn !== null) addNames(p.ar, stateArabic.get(p.gn) ?? []);
      places.set(p.id, p);
      if (p.kind === 'village' || p.kind === 'neighbourhood' || p.kind === 'city') {
        grid.add(p);
        if (p.gn !== null && p.kind !== 'neighbourhood' && !byGn.has(p.gn)) byGn.set(p.gn, p);
      }
    }
    process.stderr.write(`${file}: ${wof.length}\n`);
  }

  const shapesJson = JSON.parse(readFileSync(join(GEO, 'wof-mena/mena-admin1.geojson'), 'utf8')) as { features: Parameters<typeof toRegionShapes>[0] };
  const shapes = toRegionShapes(shapesJson.features);
  const regionOf = (p: BuildPlace): string | null => {
    const shape = findRegion(shapes, p.lon, p.lat, p.cc);
    return shape ? regionNames.get(Number(shape.properties['id'])) ?? String(shape.properties['name_en'] ?? shape.properties['name']) : null;
  };

  const cities = readGeonamesCities(join(GEO, 'geonames-cities15000'), (cc, pop, feature) =>
    wofCountries.has(cc) || EXTRA.has(cc) || pop >= WORLD_MIN_POP || feature === 'PPLC');
  for (const city of cities) {
    const same = (city.gn !== null ? byGn.get(city.gn) : undefined) ?? (wofCountries.has(city.cc) ? findDuplicate(grid, city, 8) : null);
    if (same) {
      mergeInto(same, city);
      continue;
    }
    const { admin1Code: _code, feature: _feature, ...place } = city;
    if (wofCountries.has(place.cc)) place.admin1 = regionOf(place) ?? place.admin1;
    places.set(place.id, place);
    grid.add(place);
  }
  for (const state of readGeonamesStates(join(GEO, 'geonames-admin1-ar/states.json'), EXTRA)) places.set(state.id, state);

  for (const osm of readOsmLibya(join(GEO, 'osm-libya-places/all.json'))) {
    const same = findDuplicate(grid, osm, 15);
    if (same) {
      mergeInto(same, { ...osm, pop: 0 });
      continue;
    }
    osm.admin1 = regionOf(osm);
    places.set(osm.id, osm);
    grid.add(osm);
  }
  for (const p of places.values()) if (p.admin1 === null && p.kind !== 'country' && wofCountries.has(p.cc)) p.admin1 = regionOf(p);

  const stop = toStopSet([
    ...readLines(dataPath('gazetteer', 'stop-names.txt')),
    ...readLines(join(SHARED, 'lexicon/stopwords/mohataher-list.txt')),
    ...readLines(join(SHARED, 'lexicon/stopwords/stopwords-iso-ar.txt')),
    // Person names: a village called أحمد is dropped, a town named like a person needs a cue.
    ...['akhateeb-male-first--names-in-arabic.txt', 'akhateeb-female-first-names-in-arabic.txt', 'akhateeb-last-names-in-arabic.txt']
      .flatMap((f) => readLines(join(SHARED, 'lexicon/names', f))),
    ...['akhateeb-Most-Popular-Arabic-FirstNames.txt', 'akhateeb-Most-Popular-Arabic-LastNames.txt'].flatMap((f) => readLines(join(SHARED, 'lexicon/names', f))),
  ]);
  const english = loadEnglishWords(readLines(dataPath('gazetteer', 'english-words.txt')));
  const counts = await countNewsWords(join(SHARED, 'corpus/ant_v2.1_multisource_2018.jsonl.gz'), NEWS_DOCS);

  const rows: string[] = [];
  const postings = new Map<string, string[]>();
  const altRows = new Map<string, number>();
  let cueOnly = 0;
  const notable: string[] = [];
  for (const p of [...places.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const country = p.kind === 'country';
    const near = wofCountries.has(p.cc) || EXTRA.has(p.cc);
    const keys = toPlaceKeys(p.ar, p.en, {
      stop: country ? new Set() : stop, counts, minor: p.minor && p.pop < 15000, allowShort: country || p.pop >= 100_000,
      arabic: country || near || p.pop >= FAR_ARABIC_MIN_POP, population: p.pop, large: p.kind === 'admin1' || p.pop >= 100_000, loose: near && !country, english,
    });
    if (keys.length === 0) continue;
    const index = rows.length;
    for (const k of keys) {
      const cue = k.startsWith('~');
      const key = cue ? k.slice(1) : k;
      const list = postings.get(key) ?? [];
      list.push(cue ? `~${index}` : String(index));
      postings.set(key, list);
    }
    cueOnly += keys.filter((k) => k.startsWith('~')).length;
    if (p.pop >= 100_000 && keys.some((k) => k.startsWith('~'))) notable.push(`${p.name}:${keys.filter((k) => k.startsWith('~')).join(',')}`);
    const cells = [p.id, p.kind, p.cc, p.admin1 ?? '', p.lat, p.lon, p.pop, p.name, p.nameAr ?? ''].map((v) => String(v).replace(/[\t\n]/g, ' '));
    rows.push([...cells, [...new Set(p.altIds)].sort().join('|')].join('\t'));
    for (const alt of new Set(p.altIds)) if (!places.has(alt)) altRows.set(alt, index);
  }
  const keyRows = [...postings.keys()].sort().map((k) => `${k}\t${(postings.get(k) ?? []).join(',')}`);
  const maxWords = [...postings.keys()].reduce((m, k) => Math.max(m, k.split(' ').length), 1);
  const alts = [...altRows.keys()].sort().map((k) => `${k}\t${altRows.get(k) ?? ''}`);
  const body = [`#places ${rows.length}`, ...rows, `#keys ${keyRows.length} ${maxWords}`, ...keyRows, `#alt ${alts.length}`, ...alts].join('\n') + '\n';
  mkdirSync(dataPath('gazetteer'), { recursive: true });
  mkdirSync(dataPath('geo'), { recursive: true });
  writeFileSync(dataPath('gazetteer', 'places.tsv.gz'), gzipSync(body, { level: 9 }));
  writeFileSync(dataPath('geo', 'mena-admin1.topo.json'), readFileSync(join(GEO, 'wof-mena/mena-admin1.topo.json')));
  writeCompiledYaml();
  if (process.env['VERBOSE']) process.stderr.write(`cue-only names of large places: ${notable.join(' ')}\n`);
  process.stderr.write(`places: ${rows.length}; keys: ${keyRows.length}; cue-only keys: ${cueOnly}\n`);
}

await main();
