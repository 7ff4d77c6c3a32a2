export { evaluateAcled, sameActor, toIsoDate, type AcledEvalOptions } from './acled.js';
export { evaluatePlover, parseGold, type PloverEvalOptions } from './plover.js';
export { formatEvalReport } from './format.js';
export { parseCsv } from './csv.js';
export type { EvalReport, FieldScore } from './types.js';
