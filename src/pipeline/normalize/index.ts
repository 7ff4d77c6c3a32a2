export { normalizeText } from './normalize-text.js';
export { detectLanguage } from './detect-language.js';
export { NORMALIZE_STEPS } from './pipelines.js';
export type { NormalizeStep, UnitStep, TextStep } from './step.js';
