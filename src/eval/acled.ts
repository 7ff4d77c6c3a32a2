export { evaluateAcled, formatEvalReport, type AcledEvalOptions, type EvalReport } from './events/index.js';
