import { defineStep } from '../step.js';

const HSPACE = new Uint8Array(0x10000);
for (const c of [0x09, 0x0b, 0x0c, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) HSPACE[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) HSPACE[c] = 1;

/**
 * Collapses runs of horizontal whitespace into one space and line-break variants (\r\n, \r, U+2028/9)
 * into '\n', so multi-word dictionary keys (folded with single spaces) match the text.
 */
export const collapseSpaces = defineStep({
  kind: 'text',
  name: 'collapse-spaces',
  apply: (input: string) => {
    const n = input.length;
    const out = new Uint16Array(n);
    const offsets = new Int32Array(n + 1);
    let k = 0;
    for (let i = 0; i < n; i++) {
      const code = input.charCodeAt(i);
      if (HSPACE[code] === 1) {
        if (k > 0 && out[k - 1] === 0x20) continue;
        out[k] = 0x20;
        offsets[k++] = i;
      } else if (code === 0x0d || code === 0x2028 || code === 0x2029) {
        if (code === 0x0d && input.charCodeAt(i + 1) === 0x0a) continue; // the \n that follows is kept
        out[k] = 0x0a;
        offsets[k++] = i;
      } else {
        out[k] = code;
        offsets[k++] = i;
      }
    }
    offsets[k] = n;
    return { text: new TextDecoder('utf-16le').decode(out.subarray(0, k)), offsets: offsets.slice(0, k + 1) };
  },
});
