import { foldUnit } from '../../text/index.js';

/**
 * The shared `foldUnit`, guarded: it recurses without end on presentation-form code points whose NFKC is
 * themselves (unassigned U+FE75, noncharacters U+FDD0–FDEF). Those are left unchanged here.
 */
export function foldUnitSafe(code: number): string {
  const ch = String.fromCharCode(code);
  const inPresentationRange = (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe);
  if (inPresentationRange && ch.normalize('NFKC') === ch) return ch;
  return foldUnit(code);
}
