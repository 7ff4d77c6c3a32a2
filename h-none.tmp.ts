import { readFileSync } from 'node:fs';
import { loadChain } from './test/golden/events/helpers.js';
import { parseCsv, toIsoDate } from './src/eval/events/index.js';
import { pickEvent } from './src/eval/events/score.js';
const chain = await loadChain();
const rows = parseCsv(readFileSync('/work/shared/data/events/acled_2020-05_MENA_subset.csv', 'utf8'));
let n = 0;
for (const r of rows) {
  if (r['event_type'] !== process.argv[2]) continue;
  const { events } = chain.code(r['notes']!, 'en', toIsoDate(r['event_date']!));
  if (pickEvent(events, true)?.acled) continue;
  if (n++ > 10) break;
  console.log(events.map(e=>e.type+'/'+e.mode+'/'+e.modality+'«'+e.evidence.trigger?.text+'»').join(' '), '|', r['notes']!.slice(0,200));
}
