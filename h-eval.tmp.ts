import { loadChain } from './test/golden/events/helpers.js';
import { evaluateAcled, evaluatePlover, formatEvalReport } from './src/eval/events/index.js';
import type { ExtractedDocument, SourceDoc } from './src/types.js';
const chain = await loadChain();
console.error(chain.stages);
const extract = (doc: SourceDoc): ExtractedDocument => {
  const { analysis, events } = chain.code(doc.body, doc.language ?? 'en', doc.published ?? null);
  const a = analysis.article;
  return { id: a.id, title: a.title, language: a.language, published: a.published, source: a.source, url: a.url, text: a.text, metadata: a.metadata, events, diagnostics: [] };
};
const which = process.argv[2] ?? 'acled';
const t0 = performance.now();
const r = which === 'acled'
  ? await evaluateAcled('/work/shared/data/events/acled_2020-05_MENA_subset.csv', extract, { limit: Number(process.argv[3] ?? 0) || undefined })
  : await evaluatePlover(which, extract);
console.log(formatEvalReport(r));
console.error(((performance.now()-t0)/1000).toFixed(1)+'s');
