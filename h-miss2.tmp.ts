import { readFileSync } from 'node:fs';
import { loadChain } from './test/golden/events/helpers.js';
import { parseCsv, toIsoDate } from './src/eval/events/index.js';
import { pickEvent } from './src/eval/events/score.js';
const chain = await loadChain();
const rows = parseCsv(readFileSync('/work/shared/data/events/acled_2020-05_MENA_subset.csv', 'utf8'));
const [gold, pred] = [process.argv[2]!, process.argv[3]!];
let n = 0;
for (const r of rows) {
  if (r['event_type'] !== gold) continue;
  const { events } = chain.code(r['notes']!, 'en', toIsoDate(r['event_date']!));
  const e = pickEvent(events, true);
  if ((e?.acled?.event_type ?? '(none)') !== pred) continue;
  if (n++ > 12) break;
  console.log(`[${r['sub_event_type']}] → ${e?.type}/${e?.mode} ${e?.acled?.sub_event_type} «${e?.evidence.trigger?.text}» A:${e?.actors.map(a=>a.text+':'+a.acled_inter).join('+')} R:${e?.recipients.map(a=>a.text+':'+a.acled_inter).join('+')} | ${r['notes']!.slice(0, 200)}`);
}
