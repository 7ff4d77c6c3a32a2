import {
  C_ARABIC, C_DIGIT, C_LATIN, C_PUNCT, C_SURROGATE, CHAR_CLASS,
} from './char-class.js';

/**
 * End (exclusive) of the token of class `cls` starting at `i` in normalised text: Arabic letter runs, Latin words,
 * numbers, one punctuation mark (or a run of dots), a surrogate pair or one other symbol.
 * Numbers keep decimal points and thousands separators ("3.5", "1,000"); Latin initialisms keep their dots
 * ("u.s.", "u.n."); Latin words keep inner apostrophes ("don't").
 */
export function scanToken(text: string, i: number, cls: number): number {
  const n = text.length;
  if (cls === C_ARABIC) {
    let j = i + 1;
    while (j < n && CHAR_CLASS[text.charCodeAt(j)] === C_ARABIC) j++;
    return j;
  }
  if (cls === C_LATIN) return scanLatin(text, i);
  if (cls === C_DIGIT) return scanNumber(text, i);
  if (cls === C_PUNCT) {
    const code = text.charCodeAt(i);
    let j = i + 1;
    if (code === 0x2e || code === 0x2026) while (j < n && text.charCodeAt(j) === 0x2e) j++; // "..."
    return j;
  }
  if (cls === C_SURROGATE) return i + (i + 1 < n && CHAR_CLASS[text.charCodeAt(i + 1)] === C_SURROGATE ? 2 : 1);
  return i + 1;
}

function isClass(text: string, i: number, cls: number): boolean {
  return i < text.length && CHAR_CLASS[text.charCodeAt(i)] === cls;
}

/** Length of a Latin initialism at `i` (u.s., u.n., e.g.: at least two letter+dot pairs), or 0. */
function initialismEnd(text: string, i: number): number {
  let j = i;
  let pairs = 0;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c >= 0x61 && c <= 0x7a && text.charCodeAt(j + 1) === 0x2e) {
      j += 2;
      pairs++;
    } else break;
  }
  return pairs >= 2 ? j : 0;
}

function scanLatin(text: string, i: number): number {
  // Initialisms keep their dots: u.s., u.n., e.g. (not followed by another letter: "u.s.-backed" stays whole too).
  const initialism = initialismEnd(text, i);
  if (initialism > 0 && !isClass(text, initialism, C_LATIN)) return initialism;
  const start = i;
  while (i < text.length) {
    const c = CHAR_CLASS[text.charCodeAt(i)];
    if (c === C_LATIN || c === C_DIGIT) i++;
    else if (text.charCodeAt(i) === 0x27 && isClass(text, i + 1, C_LATIN) && i > start) i++;
    else break;
  }
  return i;
}

function scanNumber(text: string, i: number): number {
  while (isClass(text, i, C_DIGIT)) i++;
  for (;;) {
    const sep = text.charCodeAt(i);
    if ((sep === 0x2e || sep === 0x2c) && isClass(text, i + 1, C_DIGIT)) {
      let j = i + 1;
      while (isClass(text, j, C_DIGIT)) j++;
      // A comma continues a number only as a thousands separator (exactly three digits).
      if (sep === 0x2c && j - i - 1 !== 3) return i;
      i = j;
    } else return i;
  }
}

function isAllDigits(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return norm.length > 0;
}

/** Numeric value of a normalised number token ("1,000" → 1000, "3.5" → 3.5, "1.000.000" → 1000000). */
export function parseNumberToken(norm: string): number | undefined {
  if (isAllDigits(norm)) {
    const value = Number(norm);
    return Number.isFinite(value) ? value : undefined;
  }
  const dots = norm.split('.').length - 1;
  let clean = norm.replace(/,/g, '');
  if (dots > 1 && /^\d{1,3}(\.\d{3})+$/.test(norm)) clean = norm.replace(/\./g, '');
  const value = Number(clean);
  return Number.isFinite(value) ? value : undefined;
}
