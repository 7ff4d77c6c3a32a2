import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { loadChain } from './test/golden/events/helpers.js';
const chain = await loadChain();
const rl = createInterface({ input: createReadStream('/work/shared/data/corpus/ant_v2.1_multisource_2018.jsonl.gz').pipe(createGunzip()) });
const counts: Record<string, { docs: number; assault: number; protest: number }> = {};
const samples: string[] = [];
let n = 0; let t = 0; let chars = 0;
for await (const line of rl) {
  if (n >= 1500) break;
  const d = JSON.parse(line);
  if (!d.text || n++ % 7 !== 0 && n > 0 && false) continue;
  const cat = d.cat as string;
  const t0 = performance.now();
  const { events } = chain.code(d.text, 'ar', (d.time ?? '').slice(0, 10) || null);
  t += performance.now() - t0; chars += d.text.length;
  const c = (counts[cat] ??= { docs: 0, assault: 0, protest: 0 });
  c.docs++;
  for (const e of events) {
    if (e.modality !== 'asserted') continue;
    if (e.type === 'ASSAULT') c.assault++;
    if (e.type === 'PROTEST') c.protest++;
    if ((e.type === 'ASSAULT' || e.type === 'PROTEST') && Math.random() < 0.12 && samples.length < 45) samples.push(`${cat} ${e.type}/${e.mode} «${e.evidence.trigger?.text}» ${e.evidence.text.slice(0, 160)}`);
  }
}
console.log(counts);
console.log(`${n} docs, ${(t / 1000).toFixed(1)}s in chain incl. all stages, ${(n / (t / 1000)).toFixed(0)} docs/s`);
console.log(samples.join('\n'));
