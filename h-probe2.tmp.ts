import { readFileSync } from 'node:fs';
import { createAnalyzer } from './src/pipeline/segment/index.js';
import { toArticle } from './test/golden/events/helpers.js';
const e = await import('./src/pipeline/recognize/entities/index.js');
const text = readFileSync('examples/sirte-2016-08-02.ar.txt', 'utf8');
const a = createAnalyzer()(toArticle(text, 'ar', '2016-08-02'));
const ms = (e as any).createEntityRecognizer()(a);
console.log(ms.map((m: any) => m.type + ':' + m.text + (m.country ? '/' + m.country : '')).join(' | '));
try { const q = await import('./src/pipeline/recognize/quantities/index.js'); console.log((q as any).createQuantityFinder()(a)); } catch (err) { console.log('Q ERR', (err as Error).message); }
console.log(a.tokens.slice(0,40).map(t=>t.text+'/'+t.stem+'/'+t.prefixes.join('')).join(' '));
