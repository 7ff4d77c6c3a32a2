import { readFileSync } from 'node:fs';
import { loadChain } from './test/golden/events/helpers.js';
import { parseCsv, toIsoDate } from './src/eval/events/index.js';
import { pickEvent } from './src/eval/events/score.js';
const chain = await loadChain();
const rows = parseCsv(readFileSync('/work/shared/data/events/acled_2020-05_MENA_subset.csv', 'utf8'));
const want = process.argv[2] ?? '';
let n = 0;
for (const r of rows) {
  const { events } = chain.code(r['notes']!, 'en', toIsoDate(r['event_date']!));
  const e = pickEvent(events, true);
  const ok = e?.acled?.sub_event_type === r['sub_event_type'];
  if (ok || !(r['event_type']+'/'+r['sub_event_type']).includes(want)) continue;
  if (n++ > Number(process.argv[3] ?? 25)) break;
  console.log(`[${r['sub_event_type']}] → ${e ? e.type+'/'+e.mode+' '+(e.acled?.sub_event_type ?? '-')+' '+e.modality+' «'+e.evidence.trigger?.text+'»' : 'NONE'} | ${r['notes']!.slice(0, 230)}`);
}
