import { foldUnitSafe as foldUnit } from '../safe-fold.js';
import { defineStep } from '../step.js';

/** Latin letters lower-cased and stripped of accents (Latin words inside Arabic, English text). */
export const foldLatin = defineStep({
  kind: 'unit',
  name: 'fold-latin',
  apply: (code: number) => {
    if (!((code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code < 0x250))) return null;
    const folded = foldUnit(code);
    return folded === String.fromCharCode(code) ? null : folded;
  },
});
