import { defineStep, type UnitBuffer } from '../step.js';

const HSPACE = new Uint8Array(0x10000);
for (const c of [0x09, 0x0b, 0x0c, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) HSPACE[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) HSPACE[c] = 1;

/** Collapses in place (the text only shrinks): `offsets[k]` takes the offset of the unit kept at k. */
function collapseUnits(buffer: UnitBuffer): UnitBuffer {
  const { units, offsets, length: n } = buffer;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const code = units[i] as number;
    if (HSPACE[code] === 1) {
      if (k > 0 && units[k - 1] === 0x20) continue;
      units[k] = 0x20;
    } else if (code === 0x0d || code === 0x2028 || code === 0x2029) {
      if (code === 0x0d && i + 1 < n && units[i + 1] === 0x0a) continue; // the \n that follows is kept
      units[k] = 0x0a;
    } else units[k] = code;
    offsets[k++] = offsets[i] as number;
  }
  offsets[k] = offsets[n] as number;
  return { units, offsets, length: k };
}

/**
 * Collapses runs of horizontal whitespace into one space and line-break variants (\r\n, \r, U+2028/9)
 * into '\n', so multi-word dictionary keys (folded with single spaces) match the text.
 */
export const collapseSpaces = defineStep({
  kind: 'text',
  name: 'collapse-spaces',
  apply: (input: string) => {
    const n = input.length;
    const units = new Uint16Array(n);
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      units[i] = input.charCodeAt(i);
      offsets[i] = i;
    }
    offsets[n] = n;
    const out = collapseUnits({ units, offsets, length: n });
    return { text: new TextDecoder('utf-16le').decode(out.units.subarray(0, out.length)), offsets: out.offsets.slice(0, out.length + 1) };
  },
  applyUnits: collapseUnits,
});
