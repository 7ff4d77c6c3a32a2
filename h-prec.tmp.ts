import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { loadChain } from './test/golden/events/helpers.js';
const chain = await loadChain();
const rl = createInterface({ input: createReadStream('/work/shared/data/corpus/ant_v2.1_multisource_2018.jsonl.gz').pipe(createGunzip()) });
let n = 0; const out: string[] = []; let seen = 0;
for await (const line of rl) {
  seen++;
  if (seen % 9 !== 0) continue;
  const d = JSON.parse(line);
  if (d.cat !== 'middleEast' || !d.text) continue;
  if (n++ > 400) break;
  const { events } = chain.code(d.text, 'ar', null);
  for (const e of events) if ((e.type === 'ASSAULT' || e.type === 'PROTEST') && e.modality === 'asserted' && out.length < 40 && (n % 3 === 0)) out.push(`${e.type}/${e.mode} «${e.evidence.trigger?.text}» A:${e.actors.map(a=>a.text).join('+')} | ${e.evidence.text.slice(0, 150)}`);
}
console.log(out.join('\n'));
