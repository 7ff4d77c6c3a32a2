import { foldUnitSafe as foldUnit } from '../safe-fold.js';
import { defineStep } from '../step.js';

/** Drops what the shared folding drops: harakat, tanwin, shadda, Quranic marks, tatweel, bidi and zero-width controls. */
export const stripMarks = defineStep({
  kind: 'unit',
  name: 'strip-marks',
  apply: (code: number) => (code > 0x7f && foldUnit(code) === '' ? '' : null),
});
