const MAGIC: Array<[string, number[]]> = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or .docx/.xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['bzip2 archive', [0x42, 0x5a, 0x68]],
  ['xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20]],
  ['WebP/RIFF media', [0x52, 0x49, 0x46, 0x46]],
  ['OLE document (.doc/.xls)', [0xd0, 0xcf, 0x11, 0xe0]],
];

/** True when the bytes start with a gzip header. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Names a known binary format from its magic number, or null. */
export function detectMagic(bytes: Uint8Array): string | null {
  for (const [name, magic] of MAGIC) {
    if (magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b)) return name;
  }
  return null;
}

/** Which byte of each UTF-16 pair is mostly 0x00/0x06 (Latin/Arabic), revealing BOM-less UTF-16. */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    if (b === 0x00 || b === 0x06) oddHigh++;
    if (a === 0x00 || a === 0x06) evenHigh++;
  }
  const pairs = n / 2;
  if (oddHigh >= pairs * 0.9 && evenHigh < pairs * 0.3) return 'utf-16le';
  if (evenHigh >= pairs * 0.9 && oddHigh < pairs * 0.3) return 'utf-16be';
  return null;
}

/**
 * Why the bytes are not text, or null: a known binary magic number, NUL bytes, or more than 10% control
 * bytes in the first 64 KB. Call after ruling out UTF-16.
 */
export function findBinaryReason(bytes: Uint8Array): string | null {
  const magic = detectMagic(bytes);
  if (magic) return `binary content (${magic}), not text`;
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return `binary content (NUL byte at offset ${i}), not text`;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (control > n * 0.1) return `binary content (${Math.round((control / n) * 100)}% control bytes), not text`;
  return null;
}
