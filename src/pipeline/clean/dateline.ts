import type { CompiledBoilerplate } from './lexicon.js';
import { isOutlet } from './outlets.js';

/** A dateline opening the report: `TRIPOLI, Libya (AP) —`, `دبي، الإمارات (CNN)--`, `طرابلس - الجزيرة نت`. */
export interface Dateline {
  text: string;
  outlet: string | null;
}

const PAREN_FORM = /^([^().!?؟\n]{0,80}?)\s*\(([^()]{2,30})\)\s*(?:-{1,2}|–|—)/u;
const DASH_FORM = /^([^\-–—().!?؟:\n]{2,40}?)\s+[-–—]{1,2}\s+([^\-–—().!?؟:\n]{2,40}?)(?:\s*(?:[-–—]{1,2}|:)\s+|\s*$)/du;
const CAPS_FORM = /^([A-Z][A-Z.' -]{2,30}(?:, [A-Z][\p{L}.' -]{1,30})?)\s+(?:-{1,2}|–|—)\s+/u;

function words(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** Finds the dateline at the start of `paragraph`, if any; the dateline stays in the text. */
export function findDateline(paragraph: string, lex: CompiledBoilerplate): Dateline | null {
  const paren = PAREN_FORM.exec(paragraph);
  if (paren && paren[1] !== undefined && paren[2] !== undefined && words(paren[1]) <= 8 && isOutlet(paren[2], lex)) {
    const end = paren[0].search(/\)\s*[^)]*$/u) + 1;
    return { text: paragraph.slice(0, end).trim(), outlet: paren[2].trim() };
  }
  const dash = DASH_FORM.exec(paragraph);
  if (dash && dash[1] !== undefined && dash[2] !== undefined && words(dash[1]) <= 4 && isOutlet(dash[2], lex)) {
    const end = dash.indices?.[2]?.[1] ?? dash[0].length;
    return { text: paragraph.slice(0, end).trim(), outlet: dash[2].trim() };
  }
  const caps = CAPS_FORM.exec(paragraph);
  if (caps && caps[1] !== undefined && /[A-Z]{3}/.test(caps[1])) return { text: caps[1].trim(), outlet: null };
  return null;
}
