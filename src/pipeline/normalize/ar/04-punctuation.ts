import { foldUnitSafe as foldUnit } from '../safe-fold.js';
import { defineStep } from '../step.js';

function isPunctuationVariant(code: number): boolean {
  return (
    code === 0x060c || code === 0x061b || code === 0x061f || code === 0x066b || code === 0x066c ||
    code === 0x00ab || code === 0x00bb || code === 0x2212 || (code >= 0x2010 && code <= 0x201f)
  );
}

/** Arabic and typographic punctuation to ASCII (، ؛ ؟ « » ٫ ٬ curly quotes, dashes). */
export const asciiPunctuation = defineStep({
  kind: 'unit',
  name: 'ascii-punctuation',
  apply: (code: number) => {
    if (!isPunctuationVariant(code)) return null;
    const folded = foldUnit(code);
    return folded === String.fromCharCode(code) ? null : folded;
  },
});
