// Throwaway harness: place finding, geocoding, actor matching over N corpus articles.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpusLines, toSourceDoc, toOrigin, SHARED_ROOT } from './lib/corpus.js';
import { createCleaner } from '../src/pipeline/clean/index.js';
import { createAnalyzer } from '../src/pipeline/segment/index.js';
import { createEntityRecognizer } from '../src/pipeline/recognize/entities/index.js';
import { loadNerModel } from '../src/pipeline/recognize/ner/index.js';
import { createPlaceFinder, createGeocoder, findDocumentFocus } from '../src/pipeline/geocode/index.js';
import { loadGazetteer, toIso3 } from '../src/geo/index.js';
import { loadActorDictionary } from '../src/lexicon/actors/index.js';
import type { Analysis, Mention } from '../src/types.js';

const N = Number(process.argv[2] ?? 2000);
const REPEAT = Number(process.argv[3] ?? 3);
const out = process.argv[4] ?? '/tmp/geoperf/out.json';
const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

let t = cpu();
const gazetteer = loadGazetteer();
const tGaz = cpu() - t;
t = cpu();
const actors = loadActorDictionary();
const tAct = cpu() - t;
console.log(`load: gazetteer ${tGaz.toFixed(0)} ms, actors ${tAct.toFixed(0)} ms`);

const clean = createCleaner();
const analyze = createAnalyzer();
const ner = createEntityRecognizer({ model: loadNerModel() });
const docs: Array<{ analysis: Analysis; model: Mention[] }> = [];
for await (const line of readCorpusLines([join(SHARED_ROOT, 'data/corpus/ant_v2.1_multisource_2018.jsonl.gz')], N)) {
  const rec = JSON.parse(line.raw);
  const article = clean(toSourceDoc(rec, toOrigin(line)));
  const analysis = analyze(article);
  docs.push({ analysis, model: ner(analysis) });
}
console.log(`${docs.length} articles prepared`);
const findPlaces = createPlaceFinder(gazetteer);
const geocode = createGeocoder(gazetteer);
function merge(model: Mention[], g: Mention[]): Mention[] {
  const taken = new Set(g.map((m) => `${m.span[0]}:${m.span[1]}`));
  return [...g, ...model.filter((m) => !taken.has(`${m.span[0]}:${m.span[1]}`))].sort((a, b) => a.span[0] - b.span[0]);
}
if (process.env.ONLY_FIND) { for (let r = 0; r < 15; r++) for (const d of docs) findPlaces(d.analysis); process.exit(0); }
const results: unknown[] = [];
const best = { find: Infinity, geo: Infinity, act: Infinity };
for (let r = 0; r < REPEAT; r++) {
  let a = 0, b = 0, c = 0;
  const res: unknown[] = [];
  for (const d of docs) {
    let s = cpu();
    const found = findPlaces(d.analysis);
    a += cpu() - s;
    const mentions = merge(d.model, found);
    s = cpu();
    const places = geocode(d.analysis, mentions);
    b += cpu() - s;
    s = cpu();
    const am = actors.match(d.analysis, { country: toIso3(findDocumentFocus(places).country) });
    c += cpu() - s;
    if (r === 0) res.push({ found, places, actors: am });
  }
  if (r === 0) results.push(...res);
  best.find = Math.min(best.find, a); best.geo = Math.min(best.geo, b); best.act = Math.min(best.act, c);
  const n = docs.length;
  console.log(`pass ${r}: find ${(a / n).toFixed(3)} geo ${(b / n).toFixed(3)} actors ${(c / n).toFixed(3)} total ${((a + b + c) / n).toFixed(3)} ms/article`);
}
const n = docs.length;
console.log(`best: find ${(best.find / n).toFixed(3)} geo ${(best.geo / n).toFixed(3)} actors ${(best.act / n).toFixed(3)} total ${((best.find + best.geo + best.act) / n).toFixed(3)} ms/article`);
writeFileSync(out, JSON.stringify(results));
