/**
 * Throwaway measurement (not a test): gazetteer and actor dictionary load time and heap, and place-finder
 * time per token on the reference report. Run: node --expose-gc --import tsx scripts/gazetteer/measure-load.ts
 */
import { readFileSync } from 'node:fs';
import { loadGazetteer } from '../../src/geo/index.js';
import { loadActorDictionary } from '../../src/lexicon/actors/index.js';
import { createAnalyzer } from '../../src/pipeline/segment/index.js';
import { createGeocoder, createPlaceFinder } from '../../src/pipeline/geocode/index.js';

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heap0 = process.memoryUsage().heapUsed;
const rss0 = process.memoryUsage().rss;
let t = performance.now();
const gazetteer = loadGazetteer();
const loadMs = performance.now() - t;
gc?.();
console.log(`gazetteer: ${gazetteer.size} places, load ${loadMs.toFixed(0)} ms, heap +${((process.memoryUsage().heapUsed - heap0) / 1e6).toFixed(0)} MB, rss +${((process.memoryUsage().rss - rss0) / 1e6).toFixed(0)} MB`);
t = performance.now();
const actors = loadActorDictionary();
console.log(`actors: ${actors.size} entries, load ${(performance.now() - t).toFixed(0)} ms`);
const text = readFileSync(new URL('../../examples/sirte-2016-08-02.ar.txt', import.meta.url), 'utf8');
const analysis = createAnalyzer()({
  id: 'x', origin: 'x', title: null, text, language: 'ar', published: null, source: null, url: null,
  metadata: { captions: [], credits: [], outlets: [], sourceLine: null, dateline: null, removed: [] }, diagnostics: [],
});
const find = createPlaceFinder(gazetteer);
const geocode = createGeocoder(gazetteer);
for (let i = 0; i < 5; i++) geocode(analysis, find(analysis));
const runs = 50;
t = performance.now();
for (let i = 0; i < runs; i++) geocode(analysis, find(analysis));
const per = (performance.now() - t) / runs;
console.log(`find+geocode: ${per.toFixed(2)} ms per report of ${analysis.tokens.length} tokens (${((per * 1000) / analysis.tokens.length).toFixed(1)} µs per token)`);
t = performance.now();
for (let i = 0; i < runs; i++) actors.match(analysis);
console.log(`actor match: ${((performance.now() - t) / runs).toFixed(2)} ms per report`);
