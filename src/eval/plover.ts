export { evaluatePlover, formatEvalReport, type PloverEvalOptions, type EvalReport } from './events/index.js';
