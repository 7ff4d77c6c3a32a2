import { loadChain } from './test/golden/events/helpers.js';
const chain = await loadChain();
const [text, lang] = [process.argv[2]!, (process.argv[3] ?? 'en') as 'en'|'ar'];
const { events, analysis } = chain.code(text, lang, '2020-05-09');
console.log(analysis.sentences.map(s => [s.tokens, s.clauses, s.language]).map(x=>JSON.stringify(x)).join(' '));
console.log(analysis.tokens.map(t => t.norm + (t.stem !== t.norm ? '/' + t.stem : '')).join(' '));
for (const e of events) console.log(e.type, e.mode, e.acled?.sub_event_type ?? '-', e.modality, '|', e.evidence.trigger?.text, '| A:', e.actors.map(a=>a.text+'('+a.country+','+a.sector+')').join('+'), '| R:', e.recipients.map(a=>a.text).join('+'), '| L:', e.location?.name, '| F:', JSON.stringify(e.fatalities), '| Q:', e.quantities.map(q=>q.kind+':'+q.text).join(';'), '|', e.notes?.en);
