import { readFileSync } from 'node:fs';
import { loadChain } from './test/golden/events/helpers.js';
import { parseGold } from './src/eval/events/index.js';
import { pickEvent } from './src/eval/events/score.js';
const chain = await loadChain();
const gold = parseGold(readFileSync('/work/shared/data/events/plover/PLOVER_GSR_CAMEO.json', 'utf8'));
let n = 0;
for (const g of gold) {
  const { events } = chain.code(g.text, 'en', g.date);
  const e = pickEvent(events, false);
  if (e?.type === g.type) continue;
  if (n++ > 40) break;
  console.log(`${g.type} → ${e ? e.type + '/' + e.modality + ' «' + e.evidence.trigger?.text + '»' : 'NONE'} | ${g.text.slice(0, 150)}`);
}
