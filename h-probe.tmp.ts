import { readFileSync } from 'node:fs';
import { loadChain } from './test/golden/events/helpers.js';
const chain = await loadChain();
console.log(chain.stages);
const text = readFileSync('examples/sirte-2016-08-02.ar.txt', 'utf8');
const { events, analysis } = chain.codeReport(text, 'ar', '2016-08-02'); console.log(analysis.article.metadata.outlets, analysis.article.title);
for (const e of events) console.log(e.type, e.mode, e.acled?.sub_event_type ?? '-', e.modality, '|', e.evidence.trigger?.text, '| A:', e.actors.map(a=>a.text).join('+'), '| R:', e.recipients.map(a=>a.text).join('+'), '| L:', e.location?.name, '| D:', e.date.value, e.date.basis, '| Q:', e.quantities.map(q=>q.text).join(';'), '| S:', e.attribution[0]?.text, e.attribution[0]?.role, e.refers_to ? 'REF' : '', e.confidence);
