import { foldUnitSafe as foldUnit } from '../safe-fold.js';
import { defineStep } from '../step.js';

function isArabicLetterOrForm(code: number): boolean {
  if (code >= 0x0660 && code <= 0x066c) return false; // digits and number punctuation: later steps
  if (code >= 0x06f0 && code <= 0x06f9) return false;
  if (code === 0x060c || code === 0x061b || code === 0x061f) return false;
  return (code >= 0x0620 && code <= 0x06ff) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe);
}

/** Folds Arabic letter variants for matching (أإآٱ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي, Persian ک/ی, presentation forms). */
export const foldArabicLetters = defineStep({
  kind: 'unit',
  name: 'fold-arabic-letters',
  apply: (code: number) => {
    if (!isArabicLetterOrForm(code)) return null;
    const folded = foldUnit(code);
    return folded === String.fromCharCode(code) ? null : folded;
  },
});
