import iconv from 'iconv-lite';

let cp1256: string | null = null;

/** windows-1256 is single-byte: one table of 256 characters decodes any byte on its own. */
function cp1256Char(byte: number): string {
  cp1256 ??= iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, b) => b)), 'windows-1256');
  return cp1256[byte] ?? '\ufffd';
}

export interface MixedDecoded {
  text: string;
  /** The single-byte code page the invalid stretches were read in, or null when they became U+FFFD. */
  legacy: 'windows-1256' | null;
  /** Bytes that were not valid UTF-8. */
  invalidBytes: number;
}

/** Length of the well-formed UTF-8 sequence starting at `i` (1–4), or 0 when the bytes there are not one. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    // Overlong forms (E0 80–9F) and UTF-16 surrogates (ED A0–BF) are not well-formed.
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** True when the n-byte sequence at i encodes a letter of the Arabic blocks (U+0600–08FF, FB50–FEFF). */
function isArabicBlock(bytes: Uint8Array, i: number, n: number): boolean {
  if (n === 2) {
    const cp = (((bytes[i] ?? 0) & 0x1f) << 6) | ((bytes[i + 1] ?? 0) & 0x3f);
    return cp >= 0x600 && cp <= 0x8ff;
  }
  if (n === 3) {
    const cp = (((bytes[i] ?? 0) & 0x0f) << 12) | (((bytes[i + 1] ?? 0) & 0x3f) << 6) | ((bytes[i + 2] ?? 0) & 0x3f);
    return cp >= 0xfb50 && cp <= 0xfeff;
  }
  return false;
}

/**
 * Reads text that is UTF-8 except for stretches in a legacy code page (a page assembled from two sources, a
 * database column migrated halfway). Valid UTF-8 sequences are decoded as UTF-8; the invalid bytes are read
 * as windows-1256 when they look like Arabic letters (0xC1–0xFE dominate), else replaced by U+FFFD. Returns
 * null when the bytes are not mostly UTF-8 (a legacy-only text is left to the code-page detection).
 */
export function decodeMixedUtf8(bytes: Uint8Array): MixedDecoded | null {
  const invalid: number[] = [];
  let multibyte = 0;
  let afterInvalid = false;
  for (let i = 0; i < bytes.length;) {
    const n = utf8SequenceLength(bytes, i);
    // Inside a legacy stretch two bytes can form a valid pair by accident (ة، = C9 A1 = U+0261): a non-Arabic
    // character touching an invalid byte is read as part of the stretch.
    const accidental = n > 1 && !isArabicBlock(bytes, i, n) && (afterInvalid || utf8SequenceLength(bytes, i + n) === 0);
    if (n === 0 || accidental) {
      for (let k = 0; k < Math.max(n, 1); k++) invalid.push(i + k);
      i += Math.max(n, 1);
      afterInvalid = true;
      continue;
    }
    if (n > 1) multibyte++;
    afterInvalid = false;
    i += n;
  }
  // A legacy text yields a valid UTF-8 pair only by accident; real UTF-8 yields one per non-ASCII letter.
  if (invalid.length === 0 || multibyte < 4 || multibyte * 4 < invalid.length) return null;
  let arabicRange = 0;
  for (const at of invalid) if ((bytes[at] ?? 0) >= 0xc1) arabicRange++;
  const legacy = arabicRange >= invalid.length * 0.6 ? 'windows-1256' : null;
  const parts: string[] = [];
  let from = 0;
  for (const at of invalid) {
    if (at > from) parts.push(Buffer.from(bytes.buffer, bytes.byteOffset + from, at - from).toString('utf8'));
    parts.push(legacy ? cp1256Char(bytes[at] ?? 0) : '\ufffd');
    from = at + 1;
  }
  if (from < bytes.length) parts.push(Buffer.from(bytes.buffer, bytes.byteOffset + from, bytes.length - from).toString('utf8'));
  return { text: parts.join(''), legacy, invalidBytes: invalid.length };
}
