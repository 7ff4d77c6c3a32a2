import { join } from 'node:path';
import { readCorpusLines, toSourceDoc, toOrigin, SHARED_ROOT } from './lib/corpus.js';
import { createCleaner } from '../src/pipeline/clean/index.js';
import { createAnalyzer } from '../src/pipeline/segment/index.js';
import { findPhrases, loadGazetteer } from '../src/geo/index.js';
const g = loadGazetteer();
const clean = createCleaner(); const analyze = createAnalyzer();
let hits = 0, cands = 0, docs = 0, tokens = 0, lookups = 0;
const keyCount = new Map<string, number>();
for await (const line of readCorpusLines([join(SHARED_ROOT, 'data/corpus/ant_v2.1_multisource_2018.jsonl.gz')], 300)) {
  const a = analyze(clean(toSourceDoc(JSON.parse(line.raw), toOrigin(line))));
  docs++; tokens += a.tokens.length;
  for (const h of findPhrases(a, g.maxWords, (k) => { lookups++; return g.has(k); }, { hasHead: (w) => g.hasHead(w) })) { hits++; cands += g.lookup(h.key).length; keyCount.set(h.key, (keyCount.get(h.key) ?? 0) + 1); }
}
console.log({ docs, tokens: tokens / docs, hits: hits / docs, cands: cands / hits, lookups: lookups / docs });
console.log([...keyCount].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, n]) => `${k}:${n}:${g.lookup(k).length}`).join(' '));
