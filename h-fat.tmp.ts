import { readFileSync } from 'node:fs';
import { loadChain } from './test/golden/events/helpers.js';
import { parseCsv, toIsoDate } from './src/eval/events/index.js';
import { pickEvent } from './src/eval/events/score.js';
const chain = await loadChain();
const rows = parseCsv(readFileSync('/work/shared/data/events/acled_2020-05_MENA_subset.csv', 'utf8'));
let n = 0;
for (const r of rows) {
  const { events } = chain.code(r['notes']!, 'en', toIsoDate(r['event_date']!));
  const e = pickEvent(events, true);
  const f = e?.fatalities?.min ?? 0;
  if (f === Number(r['fatalities'])) continue;
  if (n++ > 30) break;
  console.log(`gold ${r['fatalities']} pred ${f} [${e?.quantities.map(q=>q.kind+':'+q.text+'='+q.min).join('; ')}] | ${r['notes']!.slice(0, 260)}`);
}
