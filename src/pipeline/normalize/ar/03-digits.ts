import { foldUnitSafe as foldUnit } from '../safe-fold.js';
import { defineStep } from '../step.js';

/** Eastern Arabic (٠-٩) and Persian (۰-۹) digits to ASCII. */
export const asciiDigits = defineStep({
  kind: 'unit',
  name: 'ascii-digits',
  apply: (code: number) => ((code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9) ? foldUnit(code) : null),
});
