/**
 * Throwaway measurement (not a test): geocode the first sentence of each ACLED note in the MENA subset and
 * compare with ACLED's coordinates (share within 25 km) and admin-1 (same polygon, else same name).
 * Run: npx tsx scripts/gazetteer/measure-acled.ts [limit]
 */
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../src/pipeline/segment/index.js';
import { loadGazetteer, toLatinKey } from '../../src/geo/index.js';
import { createGeocoder, createPlaceFinder, pickEventLocation } from '../../src/pipeline/geocode/index.js';
import { findRegion, toRegionShapes } from './pip.js';
import { distanceKm } from './record.js';
import type { Article } from '../../src/types.js';

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else if (c !== '\r') cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

const SHARED = process.env['MARSAD_SHARED_DATA'] ?? '/work/shared/data';
const [header = [], ...rows] = parseCsv(readFileSync(`${SHARED}/events/acled_2020-05_MENA_subset.csv`, 'utf8'));
const col = (name: string): number => header.indexOf(name);
const limit = Number(process.argv[2] ?? rows.length);
/** COUNTRY_HINT=1 gives the note a dateline with ACLED's country, as a real report's dateline or headline would. */
const hint = process.env['COUNTRY_HINT'] === '1';
const shapes = toRegionShapes((JSON.parse(readFileSync(`${SHARED}/geo/wof-mena/mena-admin1.geojson`, 'utf8')) as { features: Parameters<typeof toRegionShapes>[0] }).features);
const g = loadGazetteer();
const analyze = createAnalyzer();
const find = createPlaceFinder(g);
const geocode = createGeocoder(g);
const norm = (s: string): string => toLatinKey(s).replace(/[^a-z]/g, '');
let n = 0, near = 0, admin = 0, none = 0, oracle = 0, oracleFirst = 0;
const misses: string[] = [];
for (const r of rows.slice(0, limit)) {
  const note = r[col('notes')] ?? '';
  const lat = Number(r[col('latitude')]);
  const lon = Number(r[col('longitude')]);
  const cc = r[col('iso3')] ?? '';
  const article: Article = {
    id: r[col('data_id')] ?? '', origin: 'acled', title: null, text: note, language: 'en', published: null, source: null, url: null,
    metadata: { captions: [], credits: [], outlets: [], sourceLine: null, dateline: hint ? r[col('country')] ?? null : null, removed: [] }, diagnostics: [],
  };
  const analysis = analyze(article);
  const places = geocode(analysis, find(analysis));
  const first = analysis.sentences[0];
  if (!first) continue;
  n++;
  // The event trigger is approximated by the first past-tense verb after the date ("shelled", "protested").
  const verb = analysis.tokens.slice(first.tokens[0], first.tokens[1]).find((t) => t.span[0] > first.span[0] + 12 && /^[a-z]+ed$/.test(t.text) && t.text !== 'armed');
  const trigger: [number, number] = verb ? verb.span : [first.span[0], first.span[0]];
  const { place } = pickEventLocation(places, first.span, trigger);
  // Upper bound of the picker: some place resolved anywhere in the note lies within 25 km.
  const close = places.filter((p) => p.place.lat !== null && p.place.lon !== null && distanceKm(lat, lon, p.place.lat, p.place.lon) <= 25);
  if (close.length > 0) oracle++;
  if (close.some((p) => p.span[1] <= first.span[1])) oracleFirst++;
  if (!place || place.place.lat === null || place.place.lon === null) {
    none++;
    misses.push(`NONE ${cc} ${r[col('location')]} | ${note.slice(0, 140)}`);
    continue;
  }
  const km = distanceKm(lat, lon, place.place.lat, place.place.lon);
  if (km <= 25) near++;
  const theirs = findRegion(shapes, lon, lat, null, 0.3);
  const ours = findRegion(shapes, place.place.lon, place.place.lat, null, 0.3);
  const sameAdmin = theirs && ours ? theirs.properties['id'] === ours.properties['id'] : norm(place.place.admin1 ?? '') === norm(r[col('admin1')] ?? '');
  if (sameAdmin) admin++;
  if (km > 25 && close.some((p) => p.span[1] <= first.span[1])) misses.push(`PICK→${close.map((p) => p.text).join('/')} `);
  if (km > 25) misses.push(`${Math.round(km)}km ${cc} ${r[col('location')]} (${r[col('admin1')]}) → ${place.text}=${place.place.name}/${place.place.country}/${place.place.admin1} | ${note.slice(0, 120)}`);
}
console.log(`notes ${n}; within 25 km ${(100 * near / n).toFixed(1)}%; same admin-1 ${(100 * admin / n).toFixed(1)}%; no place ${none}; some resolved place within 25 km: in the note ${(100 * oracle / n).toFixed(1)}%, in its first sentence ${(100 * oracleFirst / n).toFixed(1)}%`);
if (process.env['VERBOSE']) console.log(misses.join('\n'));
