import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { createAnalyzer } from './src/pipeline/segment/index.js';
import { createEventCoder } from './src/pipeline/code-events/index.js';
import { toArticle } from './test/golden/events/helpers.js';
const analyze = createAnalyzer(); const code = createEventCoder();
const rl = createInterface({ input: createReadStream('/work/shared/data/corpus/ant_v2.1_multisource_2018.jsonl.gz').pipe(createGunzip()) });
const docs = [];
for await (const line of rl) { const d = JSON.parse(line); if (d.cat === 'middleEast' && d.text) docs.push(analyze(toArticle(d.text, 'ar', null))); if (docs.length >= 1000) break; }
const t0 = performance.now(); let ev = 0;
for (let r = 0; r < 3; r++) for (const a of docs) ev += code({ analysis: a, recognition: { quantities: [], times: [], mentions: [] }, places: [], actors: [] }).length;
const s = (performance.now() - t0) / 1000;
console.log(`${docs.length} analysed Arabic docs coded in ${s.toFixed(2)}s = ${(docs.length / s).toFixed(0)} docs/s, ${ev} events`);
